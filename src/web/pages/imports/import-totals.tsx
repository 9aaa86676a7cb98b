import { Card, Col, Row, Statistic } from 'antd';
import type { ImportDetail } from '../../api/types.ts';
import { formatCount } from '../../format/format-money.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

type Totals = NonNullable<ImportDetail['totals']>;

const cells: Array<{ key: keyof Totals; labelKey: MessageKey; colour?: string }> = [
  { key: 'rows', labelKey: 'imports.rows' },
  { key: 'new', labelKey: 'imports.new', colour: '#389e0d' },
  { key: 'changed', labelKey: 'imports.changed', colour: '#0b5cad' },
  { key: 'unchanged', labelKey: 'imports.unchanged', colour: '#8c8c8c' },
  { key: 'rejected', labelKey: 'imports.rejected', colour: '#cf1322' },
];

/** 总行数 / 新增 / 变更 / 未变 / 未通过, as five figures side by side. */
export function ImportTotals({ totals }: { totals: Totals }) {
  const { t } = useI18n();
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="import-totals">
      {cells.map((cell) => (
        <Col key={cell.key} xs={12} sm={8} md={4}>
          <Card size="small" data-testid={`total-${cell.key}`}>
            <Statistic title={t(cell.labelKey)} value={totals[cell.key]} formatter={(value) => formatCount(Number(value))} styles={{ content: { color: cell.key === 'rejected' && totals.rejected === 0 ? undefined : cell.colour } }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
