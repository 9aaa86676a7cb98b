import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { dataScopeOf, type DataScope } from '../../platform/auth/data-scope.ts';
import { containsPattern, selectPage, type Page } from '../../platform/db/paging.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { ListOrganisationsInput, Organisation } from './organisations.contracts.ts';
import { organisations } from './organisations.tables.ts';
import { toOrganisation } from './organisation-row.ts';

export type OrganisationPage = Page<Organisation>;

export const listOrganisations: UseCase<ListOrganisationsInput, OrganisationPage> = async (input, ctx) => {
  assertCan(ctx.actor, 'organisations.read');
  const conditions: (SQL | undefined)[] = [scopeCondition(dataScopeOf(ctx.actor))];
  if (input.type) conditions.push(eq(organisations.type, input.type));
  if (input.search) {
    const pattern = containsPattern(input.search);
    conditions.push(or(ilike(organisations.name, pattern), ilike(organisations.code, pattern)));
  }
  const { rows, total } = await selectPage(ctx.tx, organisations, and(...conditions), [asc(organisations.type), asc(organisations.code)], input);
  return { items: rows.map(toOrganisation), total, page: input.page, pageSize: input.pageSize };
};

/**
 * City-wide roles see every organisation; a district officer sees those of the district and the
 * city-level bodies (which have no district); everyone else sees only their own organisation.
 */
function scopeCondition(scope: DataScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'district':
      return eq(organisations.districtCode, scope.districtCode);
    case 'organisation':
      return eq(organisations.id, scope.organisationId);
    case 'none':
      return eq(organisations.id, '');
  }
}
