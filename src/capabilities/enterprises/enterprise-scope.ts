import { eq, sql, type SQL } from 'drizzle-orm';
import { dataScopeOf } from '../../platform/auth/data-scope.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { enterprises } from './enterprises.tables.ts';

/**
 * Which enterprises an actor may see: city-wide roles all, a district officer those registered in
 * the district, an enterprise user its own. Institutions see none until consent exists.
 */
export function enterpriseScopeCondition(actor: Actor): SQL | undefined {
  const scope = dataScopeOf(actor);
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'district':
      return eq(enterprises.districtCode, scope.districtCode);
    case 'organisation':
      return eq(enterprises.organisationId, scope.organisationId);
    case 'none':
      return sql`false`;
  }
}
