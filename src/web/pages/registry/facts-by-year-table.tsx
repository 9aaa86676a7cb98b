import { Empty, Table, type TableColumnsType } from 'antd';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { fieldLabel, formatFactValue } from './fact-format.ts';
import { SourceLegend, SourceMark } from './source-mark.tsx';
import { sourceIdsOf, useSources } from './sources-context.tsx';

export interface YearRow {
  year: number;
  values: Record<string, unknown>;
  sources: Record<string, string>;
}

interface IndicatorRow {
  field: string;
}

/**
 * Figures laid out as officers keep them in Excel: one indicator a row, one year a column, money in
 * 万元 (the row says so), each value with a numbered mark pointing to its source below the table.
 */
export function FactsByYearTable({ rows, emptyKey, testId }: { rows: YearRow[]; emptyKey: MessageKey; testId: string }) {
  const { t, language } = useI18n();
  const sources = useSources();
  if (rows.length === 0) return <Empty description={t(emptyKey)} />;
  const years = [...rows].sort((a, b) => a.year - b.year);
  const fields = [...new Set(years.flatMap((row) => Object.keys(row.values)))];
  const columns: TableColumnsType<IndicatorRow> = [
    { title: t('detail.indicator'), dataIndex: 'field', width: 240, fixed: 'left', render: (field: string) => fieldLabel(field, language, { isWithUnit: true }) },
    ...years.map((row) => ({
      title: String(row.year),
      key: String(row.year),
      align: 'right' as const,
      width: 160,
      render: (_: unknown, indicator: IndicatorRow) => {
        const value = row.values[indicator.field];
        return (
          <span data-testid={`fact-${row.year}-${indicator.field}`} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatFactValue(indicator.field, value, language)}
            {value === null || value === undefined ? null : <SourceMark sourceId={row.sources[indicator.field]} />}
          </span>
        );
      },
    })),
  ];
  return (
    <>
      <Table<IndicatorRow>
        rowKey="field"
        size="small"
        bordered
        columns={columns}
        dataSource={fields.map((field) => ({ field }))}
        pagination={false}
        scroll={{ x: 240 + years.length * 160 }}
        data-testid={testId}
      />
      <SourceLegend sourceIds={sourceIdsOf(rows, sources)} />
    </>
  );
}
