import { Checkbox, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { consentApi } from '../../api/consent-api.ts';
import type { ConsentScope, ConsentView, InstitutionRegistry } from '../../api/types.ts';
import { asApiError, type Loaded } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { organisationTypeName } from '../../i18n/domain-names.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { consentScopeName, consentScopes } from './scope-names.ts';

interface GrantForm {
  institutionCode: string;
  scopes: ConsentScope[];
  purpose: string;
  validUntil: Dayjs | null;
}

/** The server takes a consent that runs until a day after today (its own day, in Asia/Shanghai). */
const isAfterToday = (date: Dayjs) => date.isAfter(dayjs(), 'day');

interface Props {
  isOpen: boolean;
  /** The public institution registry, which the page has loaded for the institutions' names. */
  registry: Loaded<InstitutionRegistry>;
  onClose(): void;
  onGranted(consent: ConsentView): void;
}

/** 授权机构查阅: which institution may see which parts of the enterprise's data, for what, until when. */
export function GrantConsentDialog({ isOpen, registry, onClose, onGranted }: Props) {
  const { t, language } = useI18n();
  const [form] = Form.useForm<GrantForm>();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    setIsSaving(true);
    setError(undefined);
    try {
      const consent = await consentApi.grant({ institutionCode: values.institutionCode, scopes: values.scopes, purpose: values.purpose, validUntil: values.validUntil!.format('YYYY-MM-DD') });
      form.resetFields();
      onGranted(consent);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsSaving(false);
    }
  };
  const close = () => {
    setError(undefined);
    onClose();
  };
  const validUntilRule = {
    validator: (_: unknown, value: Dayjs | null | undefined) =>
      !value ? Promise.reject(new Error(t('consent.validUntilRequired'))) : isAfterToday(value) ? Promise.resolve() : Promise.reject(new Error(t('consent.validUntilPast'))),
  };
  return (
    <Modal open={isOpen} title={t('consent.grant')} okText={t('consent.grant')} cancelText={t('common.cancel')} confirmLoading={isSaving} onOk={() => void submit().catch(() => undefined)} onCancel={close} width={600} forceRender>
      <Typography.Paragraph type="secondary">{t('consent.intro')}</Typography.Paragraph>
      <ErrorAlert error={error ?? registry.error} />
      <Form form={form} layout="vertical" name="grant-consent" initialValues={{ scopes: ['profile'], validUntil: dayjs().add(1, 'year') }}>
        <Form.Item name="institutionCode" label={t('consent.institution')} rules={[{ required: true, message: t('consent.pickInstitution') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('consent.pickInstitution')}
            loading={registry.isLoading}
            options={(registry.data?.items ?? []).map((item) => ({ value: item.code, label: t('common.withNote', { main: language === 'en-US' && item.nameEn ? item.nameEn : item.name, note: organisationTypeName(item.type, language) }) }))}
            data-testid="consent-institution"
          />
        </Form.Item>
        <Form.Item name="scopes" label={t('consent.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('consent.pickScopes') }]}>
          <Checkbox.Group options={consentScopes.map((scope) => ({ value: scope, label: consentScopeName(scope, language) }))} data-testid="consent-scopes" />
        </Form.Item>
        <Form.Item name="purpose" label={t('consent.purpose')} rules={[{ required: true, whitespace: true, min: 2, message: t('consent.purposeTooShort') }]}>
          <Input maxLength={500} placeholder={t('consent.purposePlaceholder')} data-testid="consent-purpose" />
        </Form.Item>
        <Form.Item name="validUntil" label={t('consent.validUntil')} required rules={[validUntilRule]}>
          {/* Past days stay pickable: a disabled day typed in would silently fall back to the earlier date, where the rule above says why it is refused. */}
          <DatePicker data-testid="consent-valid-until" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
