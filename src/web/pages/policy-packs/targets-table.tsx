import { Card, Table, Tooltip, Typography } from 'antd';
import type { Target } from '../../api/types.ts';
import { formatTargetValue } from '../../format/format-policy-values.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** 发展目标: each target's threshold in 亿元 or as a count, with its clause and the words it comes from. */
export function TargetsTable({ targets }: { targets: Target[] }) {
  const { t, pick, language } = useI18n();
  return (
    <Card title={t('policy.targets')} size="small" style={{ marginBottom: 24 }}>
      <Table<Target>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={targets}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('policy.target'),
            key: 'name',
            render: (_, target) => (
              <Tooltip title={t('policy.quoted', { text: target.sourceText })}>
                <span>{pick(target.name)}</span>
              </Tooltip>
            ),
          },
          {
            title: t('policy.value'),
            key: 'value',
            width: 220,
            align: 'right',
            render: (_, target) => <Typography.Text strong>{formatTargetValue(target, language)}</Typography.Text>,
          },
          { title: t('policy.measure'), dataIndex: 'measure', width: 170, render: (measure: Target['measure']) => t(`policy.measure.${measure}`) },
          { title: t('policy.deadline'), dataIndex: 'deadline', width: 120 },
          { title: t('policy.clause'), dataIndex: 'clause', width: 120 },
        ]}
      />
    </Card>
  );
}
