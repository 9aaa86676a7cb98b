import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface.js';
import { useEffect } from 'react';
import { enterprisesApi, type EnterpriseQuery, type EnterpriseSortField } from '../../api/registry-api.ts';
import type { EnterpriseSummary } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { industrySection } from '../../i18n/industry-sections.ts';
import { districtName, enterpriseStatusName, sizeClassName } from '../../i18n/registry-names.ts';
import { Link, navigate, useLocation } from '../../routing/router.tsx';
import { useCurrentUser, useSession } from '../../session/session-context.tsx';
import { ExportButton } from './export-button.tsx';
import { QualificationTags } from './qualification-tags.tsx';
import { RegistryFilters, type FilterChange } from './registry-filters.tsx';
import { filtersOf, parseRegistryQuery, registryHref, rememberListHref } from './registry-query.ts';

const enterpriseHref = (uscc: string) => `/enterprises/${encodeURIComponent(uscc)}`;

/** 企业名册: the enterprises in the user's data scope, searchable, filterable, sortable, exportable to Excel. */
export function RegistryPage() {
  const { t, language, pick } = useI18n();
  const { can } = useSession();
  const { user } = useCurrentUser();
  const location = useLocation();
  const query = parseRegistryQuery(location.search);
  const href = registryHref(query);
  const list = useApi(() => enterprisesApi.list(query), [href]);
  const isEnterpriseUser = user.role === 'enterprise';

  useEffect(() => rememberListHref(href), [href]);
  // An enterprise user has one enterprise: its record is the page to show.
  const ownUscc = isEnterpriseUser && list.data?.total === 1 ? list.data.items[0]?.uscc : undefined;
  useEffect(() => {
    if (ownUscc) navigate(enterpriseHref(ownUscc), { replace: true });
  }, [ownUscc]);

  const go = (next: EnterpriseQuery) => navigate(registryHref(next), { replace: true });
  const changeFilters = (change: FilterChange) => go({ ...query, ...change, page: 1 });
  const sortBy = query.sortBy ?? 'name';
  const sorted = (field: EnterpriseSortField) => ({
    sorter: true,
    sortDirections: ['ascend', 'descend', 'ascend'] as Array<'ascend' | 'descend'>,
    sortOrder: sortBy === field ? (query.sortOrder === 'desc' ? ('descend' as const) : ('ascend' as const)) : null,
  });

  const columns: TableColumnsType<EnterpriseSummary> = [
    {
      title: t('registry.name'),
      dataIndex: 'name',
      key: 'name',
      ...sorted('name'),
      render: (name: string, row) => (
        <>
          <Link to={enterpriseHref(row.uscc)}>{name}</Link>
          {/* Nearly every firm is 存续; only the exceptions are marked, beside the name. */}
          {row.status === 'active' ? null : (
            <Tag color="red" style={{ marginInlineStart: 6 }}>
              {enterpriseStatusName(row.status, language)}
            </Tag>
          )}
        </>
      ),
    },
    { title: t('registry.uscc'), dataIndex: 'uscc', key: 'uscc', width: 190, ...sorted('uscc'), render: (uscc: string) => <Typography.Text code>{uscc}</Typography.Text> },
    { title: t('registry.district'), dataIndex: 'districtCode', width: language === 'en-US' ? 145 : 100, render: (code: string | null) => districtName(code, language) },
    {
      title: t('registry.industry'),
      dataIndex: 'industryCode',
      width: 85,
      render: (code: string | null) => {
        const section = industrySection(code);
        return code ? <span title={section ? pick(section) : undefined}>{code}</span> : '—';
      },
    },
    { title: t('registry.foundedOn'), dataIndex: 'foundedOn', key: 'foundedOn', width: 115, ...sorted('foundedOn'), render: (value: string | null) => value ?? '—' },
    { title: t('registry.sizeClass'), dataIndex: 'sizeClass', width: 90, render: (value: string | null) => sizeClassName(value, language) },
    { title: t('registry.qualifications'), dataIndex: 'qualifications', width: 230, render: (kinds: string[]) => <QualificationTags kinds={kinds} /> },
    {
      title: t('registry.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 115,
      ...sorted('updatedAt'),
      render: (value: string) => <span title={formatDateTime(value)}>{formatDateTime(value).slice(0, 10)}</span>,
    },
    ...(can('evaluation.read')
      ? [{ title: '', key: 'portrait', width: 100, fixed: 'right' as const, render: (_: unknown, row: EnterpriseSummary) => <Link to={`${enterpriseHref(row.uscc)}/portrait`}>{t('portrait.open')}</Link> }]
      : []),
  ];

  const onTableChange = (pagination: TablePaginationConfig, _filters: unknown, sorter: SorterResult<EnterpriseSummary> | SorterResult<EnterpriseSummary>[]) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = (single?.columnKey as EnterpriseSortField | undefined) ?? 'name';
    const order = single?.order === 'descend' ? 'desc' : 'asc';
    const pageSize = pagination.pageSize ?? query.pageSize;
    const isSortChange = field !== sortBy || order !== (query.sortOrder ?? 'asc');
    go({ ...query, sortBy: field === 'name' && order === 'asc' ? undefined : field, sortOrder: order === 'asc' ? undefined : order, page: isSortChange || pageSize !== query.pageSize ? 1 : (pagination.current ?? 1), pageSize });
  };

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('registry.title')}
        </Typography.Title>
        <Space wrap>
          <ExportButton filters={filtersOf(query)} />
          {can('registry.write') ? (
            <Button icon={<ImportOutlined />} onClick={() => navigate('/imports')}>
              {t('registry.toImport')}
            </Button>
          ) : null}
        </Space>
      </Space>
      {isEnterpriseUser ? null : <RegistryFilters query={query} onChange={changeFilters} onReset={() => navigate('/enterprises', { replace: true })} />}
      {isEnterpriseUser && list.data?.total === 0 ? <Alert type="info" showIcon title={t('registry.ownNotLinked')} style={{ marginBottom: 16 }} /> : null}
      <ErrorAlert error={list.error} />
      <Table<EnterpriseSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isLoading}
        scroll={{ x: 1220 }}
        locale={{ emptyText: t('registry.empty') }}
        onChange={onTableChange}
        data-testid="registry-table"
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('common.total', { total }),
        }}
      />
    </>
  );
}
