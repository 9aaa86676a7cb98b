import { App as AntApp, Button, ConfigProvider, Result, Skeleton, Spin } from 'antd';
import enUSModule from 'antd/es/locale/en_US.js';
import zhCNModule from 'antd/es/locale/zh_CN.js';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { DeniedResult } from './components/denied-result.tsx';
import { I18nProvider, useI18n } from './i18n/i18n-context.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { VisitorLayout } from './layout/visitor-layout.tsx';
import { AuditPage } from './pages/audit/audit-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { OrganisationsPage } from './pages/organisations/organisations-page.tsx';
import { PolicyPackDetailPage } from './pages/policy-packs/policy-pack-detail-page.tsx';
import { PolicyPacksPage } from './pages/policy-packs/policy-packs-page.tsx';
import { UsersPage } from './pages/users/users-page.tsx';
import { navigate, useLocation } from './routing/router.tsx';
import { isOpenToVisitors, matchRoute, safeNextPath, type RouteMatch } from './routing/routes.ts';
import { SessionProvider, useSession } from './session/session-context.tsx';

// antd ships its locales as ES modules without declaring "type": "module", so TypeScript sees a
// CommonJS namespace where the bundler gives the default export; accept either.
function interopDefault<T extends object>(module: T | { default: T }): T {
  return 'default' in module ? module.default : module;
}
const enUS = interopDefault(enUSModule);
// Chinese-capable faces first on every platform; Noto CJK covers Linux desktops and servers.
const fontFamily = "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
const zhCN = interopDefault(zhCNModule);

// The registry pages load on first use: they bring the import templates and the server's contract
// constants, whose derived Zod schemas the bundler cannot prove unused.
const RegistryPage = lazy(() => import('./pages/registry/registry-page.tsx').then((module) => ({ default: module.RegistryPage })));
const EnterpriseDetailPage = lazy(() => import('./pages/registry/enterprise-detail-page.tsx').then((module) => ({ default: module.EnterpriseDetailPage })));
// The portrait and the 培育库 bring ECharts; they load on first use too.
const EnterprisePortraitPage = lazy(() => import('./pages/portrait/enterprise-portrait-page.tsx').then((module) => ({ default: module.EnterprisePortraitPage })));
const MyPortraitPage = lazy(() => import('./pages/portrait/my-portrait-page.tsx').then((module) => ({ default: module.MyPortraitPage })));
const CultivationPage = lazy(() => import('./pages/cultivation/cultivation-page.tsx').then((module) => ({ default: module.CultivationPage })));
// The financing pages, 消息中心, 授权管理 and 工作日历 load on first use too.
const lazyPage = <Name extends string>(load: () => Promise<Record<Name, () => ReactNode>>, name: Name) => lazy(() => load().then((module) => ({ default: module[name] })));
const MyDemandsPage = lazyPage(() => import('./pages/financing/my-demands-page.tsx'), 'MyDemandsPage');
const DemandDetailPage = lazy(() => import('./pages/financing/demand-detail-page.tsx').then((module) => ({ default: module.DemandDetailPage })));
const InstitutionWorkbenchPage = lazyPage(() => import('./pages/financing/institution-workbench-page.tsx'), 'InstitutionWorkbenchPage');
const DemandOversightPage = lazyPage(() => import('./pages/financing/demand-oversight-page.tsx'), 'DemandOversightPage');
const EquityPage = lazyPage(() => import('./pages/financing/equity-page.tsx'), 'EquityPage');
const ProductCataloguePage = lazyPage(() => import('./pages/financing/product-catalogue-page.tsx'), 'ProductCataloguePage');
const InstitutionRegistryPage = lazyPage(() => import('./pages/financing/institution-registry-page.tsx'), 'InstitutionRegistryPage');
const MessagesPage = lazyPage(() => import('./pages/messages/messages-page.tsx'), 'MessagesPage');
const ConsentsPage = lazyPage(() => import('./pages/consents/consents-page.tsx'), 'ConsentsPage');
const CalendarPage = lazyPage(() => import('./pages/calendar/calendar-page.tsx'), 'CalendarPage');
const ImportsPage = lazy(() => import('./pages/imports/imports-page.tsx').then((module) => ({ default: module.ImportsPage })));

