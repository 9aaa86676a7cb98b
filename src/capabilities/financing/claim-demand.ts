import { shanghaiDateTime } from '../../platform/calendar-date.ts';
import { and, eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { newId } from '../../platform/ids.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { addWorkingDays } from '../calendar/calendar-lookup.ts';
import { findEnterpriseLabels } from '../enterprises/enterprise-lookup.ts';
import { notify } from '../notifications/notify.ts';
import { countSlotHoldingClaims, institutionMaySee, isEligibleInstitution } from './demand-access.ts';
import { applyDemandEvent, lockDemand, statusLabel } from './demand-transition.ts';
import { financingErrors } from './financing.errors.ts';
import { demandClaims, demandRecipients } from './financing.tables.ts';

/**
 * 抢单: an institution claims a demand. The demand's row is locked first, so concurrent claims take
 * turns: of many institutions claiming the last slot at once exactly one wins, the others hear
 * "名额已满"; an institution never claims twice (a unique index backs this up).
 */
export const claimDemand: UseCase<{ demandId: string }, { claimId: string; contactDeadline: string; decisionDeadline: string }> = async (input, ctx) => {
  assertCan(ctx.actor, 'financing.handle');
  if (ctx.actor.kind !== 'user') throw financingErrors('NOT_AN_INSTITUTION', { code: '—' });
  const institutionId = ctx.actor.organisationId;
  const demand = await lockDemand(ctx, input.demandId);
  if (!(await institutionMaySee(ctx.tx, demand, institutionId, ctx.now))) throw financingErrors('DEMAND_NOT_FOUND', { demandId: input.demandId });
  if (demand.status !== 110 && demand.status !== 210) throw financingErrors('NOT_OPEN_FOR_CLAIMS', { status: statusLabel(demand.status) });
  const slots = await countSlotHoldingClaims(ctx.tx, demand.id);
  if (slots.institutionIds.includes(institutionId)) throw financingErrors('ALREADY_CLAIMED');
  if (slots.holding >= demand.claimCap) throw financingErrors('CLAIM_LIMIT_REACHED', { cap: demand.claimCap });
  if (demand.dispatchMode === 'chosen') {
    const [recipient] = await ctx.tx.select().from(demandRecipients).where(and(eq(demandRecipients.demandId, demand.id), eq(demandRecipients.institutionId, institutionId)));
    if (!recipient) throw financingErrors('NOT_A_RECIPIENT');
  } else {
    if (!(await isEligibleInstitution(ctx.tx, demand, institutionId, ctx.now))) throw financingErrors('NOT_ELIGIBLE');
  }
  const contactDeadline = await addWorkingDays(ctx.tx, ctx.now, demand.serviceTerms.contactWorkingDays);
  const decisionDeadline = await addWorkingDays(ctx.tx, ctx.now, demand.serviceTerms.decisionWorkingDays);
  const claimId = newId('clm');
  await ctx.tx.insert(demandClaims).values({ id: claimId, demandId: demand.id, institutionId, claimedByUserId: ctx.actor.userId, claimedAt: ctx.now, status: 'claimed', contactDeadline, decisionDeadline });
  await applyDemandEvent(ctx, demand, 'claimed', { claimId, action: { zh: '接单', en: 'claim' }, details: { institutionId } });
  const enterprise = (await findEnterpriseLabels(ctx.tx, [demand.enterpriseId])).get(demand.enterpriseId);
  if (enterprise?.organisationId) {
    await notify(ctx.tx, [
      {
        to: { organisationId: enterprise.organisationId },
        kind: 'demand_claimed',
        title: { zh: '您的融资需求已有机构接单', en: 'An institution has claimed your financing demand' },
        body: { zh: `机构须在 ${shanghaiDateTime(contactDeadline).zh}前与您联系`, en: `It must contact you before ${shanghaiDateTime(contactDeadline).en}` },
        link: `/financing/demands/${demand.id}`,
      },
    ]);
  }
  await ctx.audit({ action: 'financing.demand-claimed', entityType: 'financing_demand', entityId: demand.id, after: { claimId, institutionId } });
  return { claimId, contactDeadline: contactDeadline.toISOString(), decisionDeadline: decisionDeadline.toISOString() };
};
