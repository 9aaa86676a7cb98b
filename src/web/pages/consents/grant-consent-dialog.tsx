import { Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { consentApi } from '../../api/consent-api.ts';
import { institutionsApi } from '../../api/financing-api.ts';
import type { ConsentScope, ConsentView } from '../../api/types.ts';
import { asApiError, useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { consentScopeName, consentScopes } from './scope-names.ts';

interface GrantForm {
  institutionCode: string;
  scopes: ConsentScope[];
  purpose: string;
  validUntil: Dayjs;
}

/** 授权机构查阅: which institution may see which parts of the enterprise's data, for what, until when. */
export function GrantConsentDialog({ isOpen, onClose, onGranted }: { isOpen: boolean; onClose(): void; onGranted(consent: ConsentView): void }) {
  const { t, language } = useI18n();
  const [form] = Form.useForm<GrantForm>();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const registry = useApi(() => institutionsApi.registry(), []);
  const submit = async () => {
    const values = await form.validateFields();
    setIsSaving(true);
    setError(undefined);
    try {
      const consent = await consentApi.grant({ institutionCode: values.institutionCode, scopes: values.scopes, purpose: values.purpose, validUntil: values.validUntil.format('YYYY-MM-DD') });
      form.resetFields();
      onGranted(consent);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsSaving(false);
    }
  };
  const required = { required: true, message: t('common.required') };
  return (
    <Modal open={isOpen} title={t('consent.grant')} okText={t('consent.grant')} cancelText={t('common.cancel')} confirmLoading={isSaving} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} width={600} forceRender>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" name="grant-consent" initialValues={{ scopes: ['profile'], validUntil: dayjs().add(1, 'year') }}>
        <Form.Item name="institutionCode" label={t('consent.institution')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={registry.isLoading}
            options={(registry.data?.items ?? []).map((item) => ({ value: item.code, label: language === 'en-US' && item.nameEn ? item.nameEn : item.name }))}
            data-testid="consent-institution"
          />
        </Form.Item>
        <Form.Item name="scopes" label={t('consent.scopes')} rules={[{ ...required, type: 'array', min: 1 }]}>
          <Checkbox.Group options={consentScopes.map((scope) => ({ value: scope, label: consentScopeName(scope, language) }))} />
        </Form.Item>
        <Form.Item name="purpose" label={t('consent.purpose')} rules={[{ ...required, min: 2 }]}>
          <Input maxLength={500} data-testid="consent-purpose" />
        </Form.Item>
        <Form.Item name="validUntil" label={t('consent.validUntil')} rules={[required]}>
          <DatePicker disabledDate={(date) => date.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
