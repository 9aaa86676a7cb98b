import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { ClaimView } from '../../api/types.ts';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { claimStatusName } from '../../i18n/financing-names.ts';
import { ClaimOutcome } from './claim-outcome.tsx';
import { ClaimRating } from './claim-rating.tsx';
import { DeadlineCountdown } from './deadline-countdown.tsx';

const activeStatuses = new Set(['claimed', 'contacted']);
const statusColours: Record<string, string> = { claimed: 'processing', contacted: 'cyan', approved: 'success', declined: 'error', released: 'warning', withdrawn: 'default' };

/** A deadline: counting down while the step is open, the time it was done once it is. */
function DeadlineCell({ deadline, doneAt, isActive }: { deadline: string | null; doneAt: string | null; isActive: boolean }) {
  const { t } = useI18n();
  if (doneAt) return <Typography.Text type="secondary">{t('claim.doneAt', { time: formatDateTime(doneAt).slice(5, 16) })}</Typography.Text>;
  if (!deadline) return <Typography.Text type="secondary">—</Typography.Text>;
  return isActive ? <DeadlineCountdown deadline={deadline} /> : <Typography.Text type="secondary">{formatDateTime(deadline).slice(0, 16)}</Typography.Text>;
}

/** Each institution's handling of the demand: when it claimed, its contact and decision deadlines, the outcome and (for readers who may see it) the enterprise's rating. */
export function ClaimsTable({ claims, hasRatings, action }: { claims: ClaimView[]; hasRatings?: boolean; action?: (claim: ClaimView) => ReactNode }) {
  const { t, language } = useI18n();
  const columns: TableColumnsType<ClaimView> = [
    { title: t('claim.institution'), key: 'institution', width: 220, render: (_, claim) => claim.institution.name },
    { title: t('claim.status'), dataIndex: 'status', width: 130, render: (status: string) => <Tag color={statusColours[status]}>{claimStatusName(status, language)}</Tag> },
    { title: t('claim.claimedAt'), dataIndex: 'claimedAt', width: 150, render: (value: string) => formatDateTime(value).slice(0, 16) },
    {
      title: t('claim.contactDeadline'),
      key: 'contact',
      width: 190,
      render: (_, claim) => <DeadlineCell deadline={claim.contactDeadline} doneAt={claim.contactedAt ?? (claim.decidedAt && claim.status !== 'released' ? claim.decidedAt : null)} isActive={claim.status === 'claimed'} />,
    },
    { title: t('claim.decisionDeadline'), key: 'decision', width: 190, render: (_, claim) => <DeadlineCell deadline={claim.decisionDeadline} doneAt={claim.decidedAt} isActive={activeStatuses.has(claim.status)} /> },
    { title: t('claim.outcome'), key: 'outcome', width: 280, render: (_, claim) => <ClaimOutcome claim={claim} /> },
    ...(hasRatings ? [{ title: t('claim.rating'), key: 'rating', width: 170, render: (_: unknown, claim: ClaimView) => <ClaimRating rating={claim.rating} /> }] : []),
    ...(action ? [{ title: t('common.actions'), key: 'action', width: 110, render: (_: unknown, claim: ClaimView) => action(claim) }] : []),
  ];
  return <Table<ClaimView> rowKey="id" size="small" columns={columns} dataSource={claims} pagination={false} locale={{ emptyText: t('demand.noClaims') }} scroll={{ x: hasRatings ? 1070 : 900 }} data-testid="claims-table" />;
}
