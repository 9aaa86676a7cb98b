import type { MessageKey } from '../i18n/messages.ts';

/** The pages of the app. A page is in the menu only when the user holds its permission. */
export type PageName =
  | 'home'
  | 'myPortrait'
  | 'myDemands'
  | 'consents'
  | 'institutionWorkbench'
  | 'registry'
  | 'imports'
  | 'cultivation'
  | 'demandOversight'
  | 'equity'
  | 'products'
  | 'institutions'
  | 'policyPacks'
  | 'organisations'
  | 'users'
  | 'audit'
  | 'calendar'
  | 'messages';

export interface MenuPage {
  name: PageName;
  path: string;
  permission: string;
  labelKey: MessageKey;
  /** Only for these roles (a page about the user's own enterprise), besides the permission. */
  roles?: readonly string[];
  /** Open to visitors who have not signed in (the public catalogues). */
  isOpenToVisitors?: boolean;
}

export const menuPages: readonly MenuPage[] = [
  { name: 'home', path: '/', permission: 'session', labelKey: 'menu.home' },
  { name: 'myPortrait', path: '/my-portrait', permission: 'evaluation.read', labelKey: 'menu.myPortrait', roles: ['enterprise'] },
  { name: 'myDemands', path: '/financing/my-demands', permission: 'financing.demand', labelKey: 'menu.myDemands', roles: ['enterprise'] },
  { name: 'consents', path: '/consents', permission: 'consent.manage', labelKey: 'menu.consents', roles: ['enterprise'] },
  { name: 'institutionWorkbench', path: '/financing/inbox', permission: 'financing.handle', labelKey: 'menu.institutionWorkbench', roles: ['institution'] },
  { name: 'registry', path: '/enterprises', permission: 'registry.read', labelKey: 'menu.registry' },
  { name: 'imports', path: '/imports', permission: 'registry.write', labelKey: 'menu.imports' },
  { name: 'cultivation', path: '/cultivation', permission: 'cultivation.read', labelKey: 'menu.cultivation' },
  { name: 'demandOversight', path: '/financing/demands', permission: 'financing.supervise', labelKey: 'menu.demandOversight' },
  { name: 'equity', path: '/financing/equity', permission: 'session', labelKey: 'menu.equity' },
  { name: 'products', path: '/products', permission: 'public', labelKey: 'menu.products', isOpenToVisitors: true },
  { name: 'institutions', path: '/institutions', permission: 'public', labelKey: 'menu.institutions', isOpenToVisitors: true },
  { name: 'policyPacks', path: '/policy-packs', permission: 'public', labelKey: 'menu.policyPacks' },
  { name: 'organisations', path: '/organisations', permission: 'organisations.read', labelKey: 'menu.organisations' },
  { name: 'users', path: '/users', permission: 'users.read', labelKey: 'menu.users' },
  { name: 'audit', path: '/audit', permission: 'audit.read', labelKey: 'menu.audit' },
  { name: 'calendar', path: '/calendar', permission: 'calendar.manage', labelKey: 'menu.calendar' },
  { name: 'messages', path: '/messages', permission: 'session', labelKey: 'menu.messages' },
];

export function visibleMenuPages(permissions: readonly string[], role?: string): MenuPage[] {
  return menuPages.filter((page) => permissions.includes(page.permission) && (!page.roles || (role !== undefined && page.roles.includes(role))));
}

export type RouteMatch =
  | { page: PageName; permission: string }
  | { page: 'policyPackDetail'; permission: string; packId: string }
  | { page: 'enterpriseDetail'; permission: string; uscc: string }
  | { page: 'enterprisePortrait'; permission: string; uscc: string }
  | { page: 'importDetail'; permission: string; importId: string }
  | { page: 'demandDetail'; permission: string; demandId: string }
  | { page: 'login' }
  | { page: 'notFound' };

/**
 * Pages under a list page, and the list they belong to in the menu; with several, the first one the
 * user sees (an enterprise user's own portrait belongs to 我的画像, an officer's view of one to 企业名册).
 */
const detailRoutes = [
  { pattern: /^\/enterprises\/([^/]+)\/portrait$/, menu: ['myPortrait', 'registry'], match: (id: string): RouteMatch => ({ page: 'enterprisePortrait', permission: 'evaluation.read', uscc: id }) },
  { pattern: /^\/policy-packs\/([^/]+)$/, menu: ['policyPacks'], match: (id: string): RouteMatch => ({ page: 'policyPackDetail', permission: 'public', packId: id }) },
  { pattern: /^\/enterprises\/([^/]+)$/, menu: ['registry'], match: (id: string): RouteMatch => ({ page: 'enterpriseDetail', permission: 'registry.read', uscc: id }) },
  { pattern: /^\/imports\/([^/]+)$/, menu: ['imports'], match: (id: string): RouteMatch => ({ page: 'importDetail', permission: 'registry.write', importId: id }) },
  // Every party's messages link here; the page shows the demand as the reader's role sees it.
  { pattern: /^\/financing\/demands\/([^/]+)$/, menu: ['myDemands', 'institutionWorkbench', 'demandOversight'], match: (id: string): RouteMatch => ({ page: 'demandDetail', permission: 'session', demandId: id }) },
] as const satisfies ReadonlyArray<{ pattern: RegExp; menu: readonly PageName[]; match: (id: string) => RouteMatch }>;

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** A page a visitor may open without signing in. */
export function isOpenToVisitors(route: RouteMatch): boolean {
  return menuPages.some((page) => page.name === route.page && page.isOpenToVisitors === true);
}

export function matchRoute(pathname: string): RouteMatch {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/login') return { page: 'login' };
  for (const route of detailRoutes) {
    const segment = route.pattern.exec(path)?.[1];
    if (segment === undefined) continue;
    const id = decodeSegment(segment);
    return id ? route.match(id) : { page: 'notFound' };
  }
  const page = menuPages.find((candidate) => candidate.path === path);
  return page ? { page: page.name, permission: page.permission } : { page: 'notFound' };
}

/** The menu entry a path belongs to (a detail page highlights its list, the first of `visible` when given). */
export function menuPageOf(pathname: string, visible?: readonly PageName[]): PageName | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const detail = detailRoutes.find((route) => route.pattern.test(path));
  if (detail) return detail.menu.find((name) => !visible || visible.includes(name)) ?? detail.menu[0];
  const match = matchRoute(pathname);
  if (match.page === 'login' || match.page === 'notFound' || !('permission' in match)) return undefined;
  return match.page as PageName;
}

/** Where to go after signing in: only a local path, never another site. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}
