import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { organisationsApi, type NewOrganisation } from '../../api/platform-api.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { organisationTypeName, organisationTypes } from '../../i18n/domain-names.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface Props {
  isOpen: boolean;
  onClose(): void;
  onCreated(): void;
}

/** 新建机构: the server checks the code, type and parent; this form only collects them. */
export function CreateOrganisationDialog({ isOpen, onClose, onCreated }: Props) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewOrganisation>();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    setIsSaving(true);
    setError(undefined);
    try {
      const created = await organisationsApi.create(withoutBlanks(values));
      void message.success(t('organisations.created', { name: created.name }));
      form.resetFields();
      onCreated();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsSaving(false);
    }
  };

  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Modal
      open={isOpen}
      title={t('organisations.new')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={isSaving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        setError(undefined);
        onClose();
      }}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form form={form} name="create-organisation" layout="vertical" requiredMark>
        <Form.Item name="code" label={t('organisations.code')} rules={[required, { pattern: /^[A-Za-z0-9_.-]{2,64}$/, message: t('organisations.codeHint') }]} extra={t('organisations.codeHint')}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="name" label={t('organisations.name')} rules={[required]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('organisations.nameEn')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="type" label={t('organisations.type')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={organisationTypes.map((value) => ({ value, label: organisationTypeName(value, language) }))} />
        </Form.Item>
        <Form.Item name="parentCode" label={t('organisations.parentCode')}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="districtCode" label={t('organisations.district')} rules={[{ pattern: /^\d{6}$/, message: t('organisations.districtHint') }]} extra={t('organisations.districtHint')}>
          <Input maxLength={6} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Optional fields left empty are not sent, rather than sent as "". */
function withoutBlanks(values: NewOrganisation): NewOrganisation {
  const entries = Object.entries(values).filter(([, value]) => typeof value !== 'string' || value.trim() !== '');
  return Object.fromEntries(entries.map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value])) as unknown as NewOrganisation;
}
