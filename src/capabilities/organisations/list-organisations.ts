import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { dataScopeOf, type DataScope } from '../../platform/auth/data-scope.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { ListOrganisationsInput, Organisation } from './organisations.contracts.ts';
import { organisations } from './organisations.tables.ts';
import { toOrganisation } from './organisation-row.ts';

export interface OrganisationPage {
  items: Organisation[];
  total: number;
  page: number;
  pageSize: number;
}

export const listOrganisations: UseCase<ListOrganisationsInput, OrganisationPage> = async (input, ctx) => {
  assertCan(ctx.actor, 'organisations.read');
  const conditions: (SQL | undefined)[] = [scopeCondition(dataScopeOf(ctx.actor))];
  if (input.type) conditions.push(eq(organisations.type, input.type));
  if (input.search) {
    const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(organisations.name, pattern), ilike(organisations.code, pattern)));
  }
  const where = and(...conditions);
  const [totalRow] = await ctx.tx.select({ total: count() }).from(organisations).where(where);
  const rows = await ctx.tx
    .select()
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.type), asc(organisations.code))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return { items: rows.map(toOrganisation), total: Number(totalRow?.total ?? 0), page: input.page, pageSize: input.pageSize };
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
