import {
  AccountBookOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  DatabaseOutlined,
  FileProtectOutlined,
  FundViewOutlined,
  HomeOutlined,
  InboxOutlined,
  MailOutlined,
  NodeIndexOutlined,
  RadarChartOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Badge, Layout, Menu, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { navigate, useLocation } from '../routing/router.tsx';
import { menuPageOf, visibleMenuPages, type PageName } from '../routing/routes.ts';
import { useCurrentUser } from '../session/session-context.tsx';
import { UnreadCountProvider, useUnreadCount } from '../pages/messages/unread-count.tsx';
import { AppHeader } from './app-header.tsx';

const icons: Record<PageName, ReactNode> = {
  home: <HomeOutlined />,
  myPortrait: <RadarChartOutlined />,
  registry: <DatabaseOutlined />,
  imports: <CloudUploadOutlined />,
  cultivation: <NodeIndexOutlined />,
  policyPacks: <FileProtectOutlined />,
  organisations: <BankOutlined />,
  users: <TeamOutlined />,
  audit: <AuditOutlined />,
  myDemands: <AccountBookOutlined />,
  consents: <SafetyCertificateOutlined />,
  institutionWorkbench: <InboxOutlined />,
  demandOversight: <FundViewOutlined />,
  equity: <RiseOutlined />,
  products: <ShopOutlined />,
  institutions: <TrophyOutlined />,
  calendar: <CalendarOutlined />,
  messages: <MailOutlined />,
};

/** The signed-in frame: a menu of exactly the pages the user's permissions open, and the header. */
export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <UnreadCountProvider>
      <SignedInFrame>{children}</SignedInFrame>
    </UnreadCountProvider>
  );
}

/** 消息中心's menu entry, with the unread count beside it. */
function MessagesLabel({ label }: { label: string }) {
  const { unread } = useUnreadCount();
  return (
    <>
      {label}
      {unread > 0 ? <Badge count={unread} size="small" style={{ marginInlineStart: 8, boxShadow: 'none' }} data-testid="unread-badge" /> : null}
    </>
  );
}

function SignedInFrame({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { permissions, user } = useCurrentUser();
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  const visible = visibleMenuPages(permissions, user.role);
  const selected = menuPageOf(pathname, visible.map((page) => page.name));
  const items = visible.map((page) => ({
    key: page.path,
    icon: icons[page.name],
    label: (
      <a href={page.path} onClick={(event) => event.preventDefault()}>
        {page.name === 'messages' ? <MessagesLabel label={t(page.labelKey)} /> : t(page.labelKey)}
      </a>
    ),
  }));
  const selectedKeys = visible.filter((page) => page.name === selected).map((page) => page.path);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={208} breakpoint="lg" collapsedWidth={64} theme="dark">
        <div style={{ padding: '18px 20px', color: '#fff', overflow: 'hidden' }}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <div style={{ color: 'rgba(255,255,255,0.65)', fontSize: 12, whiteSpace: 'normal', lineHeight: 1.4, marginTop: 2 }}>{t('app.subtitle')}</div>
        </div>
        <Menu theme="dark" mode="inline" items={items} selectedKeys={selectedKeys} onClick={({ key }) => navigate(key)} data-testid="main-menu" />
      </Layout.Sider>
      <Layout>
        <AppHeader />
        <Layout.Content style={{ margin: 24 }}>
          <div style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: 24, minHeight: 360 }}>{children}</div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
