import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { logDataAccess } from '../consent/log-data-access.ts';
import { claimsReadableOnlyBy, findVisibleDemand, mayReadRatings } from './demand-access.ts';
import { buildDemandView } from './demand-view.ts';
import { audiencePermission, type DemandAudience, type DemandView } from './financing.contracts.ts';
import { financingDemands } from './financing.tables.ts';

/** 需求详情 with its status timeline, for whoever may see it; an institution's read is logged for the enterprise. */
export const getDemand: UseCase<{ demandId: string; audience: DemandAudience }, DemandView> = async (input, ctx) => {
  assertCan(ctx.actor, audiencePermission[input.audience]);
  const [row] = await ctx.tx.select().from(financingDemands).where(eq(financingDemands.id, input.demandId));
  const demand = await findVisibleDemand(ctx.tx, ctx.actor, input.demandId, row, ctx.now);
  await logDataAccess(ctx.tx, ctx.actor, [{ enterpriseId: demand.enterpriseId, scopes: ['demand'], basis: 'demand', basisId: demand.id }]);
  return buildDemandView(ctx.tx, demand, { isRatingShown: mayReadRatings(ctx.actor), onlyInstitutionId: claimsReadableOnlyBy(ctx.actor) });
};
