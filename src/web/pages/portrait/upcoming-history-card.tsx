import { Card, Empty } from 'antd';
import { useI18n } from '../../i18n/i18n-context.tsx';

/**
 * 融资记录 / 奖补记录: the portrait's place for them, honestly empty until the financing-matching and
 * subsidy capabilities exist (the API says `isAvailable: false`).
 */
export function UpcomingHistoryCard({ kind }: { kind: 'financing' | 'subsidies' }) {
  const { t } = useI18n();
  return (
    <Card title={t(kind === 'financing' ? 'portrait.financing' : 'portrait.subsidies')} size="small" style={{ height: '100%' }} data-testid={`${kind}-history`}>
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(kind === 'financing' ? 'portrait.financingEmpty' : 'portrait.subsidiesEmpty')} />
    </Card>
  );
}
