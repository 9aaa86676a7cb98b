import { Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { DemandSummary } from '../../api/types.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { formatFen } from '../../format/format-money.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { demandKindName } from '../../i18n/financing-names.ts';
import { districtName } from '../../i18n/registry-names.ts';
import { Link } from '../../routing/router.tsx';
import { DemandStatusTag } from './demand-status-tag.tsx';
import type { DemandList } from './use-demand-list.ts';

interface Props {
  list: DemandList;
  /** The enterprise's own list leaves the enterprise out. */
  hasEnterprise?: boolean;
  /** A column of what each party must do next (countdowns, actions, reasons). */
  extraColumn?: { title: string; width: number; render(demand: DemandSummary): ReactNode };
  emptyText: string;
  testId: string;
}

/** A page of demands as every party lists them: kind, amount, status, when posted, how many claimed; the row opens the demand. */
export function DemandsTable({ list, hasEnterprise, extraColumn, emptyText, testId }: Props) {
  const { t, language } = useI18n();
  const open = (demand: DemandSummary, children: ReactNode) => <Link to={`/financing/demands/${encodeURIComponent(demand.id)}`}>{children}</Link>;
  const columns: TableColumnsType<DemandSummary> = [
    ...(hasEnterprise
      ? [
          {
            title: t('demand.enterprise'),
            key: 'enterprise',
            width: 240,
            render: (_: unknown, demand: DemandSummary) => (
              <>
                {open(demand, demand.enterprise.name)}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {districtName(demand.enterprise.districtCode, language)}
                </Typography.Text>
              </>
            ),
          },
        ]
      : []),
    {
      title: t('demand.kind'),
      key: 'kind',
      width: 170,
      render: (_, demand) => (
        <>
          {hasEnterprise ? demandKindName(demand.kind, language) : open(demand, demandKindName(demand.kind, language))}
          <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12, maxWidth: 200 }} title={demand.purpose}>
            {demand.purpose}
          </Typography.Text>
        </>
      ),
    },
    { title: t('demand.amount'), dataIndex: 'amountFen', width: 150, align: 'right', render: (fen: number) => formatFen(fen, language) },
    { title: t('demand.term'), dataIndex: 'termMonths', width: 100, render: (months: number | null) => (months ? t('demand.months', { n: months }) : '—') },
    { title: t('common.status'), key: 'status', width: 130, render: (_, demand) => <DemandStatusTag status={demand.status} name={demand.statusName} /> },
    { title: t('demand.claims'), key: 'claims', width: 100, render: (_, demand) => t('demand.claimsCount', { count: demand.claimCount, cap: demand.claimCap }) },
    { title: t('demand.postedAt'), dataIndex: 'postedAt', width: 170, render: (value: string) => formatDateTime(value).slice(0, 16) },
    ...(extraColumn ? [{ title: extraColumn.title, key: 'extra', width: extraColumn.width, render: (_: unknown, demand: DemandSummary) => extraColumn.render(demand) }] : []),
  ];
  const { page, pageSize, loaded } = list;
  return (
    <>
      <ErrorAlert error={loaded.error} />
      <Table<DemandSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={loaded.data?.items ?? []}
        loading={loaded.isLoading}
        scroll={{ x: 1000 }}
        locale={{ emptyText }}
        data-testid={testId}
        pagination={{ current: page, pageSize, total: loaded.data?.total ?? 0, showSizeChanger: false, onChange: list.setPage, showTotal: (count) => t('common.total', { total: count }) }}
      />
    </>
  );
}
