import { Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { auditApi } from '../../api/platform-api.ts';
import type { AuditEntryView } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { AuditEntryDetail } from './audit-entry-detail.tsx';
import { AuditFilters, type AuditFilterValues } from './audit-filters.tsx';
import { AuditVerifyPanel } from './audit-verify-panel.tsx';

const defaultPageSize = 20;

/** 审计日志: the hash-chained record of every change, newest first, with chain verification. */
export function AuditPage() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(defaultPageSize);
  const list = useApi(() => auditApi.entries({ ...filters, page, pageSize }), [filters, page, pageSize]);

  const columns: TableColumnsType<AuditEntryView> = [
    { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
    { title: t('audit.occurredAt'), dataIndex: 'occurredAt', width: 180, render: (value: string) => formatDateTime(value) },
    { title: t('audit.action'), dataIndex: 'action', width: 200, render: (value: string) => <Typography.Text code>{value}</Typography.Text> },
    { title: t('audit.entityType'), dataIndex: 'entityType', width: 130 },
    { title: t('audit.entityId'), dataIndex: 'entityId', width: 220, ellipsis: true, render: (value: string | null) => value ?? '—' },
    {
      title: t('audit.actor'),
      dataIndex: 'actorUserId',
      ellipsis: true,
      // No actor id: the action came before anyone was signed in (a sign-in attempt).
      render: (value: string | null) => (value ? <Typography.Text code>{value}</Typography.Text> : <Typography.Text type="secondary">{t('audit.noActor')}</Typography.Text>),
    },
  ];

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <AuditVerifyPanel />
      <AuditFilters
        onChange={(values) => {
          setFilters(values);
          setPage(1);
        }}
      />
      <ErrorAlert error={list.error} />
      <Table<AuditEntryView>
        rowKey="seq"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isLoading}
        scroll={{ x: 1100 }}
        expandable={{ expandedRowRender: (entry) => <AuditEntryDetail entry={entry} /> }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (nextPage, nextPageSize) => {
            setPage(nextPageSize === pageSize ? nextPage : 1);
            setPageSize(nextPageSize);
          },
        }}
        data-testid="audit-table"
      />
    </>
  );
}
