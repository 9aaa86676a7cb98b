import { and, eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase, UseCaseContext } from '../../platform/use-case.ts';
import { findEnterpriseLabels } from '../enterprises/enterprise-lookup.ts';
import { notify } from '../notifications/notify.ts';
import { claimStatusNames, declineReasons, nextClaimStatus } from './demand-status.ts';
import { applyDemandEvent, lockDemand, recordDemandNote } from './demand-transition.ts';
import { eventAfterClaimEnded } from './end-claim.ts';
import type { DecideClaimInput } from './financing.contracts.ts';
import { financingErrors } from './financing.errors.ts';
import { demandClaims } from './financing.tables.ts';

async function ownClaim(ctx: UseCaseContext, demandId: string) {
  assertCan(ctx.actor, 'financing.handle');
  if (ctx.actor.kind !== 'user') throw financingErrors('CLAIM_NOT_FOUND');
  const demand = await lockDemand(ctx, demandId);
  const [claim] = await ctx.tx.select().from(demandClaims).where(and(eq(demandClaims.demandId, demandId), eq(demandClaims.institutionId, ctx.actor.organisationId)));
  if (!claim) throw financingErrors('CLAIM_NOT_FOUND');
  return { demand, claim };
}

function claimStep(from: string, event: string, action: { zh: string; en: string }): string {
  const to = nextClaimStatus(from, event);
  const name = claimStatusNames[from];
  if (!to) throw financingErrors('TRANSITION_REFUSED', { status: name ? `${name.zh} / ${name.en}` : from, action: `${action.zh} / ${action.en}` });
  return to;
}

async function tellEnterprise(ctx: UseCaseContext, enterpriseId: string, demandId: string, kind: string, title: { zh: string; en: string }, body: { zh: string; en: string }) {
  const enterprise = (await findEnterpriseLabels(ctx.tx, [enterpriseId])).get(enterpriseId);
  if (enterprise?.organisationId) await notify(ctx.tx, [{ to: { organisationId: enterprise.organisationId }, kind, title, body, link: `/financing/demands/${demandId}` }]);
}

/** 首次对接: the institution records that it has contacted the enterprise (the first service deadline). */
export const recordContact: UseCase<{ demandId: string; note?: string }, { status: string }> = async (input, ctx) => {
  const { demand, claim } = await ownClaim(ctx, input.demandId);
  const status = claimStep(claim.status, 'contact', { zh: '记录对接', en: 'record contact' });
  await ctx.tx.update(demandClaims).set({ status, contactedAt: ctx.now, remindedAt: null }).where(eq(demandClaims.id, claim.id));
  await recordDemandNote(ctx, demand, 'contacted', { claimId: claim.id, details: { note: input.note ?? null } });
  await ctx.audit({ action: 'financing.claim-contacted', entityType: 'financing_demand', entityId: demand.id, after: { claimId: claim.id } });
  return { status };
};

/**
 * 审批结果: approved (amount, rate, term, product type, credit / first-loan / renewal / IP-pledge
 * flags) or declined with a reason from the fixed list and words for the enterprise; a decline
 * offers the enterprise a referral.
 */
export const decideClaim: UseCase<{ demandId: string } & DecideClaimInput, { claimStatus: string; demandStatus: number }> = async (input, ctx) => {
  const { demand, claim } = await ownClaim(ctx, input.demandId);
  if (input.decision === 'approve') {
    const status = claimStep(claim.status, 'approve', { zh: '审批通过', en: 'approve' });
    const { demandId: _demandId, decision: _decision, ...approval } = input;
    await ctx.tx.update(demandClaims).set({ status, decidedAt: ctx.now, approval }).where(eq(demandClaims.id, claim.id));
    const demandStatus = await applyDemandEvent(ctx, demand, 'approved', { claimId: claim.id, action: { zh: '审批通过', en: 'approve' }, details: approval });
    await tellEnterprise(ctx, demand.enterpriseId, demand.id, 'outcome', { zh: '您的融资需求已获批', en: 'Your financing demand was approved' }, { zh: `获批 ${approval.amountFen / 1_000_000}万元，年利率 ${approval.rateBp / 100}%，期限 ${approval.termMonths} 个月`, en: `Approved ${approval.amountFen / 1_000_000}万元 at ${approval.rateBp / 100}% for ${approval.termMonths} months` });
    await ctx.audit({ action: 'financing.claim-approved', entityType: 'financing_demand', entityId: demand.id, after: { claimId: claim.id, ...approval } });
    return { claimStatus: status, demandStatus };
  }
  const status = claimStep(claim.status, 'decline', { zh: '拒绝', en: 'decline' });
  await ctx.tx.update(demandClaims).set({ status, decidedAt: ctx.now, declineReason: input.reason, declineText: input.text }).where(eq(demandClaims.id, claim.id));
  const event = await eventAfterClaimEnded(ctx.tx, demand);
  const demandStatus = await applyDemandEvent(ctx, demand, event, { claimId: claim.id, action: { zh: '拒绝', en: 'decline' }, details: { reason: input.reason, text: input.text } });
  const reason = declineReasons[input.reason];
  await tellEnterprise(
    ctx,
    demand.enterpriseId,
    demand.id,
    'outcome',
    { zh: '一家机构未批准您的融资需求', en: 'An institution declined your financing demand' },
    { zh: `原因：${reason.zh}。${input.text}${demandStatus === 410 ? '。您可以接受转介，推荐给其他机构或担保机构。' : ''}`, en: `Reason: ${reason.en}. ${input.text}${demandStatus === 410 ? '. You may accept a referral to other institutions or a guarantor.' : ''}` },
  );
  await ctx.audit({ action: 'financing.claim-declined', entityType: 'financing_demand', entityId: demand.id, after: { claimId: claim.id, reason: input.reason, text: input.text } });
  return { claimStatus: status, demandStatus };
};
