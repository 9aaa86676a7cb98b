import { App, Button, Card, Descriptions, Form, InputNumber, Modal, Switch, Typography } from 'antd';
import { useState } from 'react';
import { serviceDeadlinesApi } from '../../api/financing-api.ts';
import type { ServiceDeadlineSettingsInput, ServiceDeadlinesView } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useSave } from '../../api/use-save.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { formatServiceTerms } from '../../format/format-service-terms.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';

const bracketed = (text: string, language: string) => (language === 'zh-CN' ? `（${text}）` : ` (${text})`);

/** 服务时限: what a demand posted now gets (a pack in force first), the platform defaults and who set them; an administrator sets them. */
export function ServiceDeadlinesCard() {
  const { t, language } = useI18n();
  const { can } = useSession();
  const deadlines = useApi(() => serviceDeadlinesApi.get(), []);
  const [isEditing, setIsEditing] = useState(false);
  const view = deadlines.data;
  return (
    <Card size="small" title={t('deadlines.title')} style={{ marginBottom: 16 }} data-testid="service-deadlines" extra={can('financing.configure') && view ? <Button onClick={() => setIsEditing(true)} data-testid="edit-service-deadlines">{t('deadlines.edit')}</Button> : null}>
      <ErrorAlert error={deadlines.error} />
      {view ? (
        <>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('deadlines.inForce')}>
              <span data-testid="deadlines-in-force">
                {formatServiceTerms(view.inForce, language)}
                {view.inForce.source ? t('deadlines.fromPack', { packId: view.inForce.source.packId, clause: view.inForce.source.clause ?? '—' }) : ''}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('deadlines.defaults')}>
              <span data-testid="deadlines-defaults">
                {formatServiceTerms(view.defaults, language)}
                {bracketed(view.isCustomised ? t('deadlines.setBy', { who: view.updatedBy ?? '—', at: formatDateTime(view.updatedAt).slice(0, 16) }) : t('deadlines.builtIn'), language)}
              </span>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary">{t('deadlines.note')}</Typography.Text>
          {isEditing ? (
            <ServiceDeadlinesDialog
              view={view}
              onClose={() => setIsEditing(false)}
              onSaved={() => {
                setIsEditing(false);
                deadlines.reload();
              }}
            />
          ) : null}
        </>
      ) : null}
    </Card>
  );
}

function ServiceDeadlinesDialog({ view, onClose, onSaved }: { view: ServiceDeadlinesView; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ServiceDeadlineSettingsInput>();
  const { source: _source, ...initial } = view.defaults;
  const save = useSave(
    () => serviceDeadlinesApi.set(form.getFieldsValue()),
    () => {
      void message.success(t('deadlines.saved'));
      onSaved();
    },
  );
  const days = (name: 'claimWorkingDays' | 'contactWorkingDays' | 'decisionWorkingDays' | 'reminderHours', label: string, max: number) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <InputNumber min={1} max={max} precision={0} style={{ width: 120 }} data-testid={`deadline-${name}`} />
    </Form.Item>
  );
  return (
    <Modal open title={t('deadlines.edit')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={save.isSaving} onOk={() => void form.validateFields().then(save.run, () => undefined)} onCancel={onClose}>
      <ErrorAlert error={save.error} />
      <Form form={form} layout="vertical" initialValues={initial}>
        {days('claimWorkingDays', t('deadlines.claim'), 30)}
        {days('contactWorkingDays', t('deadlines.contact'), 30)}
        {days('decisionWorkingDays', t('deadlines.decision'), 90)}
        {days('reminderHours', t('deadlines.reminder'), 72)}
        <Form.Item name="isReopenedOnMiss" label={t('deadlines.reopen')} valuePropName="checked">
          <Switch data-testid="deadline-isReopenedOnMiss" />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('deadlines.note')}</Typography.Text>
    </Modal>
  );
}
