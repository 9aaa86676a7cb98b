import { and, count, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { Page } from '../../platform/db/paging.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { logDataAccess } from '../consent/log-data-access.ts';
import { enterpriseIdsInScope, findEnterpriseLabels, findEnterpriseOfOrganisation } from '../enterprises/enterprise-lookup.ts';
import { findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import { audiencePermission, type DemandAudience, type DemandSummary, type ListDemandsInput } from './financing.contracts.ts';
import { financingDemands } from './financing.tables.ts';
import { claimsReadableOnlyBy, demandIdsVisibleToInstitution } from './demand-access.ts';
import { findClaimsByDemand, toDemandSummary } from './demand-view.ts';

const bandRanges = { waiting: [100, 200], handling: [200, 300], financed: [300, 400], not_financed: [400, 500], closed: [500, 600] } as const;

/** 需求列表: the enterprise's own, an institution's inbox (addressed, claimed, or open in a kind it offers), or the overseer's scope. */
export const listDemands: UseCase<ListDemandsInput & { audience: DemandAudience }, Page<DemandSummary>> = async (input, ctx) => {
  assertCan(ctx.actor, audiencePermission[input.audience]);
  const conditions: (SQL | undefined)[] = [];
  if (ctx.actor.kind === 'user' && input.audience === 'enterprise') {
    const own = await findEnterpriseOfOrganisation(ctx.tx, ctx.actor.organisationId);
    conditions.push(eq(financingDemands.enterpriseId, own?.id ?? ''));
  } else if (ctx.actor.kind === 'user' && input.audience === 'institution') {
    conditions.push(inArray(financingDemands.id, await demandIdsVisibleToInstitution(ctx.tx, ctx.actor.organisationId, ctx.now)));
  } else {
    conditions.push(sql`${financingDemands.enterpriseId} in ${enterpriseIdsInScope(ctx.actor)}`);
  }
  if (input.status !== undefined) conditions.push(eq(financingDemands.status, input.status));
  if (input.band) conditions.push(gte(financingDemands.status, bandRanges[input.band][0]), lt(financingDemands.status, bandRanges[input.band][1]));
  const where = and(...conditions);
  const [total] = await ctx.tx.select({ n: count() }).from(financingDemands).where(where);
  const rows = await ctx.tx.select().from(financingDemands).where(where).orderBy(desc(financingDemands.postedAt), desc(financingDemands.id)).limit(input.pageSize).offset((input.page - 1) * input.pageSize);
  const labels = await findEnterpriseLabels(ctx.tx, rows.map((row) => row.enterpriseId));
  // The page's claims in one read, the same read the detail makes, so the list shows what the detail would.
  const claims = await findClaimsByDemand(ctx.tx, rows.map((row) => row.id));
  const institutions = await findOrganisationsByIds(ctx.tx, [...claims.values()].flat().map((claim) => claim.institutionId));
  await logDataAccess(ctx.tx, ctx.actor, rows.map((row) => ({ enterpriseId: row.enterpriseId, scopes: ['demand'], basis: 'demand' as const, basisId: row.id })));
  return { items: rows.map((row) => toDemandSummary(row, labels.get(row.enterpriseId), claims.get(row.id) ?? [], institutions, claimsReadableOnlyBy(ctx.actor))), total: total?.n ?? 0, page: input.page, pageSize: input.pageSize };
};
