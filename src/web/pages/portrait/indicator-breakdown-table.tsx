import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { IndicatorResult } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatPoints } from './portrait-format.ts';

const statusColours: Record<IndicatorResult['status'], string> = { met: 'green', not_met: 'red', scored: 'blue', manual_review: 'orange' };

/** 指标明细: every indicator the rule set read, as the engine reported it; composite items open to their parts. */
export function IndicatorBreakdownTable({ indicators }: { indicators: IndicatorResult[] }) {
  const { t, pick } = useI18n();
  const columns: TableColumnsType<IndicatorResult> = [
    {
      title: t('indicator.name'),
      key: 'name',
      width: 260,
      fixed: 'left',
      render: (_, indicator) => (
        <>
          <div>{pick(indicator.name)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {indicator.code}
          </Typography.Text>
        </>
      ),
    },
    { title: t('indicator.clause'), dataIndex: 'clause', width: 200, ellipsis: { showTitle: true } },
    { title: t('indicator.value'), dataIndex: 'value', width: 120, render: (value?: string) => value ?? '' },
    { title: t('indicator.requirement'), dataIndex: 'requirement', width: 150, render: (value?: string) => value ?? '' },
    { title: t('indicator.band'), dataIndex: 'band', width: 110, render: (value?: string) => value ?? '' },
    { title: t('indicator.points'), key: 'points', width: 80, render: (_, indicator) => formatPoints(indicator.points, indicator.pointsRange) },
    {
      title: t('indicator.status'),
      dataIndex: 'status',
      width: 110,
      render: (status: IndicatorResult['status']) => <Tag color={statusColours[status]}>{t(`indicator.status.${status}`)}</Tag>,
    },
    { title: t('indicator.reason'), key: 'reason', width: 260, render: (_, indicator) => (indicator.reason ? pick(indicator.reason) : '') },
    {
      title: t('indicator.missingFacts'),
      dataIndex: 'missingFacts',
      width: 220,
      render: (facts: string[]) =>
        facts.map((fact) => (
          <Typography.Text key={fact} code style={{ display: 'block', fontSize: 12 }}>
            {fact}
          </Typography.Text>
        )),
    },
  ];
  return (
    <Table<IndicatorResult>
      rowKey="code"
      size="small"
      bordered
      columns={columns}
      dataSource={indicators}
      pagination={false}
      scroll={{ x: 1510 }}
      // Only composite items have parts; a leaf gets no expand button.
      expandable={{ childrenColumnName: 'children', indentSize: 16 }}
      data-testid="indicator-breakdown"
    />
  );
}
