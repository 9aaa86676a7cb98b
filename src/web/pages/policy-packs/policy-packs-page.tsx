import { Empty, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { policyPacksApi } from '../../api/platform-api.ts';
import type { PolicyPackSummary } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Link } from '../../routing/router.tsx';
import { PackStatusTags } from './pack-status-tags.tsx';

/** 政策包: the policy documents loaded as data, oldest first. */
export function PolicyPacksPage() {
  const { t, pick } = useI18n();
  const list = useApi(() => policyPacksApi.list(), []);

  const columns: TableColumnsType<PolicyPackSummary> = [
    {
      title: t('policy.documentNumber'),
      dataIndex: 'documentNumber',
      width: 200,
      render: (value: string, pack) => <Link to={`/policy-packs/${encodeURIComponent(pack.id)}`}>{value}</Link>,
    },
    {
      title: t('policy.documentTitle'),
      key: 'title',
      render: (_, pack) => (
        <Space orientation="vertical" size={0}>
          <span>{pick(pack.title)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {pick(pack.issuer)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('policy.window'),
      key: 'window',
      width: 220,
      render: (_, pack) => `${pack.effectiveFrom} — ${pack.expiresOn ?? t('policy.openEnded')}`,
    },
    { title: t('policy.status'), key: 'status', width: 160, render: (_, pack) => <PackStatusTags pack={pack} /> },
    {
      title: t('policy.contents'),
      key: 'counts',
      width: 300,
      render: (_, pack) => (
        <Space orientation="vertical" size={0}>
          <span>{t('policy.countSummary', { targets: pack.counts.targets, subsidyLines: pack.counts.subsidyLines, keyTasks: pack.counts.keyTasks })}</span>
          {pack.counts.openParameters > 0 ? <Tag color="warning">{t('policy.openCount', { count: pack.counts.openParameters })}</Tag> : null}
        </Space>
      ),
    },
    { title: '', key: 'open', width: 80, render: (_, pack) => <Link to={`/policy-packs/${encodeURIComponent(pack.id)}`}>{t('policy.open')}</Link> },
  ];

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('policy.title')}
      </Typography.Title>
      <ErrorAlert error={list.error} />
      <Table<PolicyPackSummary>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isLoading}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: <Empty description={t('policy.noPacks')} /> }}
      />
    </>
  );
}
