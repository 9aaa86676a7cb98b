import { Space, Tag } from 'antd';
import type { PolicyPackSummary } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

export function PackStatusTags({ pack }: { pack: Pick<PolicyPackSummary, 'status' | 'supersededBy' | 'isExample'> }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      {pack.status === 'active' ? <Tag color="green">{t('policy.status.active')}</Tag> : <Tag>{t('policy.status.superseded')}</Tag>}
      {pack.supersededBy ? <Tag>{t('policy.supersededBy', { id: pack.supersededBy })}</Tag> : null}
      {pack.isExample ? <Tag color="purple">{t('policy.example')}</Tag> : null}
    </Space>
  );
}
