import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { usersApi, type NewUser } from '../../api/platform-api.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { roleName, roles } from '../../i18n/domain-names.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { OrganisationPicker } from './organisation-picker.tsx';

interface Props {
  isOpen: boolean;
  onClose(): void;
  onCreated(): void;
}

/** 新建用户. Whether the role fits the organisation and the password policy are checked by the server. */
export function CreateUserDialog({ isOpen, onClose, onCreated }: Props) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewUser>();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    setIsSaving(true);
    setError(undefined);
    try {
      const created = await usersApi.create({ ...values, username: values.username.trim(), displayName: values.displayName.trim() });
      void message.success(t('users.created', { username: created.username }));
      form.resetFields();
      onCreated();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsSaving(false);
    }
  };

  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={isOpen}
      title={t('users.new')}
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
      <Form form={form} name="create-user" layout="vertical">
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[required, { pattern: /^[a-z0-9][a-z0-9._-]{2,63}$/, message: t('users.usernameHint') }]}
          extra={t('users.usernameHint')}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="organisationCode" label={t('users.organisation')} rules={[required]}>
          <OrganisationPicker />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[required]}>
          <Select options={roles.map((value) => ({ value, label: roleName(value, language) }))} />
        </Form.Item>
        <Form.Item name="password" label={t('users.password')} rules={[required]} extra={t('users.passwordHint')}>
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
