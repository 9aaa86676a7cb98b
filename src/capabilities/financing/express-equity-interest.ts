import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findEnterpriseLabels } from '../enterprises/enterprise-lookup.ts';
import { findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import { notify } from '../notifications/notify.ts';
import { findVisibleDemand } from './demand-access.ts';
import { recordDemandNote } from './demand-transition.ts';
import { financingErrors } from './financing.errors.ts';
import { equityInterests, financingDemands } from './financing.tables.ts';

/** 投资意向: an investor that may see an equity demand says it is interested; the enterprise is told. */
export const expressEquityInterest: UseCase<{ demandId: string; note?: string }, { isNew: boolean }> = async (input, ctx) => {
  assertCan(ctx.actor, 'financing.handle');
  if (ctx.actor.kind !== 'user') throw financingErrors('NOT_AN_INSTITUTION', { code: '—' });
  const [row] = await ctx.tx.select().from(financingDemands).where(eq(financingDemands.id, input.demandId));
  const demand = await findVisibleDemand(ctx.tx, ctx.actor, input.demandId, row, ctx.now);
  if (demand.kind !== 'equity') throw financingErrors('NOT_EQUITY', { demandId: demand.id });
  const inserted = await ctx.tx.insert(equityInterests).values({ demandId: demand.id, institutionId: ctx.actor.organisationId, note: input.note ?? null, expressedAt: ctx.now }).onConflictDoNothing().returning();
  if (inserted.length === 0) return { isNew: false };
  await recordDemandNote(ctx, demand, 'interest_expressed', { details: { institutionId: ctx.actor.organisationId } });
  const investor = (await findOrganisationsByIds(ctx.tx, [ctx.actor.organisationId])).get(ctx.actor.organisationId);
  const enterprise = (await findEnterpriseLabels(ctx.tx, [demand.enterpriseId])).get(demand.enterpriseId);
  if (enterprise?.organisationId) {
    await notify(ctx.tx, [{ to: { organisationId: enterprise.organisationId }, kind: 'equity_interest', title: { zh: `${investor?.name ?? '一家投资机构'}对您的股权融资需求有意向`, en: `${investor?.name ?? 'An investor'} is interested in your equity demand` }, body: { zh: input.note ?? '', en: input.note ?? '' }, link: `/financing/demands/${demand.id}` }]);
  }
  await ctx.audit({ action: 'financing.equity-interest', entityType: 'financing_demand', entityId: demand.id, after: { institutionId: ctx.actor.organisationId, note: input.note ?? null } });
  return { isNew: true };
};
