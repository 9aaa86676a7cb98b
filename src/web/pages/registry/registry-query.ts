import type { EnterpriseQuery, EnterpriseSortField, SizeClass } from '../../api/registry-api.ts';
import type { QualificationKind } from '../../api/types.ts';
import { qualificationKinds, sizeClasses } from '../../i18n/registry-names.ts';

/**
 * The registry list keeps its search, filters, sort and page in the address, so that going back
 * from an enterprise's page, a reload or a shared link shows the same list.
 */
export const defaultPageSize = 20;
const sortFields: readonly EnterpriseSortField[] = ['name', 'uscc', 'foundedOn', 'updatedAt'];
const pageSizes = [10, 20, 50, 100];

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function positiveInteger(value: string | null): number | undefined {
  const parsed = Number(value);
  return value && Number.isSafeInteger(parsed) && parsed > 0 ? parsed : undefined;
}

function text(value: string | null, maxLength: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, maxLength) : undefined;
}

export function parseRegistryQuery(search: URLSearchParams): EnterpriseQuery {
  const pageSize = positiveInteger(search.get('pageSize'));
  return {
    search: text(search.get('search'), 100),
    districtCode: text(search.get('districtCode'), 20),
    industryCode: text(search.get('industryCode'), 5)?.toUpperCase(),
    qualification: oneOf<QualificationKind>(search.get('qualification'), qualificationKinds),
    sizeClass: oneOf<SizeClass>(search.get('sizeClass'), sizeClasses),
    sortBy: oneOf(search.get('sortBy'), sortFields),
    sortOrder: oneOf(search.get('sortOrder'), ['asc', 'desc'] as const),
    page: positiveInteger(search.get('page')) ?? 1,
    pageSize: pageSize && pageSizes.includes(pageSize) ? pageSize : defaultPageSize,
  };
}

/** The address of the list for a query; defaults are left out so that the plain list is `/enterprises`. */
export function registryHref(query: EnterpriseQuery): string {
  const params = new URLSearchParams();
  for (const key of ['search', 'districtCode', 'industryCode', 'qualification', 'sizeClass', 'sortBy', 'sortOrder'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.page > 1) params.set('page', String(query.page));
  if (query.pageSize !== defaultPageSize) params.set('pageSize', String(query.pageSize));
  const search = params.toString();
  return search ? `/enterprises?${search}` : '/enterprises';
}

/** The filters only: what the export takes. */
export function filtersOf(query: EnterpriseQuery): Omit<EnterpriseQuery, 'page' | 'pageSize'> {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return filters;
}

let lastListHref = '/enterprises';

/** Remembered while the app is open, so that 返回 on an enterprise's page returns to the list as it was. */
export function rememberListHref(href: string): void {
  lastListHref = href;
}

export function listHref(): string {
  return lastListHref;
}
