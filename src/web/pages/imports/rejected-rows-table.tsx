import { Table, Typography, type TableColumnsType } from 'antd';
import type { ImportDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { templateColumnNote } from './template-columns.ts';

interface RejectedCell {
  key: string;
  row: number;
  column: string;
  reason: string;
}

/** 未通过校验的行: the spreadsheet's row number, the column as headed in the file, the reason in the reader's language. */
export function RejectedRowsTable({ detail }: { detail: ImportDetail }) {
  const { t, language, pick } = useI18n();
  const cells: RejectedCell[] = detail.rejectedRows.flatMap((row) =>
    row.errors.map((error, index) => ({ key: `${row.row}-${index}`, row: row.row, column: error.column, reason: pick(error.message) })),
  );
  const columns: TableColumnsType<RejectedCell> = [
    { title: t('imports.rowNumber'), dataIndex: 'row', width: 90, align: 'right' },
    {
      title: t('imports.column'),
      dataIndex: 'column',
      width: 220,
      render: (column: string) => <span title={templateColumnNote(detail.kind, column, language)}>{column}</span>,
    },
    { title: t('imports.reason'), dataIndex: 'reason' },
  ];
  const total = detail.totals?.rejected ?? 0;
  return (
    <>
      <Typography.Title level={5}>{t('imports.rejectedRows')}</Typography.Title>
      <Table<RejectedCell>
        rowKey="key"
        size="small"
        bordered
        columns={columns}
        dataSource={cells}
        pagination={cells.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        data-testid="rejected-rows"
      />
      {detail.isRejectedRowsTruncated ? (
        <Typography.Text type="secondary">{t('imports.rejectedTruncated', { shown: detail.rejectedRows.length, total })}</Typography.Text>
      ) : null}
    </>
  );
}
