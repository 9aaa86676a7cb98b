import { Card, Empty, Tag, Timeline, Typography, theme } from 'antd';
import type { ProposalView } from '../../api/types.ts';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { tierLabel, type TierNames } from '../cultivation/tier-names.ts';
import { proposalStatusColours } from './portrait-format.ts';

/** 培育库记录: every proposed move of the enterprise between tiers, newest first, with what was decided. */
export function TierHistoryCard({ history, tierNames }: { history: ProposalView[]; tierNames: TierNames }) {
  const { t, pick } = useI18n();
  const { token } = theme.useToken();
  const label = (code: string | null, end: 'from' | 'to') => tierLabel(code, tierNames, end, pick, t);
  const items = history.map((proposal) => ({
    key: proposal.id,
    color: proposalStatusColours[proposal.status],
    content: (
      <div data-testid="tier-history-item">
        <div>
          <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
            {formatDateTime(proposal.proposedAt).slice(0, 10)}
          </Typography.Text>
          {label(proposal.fromTier, 'from')} → {label(proposal.toTier, 'to')}{' '}
          <Tag color={proposalStatusColours[proposal.status]}>{t(`proposal.status.${proposal.status}`)}</Tag>
        </div>
        {proposal.status === 'overridden' ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('portrait.labelled', { label: t('proposal.decidedTier') })}
            {label(proposal.decidedTier, 'to')}
            {proposal.decisionReason ? ` — ${proposal.decisionReason}` : ''}
          </Typography.Text>
        ) : null}
        <ul style={{ margin: '2px 0 0', paddingInlineStart: 18, fontSize: 12, color: token.colorTextSecondary }}>
          {proposal.reasons.map((reason, index) => (
            <li key={index}>{pick(reason)}</li>
          ))}
        </ul>
      </div>
    ),
  }));
  return (
    <Card title={t('portrait.tierHistory')} size="small" style={{ marginBottom: 16 }} data-testid="tier-history">
      {items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portrait.noTierHistory')} /> : <Timeline items={items} />}
    </Card>
  );
}
