import { Button, DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../i18n/i18n-context.tsx';

export interface AuditFilterValues {
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

interface FormValues {
  action?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** A picked calendar day means that day in Asia/Shanghai (UTC+8, no daylight saving), whatever the browser's zone. */
export function dayBoundsInShanghai(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  return {
    from: from ? `${from}T00:00:00.000+08:00` : undefined,
    to: to ? `${to}T23:59:59.999+08:00` : undefined,
  };
}

export function AuditFilters({ onChange }: { onChange(values: AuditFilterValues): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const apply = (values: FormValues) => {
    const [start, end] = values.range ?? [null, null];
    onChange({
      action: values.action?.trim() || undefined,
      entityType: values.entityType?.trim() || undefined,
      entityId: values.entityId?.trim() || undefined,
      ...dayBoundsInShanghai(start?.format('YYYY-MM-DD'), end?.format('YYYY-MM-DD')),
    });
  };
  return (
    <Form form={form} name="audit-filters" layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 12 }}>
      <Form.Item name="action" label={t('audit.action')}>
        <Input allowClear placeholder="user.sign-in" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="entityType" label={t('audit.entityType')}>
        <Input allowClear placeholder="organisation" style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="entityId" label={t('audit.entityId')}>
        <Input allowClear style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="range" label={t('audit.dateRange')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onChange({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
