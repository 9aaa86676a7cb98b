import { Card, List, Typography } from 'antd';
import type { DemandView } from '../../api/types.ts';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** 投资意向 on an equity demand, for the enterprise and overseers: which investors said they are interested, when, and their note. */
export function EquityInterestsCard({ interests }: { interests: DemandView['interests'] }) {
  const { t } = useI18n();
  return (
    <Card title={t('equity.interestsTitle')} size="small" style={{ marginBottom: 16 }} data-testid="equity-interests">
      <List
        size="small"
        dataSource={interests}
        locale={{ emptyText: t('equity.noInterest') }}
        renderItem={(interest) => (
          <List.Item>
            <List.Item.Meta title={interest.institution.name} description={formatDateTime(interest.expressedAt).slice(0, 16)} />
            {interest.note ? <Typography.Text>{interest.note}</Typography.Text> : null}
          </List.Item>
        )}
      />
    </Card>
  );
}
