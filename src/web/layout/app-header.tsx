import { LogoutOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Tag, Typography, theme } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';
import { organisationTypeName, roleName } from '../i18n/domain-names.ts';
import { useCurrentUser, useSession } from '../session/session-context.tsx';

/** Who is signed in, in which organisation and role; the language switch; sign-out. */
export function AppHeader() {
  const { t, language, setLanguage } = useI18n();
  const { signOut } = useSession();
  const { user } = useCurrentUser();
  const { token } = theme.useToken();
  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        padding: '0 24px',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        gap: 16,
        lineHeight: 'normal',
      }}
    >
      <div data-testid="current-user" style={{ display: 'flex', alignItems: 'center', gap: 10, minWidth: 0 }}>
        <UserOutlined />
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          {user.displayName}
        </Typography.Text>
        <Typography.Text type="secondary" title={organisationTypeName(user.organisationType, language)} ellipsis style={{ maxWidth: 320 }}>
          {user.organisationName}
        </Typography.Text>
        <Tag color="blue" variant="filled" style={{ marginInlineEnd: 0 }}>
          {roleName(user.role, language)}
        </Tag>
      </div>
      <Button
        icon={<TranslationOutlined />}
        onClick={() => setLanguage(language === 'zh-CN' ? 'en-US' : 'zh-CN')}
        aria-label={t('language.label')}
        data-testid="language-switch"
        lang={language === 'zh-CN' ? 'en' : 'zh-CN'}
      >
        {t('language.switchTo')}
      </Button>
      <Button icon={<LogoutOutlined />} onClick={() => void signOut()}>
        {t('header.signOut')}
      </Button>
    </Layout.Header>
  );
}
