import { Select, Space } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { demandsApi, type DemandBand } from '../../api/financing-api.ts';
import type { DemandSummary, DemandView } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { bandName, demandBands } from '../../i18n/financing-names.ts';
import { useCurrentUser } from '../../session/session-context.tsx';
import { ClaimButton } from './claim-button.tsx';
import { DeadlineCountdown } from './deadline-countdown.tsx';
import { DemandsTable } from './demands-table.tsx';
import { useDemandDetails } from './use-demand-details.ts';

const pageSize = 20;

/** The deadline that matters to this institution now: to claim, or — once claimed — to contact and decide. */
function NextStep({ demand, detail, organisationId, onClaimed, onRefused }: { demand: DemandSummary; detail: DemandView | undefined; organisationId: string; onClaimed(): void; onRefused(error: ApiError): void }) {
  const { t } = useI18n();
  const mine = detail?.claims.find((claim) => claim.institution.id === organisationId);
  if (mine?.status === 'claimed') return <DeadlineCountdown deadline={mine.contactDeadline} label={t('claim.contactDeadline')} />;
  if (mine?.status === 'contacted') return <DeadlineCountdown deadline={mine.decisionDeadline} label={t('claim.decisionDeadline')} />;
  if (mine) return null;
  if (demand.status !== 110 && demand.status !== 210) return null;
  return (
    <Space orientation="vertical" size={4}>
      {demand.status === 110 ? <DeadlineCountdown deadline={demand.claimDeadline} label={t('demand.claimDeadline')} /> : null}
      <ClaimButton size="small" demandId={demand.id} onClaimed={onClaimed} onRefused={onRefused} />
    </Space>
  );
}

/** 待办需求: demands addressed or open to the institution, with what is due next and a claim button. */
export function InstitutionInboxTab() {
  const { t, language } = useI18n();
  const { user } = useCurrentUser();
  const [band, setBand] = useState<DemandBand | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [refusal, setRefusal] = useState<ApiError | undefined>(undefined);
  const demands = useApi(() => demandsApi.list('institution', { band, page, pageSize }), [band, page]);
  const details = useDemandDetails('institution', demands.data?.items, (demand) => demand.status >= 200 && demand.status < 300 && demand.claimCount > 0);
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Select<DemandBand>
          allowClear
          placeholder={t('oversight.allBands')}
          style={{ width: 180 }}
          value={band}
          onChange={(value) => {
            setBand(value);
            setPage(1);
          }}
          options={demandBands.map((value) => ({ value, label: bandName(value, language) }))}
        />
      </Space>
      <div data-testid="claim-refusal">
        <ErrorAlert error={refusal} />
      </div>
      <ErrorAlert error={demands.error} />
      <DemandsTable
        demands={demands.data?.items ?? []}
        total={demands.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        isLoading={demands.isLoading}
        onPage={setPage}
        hasEnterprise
        emptyText={t('inbox.none')}
        testId="inbox-table"
        extraColumn={{
          title: t('inbox.deadline'),
          width: 230,
          render: (demand) => (
            <NextStep
              demand={demand}
              detail={details.get(demand.id)}
              organisationId={user.organisationId}
              onClaimed={() => {
                setRefusal(undefined);
                demands.reload();
              }}
              onRefused={setRefusal}
            />
          ),
        }}
      />
    </>
  );
}
