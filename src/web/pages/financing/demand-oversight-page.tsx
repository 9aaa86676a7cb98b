import { Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { demandsApi, type DemandBand } from '../../api/financing-api.ts';
import type { DemandSummary, DemandView } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { bandName, declineReasonName, demandBands } from '../../i18n/financing-names.ts';
import { DemandsTable } from './demands-table.tsx';
import { useDemandDetails } from './use-demand-details.ts';

const pageSize = 20;

/** What an overseer must see on a row: missed deadlines, and each decline with its reason. */
function ProgressNotes({ demand, detail }: { demand: DemandSummary; detail: DemandView | undefined }) {
  const { t, language } = useI18n();
  const now = Date.now();
  const isPast = (deadline: string | null) => deadline !== null && new Date(deadline).getTime() < now;
  const notes: Array<{ key: string; colour: string; text: string }> = [];
  if (demand.status === 420 || (demand.status === 110 && isPast(demand.claimDeadline))) notes.push({ key: 'claim', colour: 'red', text: t('oversight.claimOverdue') });
  for (const claim of detail?.claims ?? []) {
    const name = claim.institution.name;
    if (claim.status === 'claimed' && isPast(claim.contactDeadline)) notes.push({ key: `${claim.id}-contact`, colour: 'red', text: t('oversight.contactOverdue', { name }) });
    if ((claim.status === 'claimed' || claim.status === 'contacted') && isPast(claim.decisionDeadline)) notes.push({ key: `${claim.id}-decision`, colour: 'red', text: t('oversight.decisionOverdue', { name }) });
    if (claim.status === 'released') notes.push({ key: `${claim.id}-released`, colour: 'orange', text: t('oversight.declinedBy', { name, reason: t('oversight.overdue') }) });
    if (claim.status === 'declined' && claim.declineReason) {
      notes.push({ key: `${claim.id}-declined`, colour: 'volcano', text: t('oversight.declinedBy', { name, reason: `${declineReasonName(claim.declineReason, language)}${claim.declineText ? ` — ${claim.declineText}` : ''}` }) });
    }
  }
  if (notes.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={2} data-testid="oversight-notes">
      {notes.map((note) => (
        <Tag key={note.key} color={note.colour} style={{ whiteSpace: 'normal' }}>
          {note.text}
        </Tag>
      ))}
    </Space>
  );
}

/** 融资监测: every demand in the overseer's scope, by band, with overdue steps and decline reasons in the table. */
export function DemandOversightPage() {
  const { t, language } = useI18n();
  const [band, setBand] = useState<DemandBand | undefined>(undefined);
  const [page, setPage] = useState(1);
  const demands = useApi(() => demandsApi.list('overseer', { band, page, pageSize }), [band, page]);
  const details = useDemandDetails('overseer', demands.data?.items, (demand) => demand.claimCount > 0);
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('oversight.title')}
      </Typography.Title>
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
          data-testid="band-filter"
        />
      </Space>
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
        testId="oversight-table"
        extraColumn={{ title: t('oversight.progress'), width: 300, render: (demand) => <ProgressNotes demand={demand} detail={details.get(demand.id)} /> }}
      />
    </>
  );
}
