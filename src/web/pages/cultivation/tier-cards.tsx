import { Card, Statistic, Typography } from 'antd';
import type { TierSetView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** One card per tier, lowest rank first: its name, member count and what it means. */
export function TierCards({ tiers }: { tiers: TierSetView['tiers'] }) {
  const { t, pick } = useI18n();
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 16, marginBottom: 16 }}>
      {tiers.map((tier) => (
        <Card key={tier.code} size="small" data-testid={`tier-card-${tier.code}`}>
          <Statistic title={pick(tier.name)} value={tier.memberCount} suffix={t('cultivation.memberUnit')} />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
            {pick(tier.description)}
          </Typography.Paragraph>
        </Card>
      ))}
    </div>
  );
}
