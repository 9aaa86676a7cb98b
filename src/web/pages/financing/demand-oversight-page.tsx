import { Space, Tag, Typography } from 'antd';
import type { DemandSummary } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { declineReasonName } from '../../i18n/financing-names.ts';
import { BandFilter } from './band-filter.tsx';
import { DemandsTable } from './demands-table.tsx';
import { useDemandList } from './use-demand-list.ts';
import { ServiceDeadlinesCard } from './service-deadlines-card.tsx';

/** What an overseer must see on a row: missed deadlines, and each decline with its reason. */
function ProgressNotes({ demand }: { demand: DemandSummary }) {
  const { t, language } = useI18n();
  const now = Date.now();
  const isPast = (deadline: string | null) => deadline !== null && new Date(deadline).getTime() < now;
  const notes: Array<{ key: string; colour: string; text: string }> = [];
  if (demand.status === 420 || (demand.status === 110 && isPast(demand.claimDeadline))) notes.push({ key: 'claim', colour: 'red', text: t('oversight.claimOverdue') });
  for (const claim of demand.claims) {
    const name = claim.institution.name;
    if (claim.status === 'claimed' && isPast(claim.contactDeadline)) notes.push({ key: `${claim.id}-contact`, colour: 'red', text: t('oversight.contactOverdue', { name }) });
    if ((claim.status === 'claimed' || claim.status === 'contacted') && isPast(claim.decisionDeadline)) notes.push({ key: `${claim.id}-decision`, colour: 'red', text: t('oversight.decisionOverdue', { name }) });
    if (claim.status === 'released') notes.push({ key: `${claim.id}-released`, colour: 'orange', text: t('oversight.released', { name }) });
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

/** 融资监测: the service deadlines in force, and every demand in the overseer's scope, by band, with overdue steps and decline reasons in the table. */
export function DemandOversightPage() {
  const { t } = useI18n();
  const demands = useDemandList('overseer');
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('oversight.title')}
      </Typography.Title>
      <ServiceDeadlinesCard />
      <Space style={{ marginBottom: 16 }}>
        <BandFilter list={demands} testId="band-filter" />
      </Space>
      <DemandsTable
        list={demands}
        hasEnterprise
        emptyText={t('inbox.none')}
        testId="oversight-table"
        extraColumn={{ title: t('oversight.progress'), width: 300, render: (demand) => <ProgressNotes demand={demand} /> }}
      />
    </>
  );
}
