import { LoginOutlined, TranslationOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { Link, navigate, useLocation } from '../routing/router.tsx';
import { menuPages } from '../routing/routes.ts';

/** The frame for visitors who have not signed in: the public pages, the language switch and a way to sign in. */
export function VisitorLayout({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const { href } = useLocation();
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#001529', display: 'flex', alignItems: 'center', gap: 24, padding: '0 24px' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Title>
        <Space size="large" style={{ flex: 1 }} data-testid="visitor-menu">
          {menuPages
            .filter((page) => page.isOpenToVisitors)
            .map((page) => (
              <Link key={page.name} to={page.path} className="kjt-visitor-link">
                <span style={{ color: 'rgba(255,255,255,0.85)' }}>{t(page.labelKey)}</span>
              </Link>
            ))}
        </Space>
        <Button icon={<TranslationOutlined />} onClick={() => setLanguage(language === 'zh-CN' ? 'en-US' : 'zh-CN')} data-testid="language-switch">
          {t('language.switchTo')}
        </Button>
        <Button type="primary" icon={<LoginOutlined />} onClick={() => navigate(`/login?next=${encodeURIComponent(href)}`)} data-testid="visitor-sign-in">
          {t('login.submit')}
        </Button>
      </Layout.Header>
      <Layout.Content style={{ margin: 24 }}>
        <div style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: 24, minHeight: 360 }}>{children}</div>
      </Layout.Content>
    </Layout>
  );
}
