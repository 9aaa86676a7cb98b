import { Space } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import type { DemandSummary } from '../../api/types.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCurrentUser } from '../../session/session-context.tsx';
import { BandFilter } from './band-filter.tsx';
import { ClaimButton } from './claim-button.tsx';
import { DeadlineCountdown } from './deadline-countdown.tsx';
import { DemandsTable } from './demands-table.tsx';
import { useDemandList } from './use-demand-list.ts';

/** The deadline that matters to this institution now: to claim, or — once claimed — to contact and decide. */
function NextStep({ demand, organisationId, onClaimed, onRefused }: { demand: DemandSummary; organisationId: string; onClaimed(): void; onRefused(error: ApiError): void }) {
  const { t } = useI18n();
  const mine = demand.claims.find((claim) => claim.institution.id === organisationId);
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
  const { t } = useI18n();
  const { user } = useCurrentUser();
  const [refusal, setRefusal] = useState<ApiError | undefined>(undefined);
  const demands = useDemandList('institution');
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <BandFilter list={demands} />
      </Space>
      <div data-testid="claim-refusal">
        <ErrorAlert error={refusal} />
      </div>
      <DemandsTable
        list={demands}
        hasEnterprise
        emptyText={t('inbox.none')}
        testId="inbox-table"
        extraColumn={{
          title: t('inbox.deadline'),
          width: 230,
          render: (demand) => (
            <NextStep
              demand={demand}
              organisationId={user.organisationId}
              onClaimed={() => {
                setRefusal(undefined);
                demands.loaded.reload();
              }}
              onRefused={setRefusal}
            />
          ),
        }}
      />
    </>
  );
}
