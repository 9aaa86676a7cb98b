import type { MessageKey } from '../i18n/messages.ts';

/** The pages of the app. A page is in the menu only when the user holds its permission. */
export type PageName = 'home' | 'organisations' | 'users' | 'audit' | 'policyPacks';

export interface MenuPage {
  name: PageName;
  path: string;
  permission: string;
  labelKey: MessageKey;
}

export const menuPages: readonly MenuPage[] = [
  { name: 'home', path: '/', permission: 'session', labelKey: 'menu.home' },
  { name: 'policyPacks', path: '/policy-packs', permission: 'public', labelKey: 'menu.policyPacks' },
  { name: 'organisations', path: '/organisations', permission: 'organisations.read', labelKey: 'menu.organisations' },
  { name: 'users', path: '/users', permission: 'users.read', labelKey: 'menu.users' },
  { name: 'audit', path: '/audit', permission: 'audit.read', labelKey: 'menu.audit' },
];

export function visibleMenuPages(permissions: readonly string[]): MenuPage[] {
  return menuPages.filter((page) => permissions.includes(page.permission));
}

export type RouteMatch =
  | { page: PageName; permission: string }
  | { page: 'policyPackDetail'; permission: string; packId: string }
  | { page: 'login' }
  | { page: 'notFound' };

export function matchRoute(pathname: string): RouteMatch {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/login') return { page: 'login' };
  const detail = /^\/policy-packs\/([^/]+)$/.exec(path);
  if (detail?.[1]) return { page: 'policyPackDetail', permission: 'public', packId: decodeURIComponent(detail[1]) };
  const page = menuPages.find((candidate) => candidate.path === path);
  return page ? { page: page.name, permission: page.permission } : { page: 'notFound' };
}

/** The menu entry a path belongs to (a detail page highlights its list). */
export function menuPageOf(pathname: string): PageName | undefined {
  const match = matchRoute(pathname);
  if (match.page === 'policyPackDetail') return 'policyPacks';
  if (match.page === 'login' || match.page === 'notFound') return undefined;
  return match.page;
}

/** Where to go after signing in: only a local path, never another site. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}
