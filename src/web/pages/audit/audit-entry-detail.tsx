import { Col, Descriptions, Row, Typography } from 'antd';
import type { AuditEntryView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

const jsonStyle = { margin: 0, padding: 12, maxHeight: 320, overflow: 'auto', background: '#f6f8fa', borderRadius: 6, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' } as const;

function Json({ value, emptyText }: { value: unknown; emptyText: string }) {
  if (value === null || value === undefined) return <Typography.Text type="secondary">{emptyText}</Typography.Text>;
  return <pre style={jsonStyle}>{JSON.stringify(value, null, 2)}</pre>;
}

/** The expanded row: the entity before and after the change, and the entry's place in the hash chain. */
export function AuditEntryDetail({ entry }: { entry: AuditEntryView }) {
  const { t } = useI18n();
  return (
    <div data-testid={`audit-detail-${entry.seq}`}>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('audit.before')}</Typography.Title>
          <Json value={entry.before} emptyText={t('common.none')} />
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('audit.after')}</Typography.Title>
          <Json value={entry.after} emptyText={t('common.none')} />
        </Col>
      </Row>
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 12 }}
        items={[
          { key: 'requestId', label: t('audit.requestId'), children: <Typography.Text code>{entry.requestId ?? '—'}</Typography.Text> },
          { key: 'prevHash', label: t('audit.prevHash'), children: <Typography.Text code copyable>{entry.prevHash}</Typography.Text> },
          { key: 'hash', label: t('audit.hash'), children: <Typography.Text code copyable>{entry.hash}</Typography.Text> },
        ]}
      />
    </div>
  );
}
