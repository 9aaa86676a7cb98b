import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { usersApi } from '../../api/platform-api.ts';
import type { User } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface Props {
  user: User | undefined;
  onClose(): void;
  onDone(): void;
}

/** Sets a new password for another user; the password policy is the server's to check. */
export function ResetPasswordDialog({ user, onClose, onDone }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);

  const submit = async () => {
    if (!user) return;
    const { password } = await form.validateFields();
    setIsSaving(true);
    setError(undefined);
    try {
      await usersApi.resetPassword(user.username, password);
      void message.success(t('users.resetDone', { username: user.username }));
      form.resetFields();
      onDone();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsSaving(false);
    }
  };

  const close = () => {
    setError(undefined);
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={user !== undefined}
      title={user ? t('users.resetPasswordTitle', { username: user.username }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={isSaving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={close}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form form={form} name="reset-password" layout="vertical">
        <Form.Item name="password" label={t('users.newPassword')} rules={[{ required: true, message: t('common.required') }]} extra={t('users.passwordHint')}>
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