export function App() {
  return (
    <I18nProvider>
      <LocalisedAntd>
        <SessionProvider>
          <Shell />
        </SessionProvider>
      </LocalisedAntd>
    </I18nProvider>
  );
}

function LocalisedAntd({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  dayjs.locale(language === 'en-US' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={language === 'en-US' ? enUS : zhCN} theme={{ token: { colorPrimary: '#0b5cad', fontFamily } }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Decides between the login page and the signed-in app, and which page the address shows. */
function Shell() {
  const { t, pick } = useI18n();
  const session = useSession();
  const location = useLocation();
  const route = matchRoute(location.pathname);
  const isSignedIn = session.state.status === 'signedIn';
  const isSignedOut = session.state.status === 'signedOut';

  const isForVisitors = isOpenToVisitors(route);
  useEffect(() => {
    if (isSignedOut && route.page !== 'login' && !isForVisitors) {
      navigate(`/login?next=${encodeURIComponent(location.href)}`, { replace: true });
    } else if (isSignedIn && route.page === 'login') {
      navigate(safeNextPath(location.search.get('next')), { replace: true });
    }
  }, [isSignedIn, isSignedOut, isForVisitors, route.page, location.href, location.search]);

  switch (session.state.status) {
    case 'loading':
      return <Spin size="large" fullscreen />;
    case 'unreachable':
      return (
        <Result
          status="warning"
          title={pick(session.state.error.messages)}
          extra={<Button onClick={session.reload}>{t('common.retry')}</Button>}
        />
      );
    case 'signedOut':
      if (route.page === 'login') return <LoginPage hasExpired={session.state.hasExpired} />;
      if (isForVisitors && route.page !== 'notFound') {
        return (
          <VisitorLayout>
            <Suspense fallback={<Skeleton active />}>{pageFor(route, (permission) => permission === 'public')}</Suspense>
          </VisitorLayout>
        );
      }
      return <Spin size="large" fullscreen />;
    case 'signedIn':
      return route.page === 'login' ? (
        <Spin size="large" fullscreen />
      ) : (
        <AppLayout>
          <Suspense fallback={<Skeleton active />}>{pageFor(route, session.can)}</Suspense>
        </AppLayout>
      );
  }
}

function pageFor(route: Exclude<RouteMatch, { page: 'login' }>, can: (permission: string) => boolean): ReactNode {
  if (route.page === 'notFound') return <NotFoundPage />;
  if (!can(route.permission)) return <DeniedResult />;
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'organisations':
      return <OrganisationsPage />;
    case 'users':
      return <UsersPage />;
    case 'audit':
      return <AuditPage />;
    case 'policyPacks':
      return <PolicyPacksPage />;
    case 'policyPackDetail':
      return <PolicyPackDetailPage packId={route.packId} />;
    case 'registry':
      return <RegistryPage />;
    case 'enterpriseDetail':
      // Keyed by the enterprise, so that moving from one record to another starts afresh.
      return <EnterpriseDetailPage key={route.uscc} uscc={route.uscc} />;
    case 'enterprisePortrait':
      return <EnterprisePortraitPage key={route.uscc} uscc={route.uscc} />;
    case 'myPortrait':
      return <MyPortraitPage />;
    case 'cultivation':
      return <CultivationPage />;
    case 'imports':
      return <ImportsPage />;
    case 'importDetail':
      return <ImportsPage importId={route.importId} />;
    case 'myDemands':
      return <MyDemandsPage />;
    case 'demandDetail':
      return <DemandDetailPage key={route.demandId} demandId={route.demandId} />;
    case 'institutionWorkbench':
      return <InstitutionWorkbenchPage />;
    case 'demandOversight':
      return <DemandOversightPage />;
    case 'equity':
      return <EquityPage />;
    case 'products':
      return <ProductCataloguePage />;
    case 'institutions':
      return <InstitutionRegistryPage />;
    case 'messages':
      return <MessagesPage />;
    case 'consents':
      return <ConsentsPage />;
    case 'calendar':
      return <CalendarPage />;
  }
}
