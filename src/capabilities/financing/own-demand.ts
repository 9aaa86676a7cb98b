import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import { findEnterpriseOfOrganisation } from '../enterprises/enterprise-lookup.ts';
import { lockDemand } from './demand-transition.ts';
import { financingErrors } from './financing.errors.ts';

/** The enterprise user's own demand, locked; anyone else's answers "not found". */
export async function lockOwnDemand(ctx: UseCaseContext, demandId: string) {
  assertCan(ctx.actor, 'financing.demand');
  if (ctx.actor.kind !== 'user') throw financingErrors('NO_ENTERPRISE_RECORD');
  const enterprise = await findEnterpriseOfOrganisation(ctx.tx, ctx.actor.organisationId);
  const demand = await lockDemand(ctx, demandId);
  if (!enterprise || demand.enterpriseId !== enterprise.id) throw financingErrors('DEMAND_NOT_FOUND', { demandId });
  return demand;
}
