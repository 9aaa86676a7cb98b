import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { importsApi } from '../../api/registry-api.ts';
import type { ImportSummary } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { formatCount } from '../../format/format-money.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Link } from '../../routing/router.tsx';
import { importStatusColour } from './import-status.ts';

const pageSize = 10;

/** 最近导入: each import with its file, kind, state and totals, and a way back to it. */
export function RecentImports({ currentId, refreshKey }: { currentId?: string; refreshKey?: string }) {
  const { t, pick } = useI18n();
  const [page, setPage] = useState(1);
  const list = useApi(() => importsApi.list({ page, pageSize }), [page, refreshKey]);
  const columns: TableColumnsType<ImportSummary> = [
    { title: t('imports.file'), dataIndex: 'fileName', ellipsis: true, render: (name: string, row) => (row.id === currentId ? <strong>{name}</strong> : <Link to={`/imports/${encodeURIComponent(row.id)}`}>{name}</Link>) },
    { title: t('imports.kindColumn'), key: 'kind', width: 140, render: (_, row) => pick(row.kindName) },
    { title: t('common.status'), key: 'status', width: 150, render: (_, row) => <Tag color={importStatusColour(row.status)}>{pick(row.statusName)}</Tag> },
    {
      title: t('imports.totals'),
      key: 'totals',
      width: 210,
      render: (_, row) => (row.totals ? [row.totals.new, row.totals.changed, row.totals.unchanged, row.totals.rejected].map(formatCount).join(' / ') : '—'),
    },
    { title: t('imports.source'), dataIndex: 'sourceOrganisationName', width: 220, ellipsis: true, render: (name: string | null) => name ?? '—' },
    { title: t('imports.uploadedAt'), dataIndex: 'createdAt', width: 180, render: (value: string) => formatDateTime(value) },
  ];
  return (
    <Card size="small" title={t('imports.recent')} style={{ marginTop: 32 }}>
      <ErrorAlert error={list.error} />
      <Table<ImportSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isLoading}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('imports.noImports') }}
        rowClassName={(row) => (row.id === currentId ? 'ant-table-row-selected' : '')}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: false, onChange: setPage, showTotal: (total) => t('common.total', { total }) }}
        data-testid="recent-imports"
      />
    </Card>
  );
}
