import { LockOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../api/api-client.ts';
import { asApiError } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useSession } from '../session/session-context.tsx';

interface Credentials {
  username: string;
  password: string;
}

/** Sign-in. A refusal (wrong password, locked account) shows the server's message in the reader's language. */
export function LoginPage({ hasExpired }: { hasExpired: boolean }) {
  const { t, pick, language, setLanguage } = useI18n();
  const { signIn } = useSession();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSubmitting, setIsSubmitting] = useState(false);

  const onFinish = async ({ username, password }: Credentials) => {
    setIsSubmitting(true);
    setError(undefined);
    try {
      await signIn(username, password);
    } catch (failure) {
      setError(asApiError(failure));
      setIsSubmitting(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(135deg, #0b3d73 0%, #0b5cad 55%, #3a8ee6 100%)' }}>
      <Card style={{ width: 400, maxWidth: 'calc(100vw - 32px)' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' }}>
          <div>
            <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
          </div>
          <Button size="small" icon={<TranslationOutlined />} onClick={() => setLanguage(language === 'zh-CN' ? 'en-US' : 'zh-CN')} data-testid="language-switch">
            {t('language.switchTo')}
          </Button>
        </div>
        <Typography.Title level={5} style={{ margin: '24px 0 16px' }}>
          {t('login.title')}
        </Typography.Title>
        {hasExpired && !error ? <Alert type="info" showIcon title={t('login.sessionEnded')} style={{ marginBottom: 16 }} /> : null}
        {error ? <Alert type="error" showIcon role="alert" title={pick(error.messages)} style={{ marginBottom: 16 }} data-testid="login-error" /> : null}
        <Form<Credentials> name="sign-in" layout="vertical" onFinish={(values) => void onFinish(values)} requiredMark={false} disabled={isSubmitting}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={isSubmitting}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
