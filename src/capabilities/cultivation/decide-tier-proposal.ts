import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { dataScopeOf, isInScope } from '../../platform/auth/data-scope.ts';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findEnterpriseLabels } from '../enterprises/enterprise-lookup.ts';
import type { DecideProposalInput, ProposalView } from './cultivation.contracts.ts';
import { cultivationErrors } from './cultivation.errors.ts';
import { cultivationMemberships, cultivationProposals } from './cultivation.tables.ts';
import { tierSetInUse } from './load-tier-set.ts';
import { toProposalView } from './list-tier-proposals.ts';

/**
 * 审核调整建议: an officer approves the proposed tier, or overrides it with another tier (or none)
 * and a written reason. The membership, the decision and the audit row commit together.
 */
export const decideTierProposal: UseCase<DecideProposalInput, ProposalView> = async (input, ctx) => {
  assertCan(ctx.actor, 'cultivation.decide');
  const [proposal] = await ctx.tx.select().from(cultivationProposals).where(eq(cultivationProposals.id, input.proposalId)).for('update');
  const labels = await findEnterpriseLabels(ctx.tx, proposal ? [proposal.enterpriseId] : []);
  const enterprise = proposal ? labels.get(proposal.enterpriseId) : undefined;
  // Out of scope answers like "not found", so that nothing leaks.
  if (!proposal || !enterprise || !isInScope(dataScopeOf(ctx.actor), enterprise)) throw cultivationErrors('PROPOSAL_NOT_FOUND', { proposalId: input.proposalId });
  if (proposal.status !== 'pending') throw cultivationErrors('PROPOSAL_DECIDED', { status: proposal.status });
  const [membership] = await ctx.tx.select().from(cultivationMemberships).where(eq(cultivationMemberships.enterpriseId, proposal.enterpriseId));
  const currentTier = membership?.tierCode ?? null;
  if (currentTier !== proposal.fromTier) throw cultivationErrors('PROPOSAL_STALE', { current: currentTier ?? '—' });

  let decidedTier = proposal.toTier;
  const reason = input.reason?.trim() ?? '';
  if (input.decision === 'override') {
    if ([...reason].length < 5) throw cultivationErrors('OVERRIDE_REASON_REQUIRED');
    decidedTier = input.tierCode ?? null;
  }
  if (decidedTier !== null && !tierSetInUse().tiers.some((tier) => tier.code === decidedTier)) throw cultivationErrors('UNKNOWN_TIER', { tierCode: decidedTier });

  const status = input.decision === 'approve' ? 'approved' : 'overridden';
  const [decided] = await ctx.tx
    .update(cultivationProposals)
    .set({ status, decidedTier, decisionReason: reason || null, decidedByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null, decidedAt: ctx.now })
    .where(eq(cultivationProposals.id, proposal.id))
    .returning();
  if (decidedTier === null) {
    await ctx.tx.delete(cultivationMemberships).where(eq(cultivationMemberships.enterpriseId, proposal.enterpriseId));
  } else if (decidedTier !== currentTier) {
    const values = { tierCode: decidedTier, since: shanghaiDate(ctx.now), decisionId: proposal.id, updatedAt: ctx.now };
    await ctx.tx.insert(cultivationMemberships).values({ enterpriseId: proposal.enterpriseId, ...values }).onConflictDoUpdate({ target: cultivationMemberships.enterpriseId, set: values });
  }
  await ctx.audit({
    action: `cultivation.proposal-${status}`,
    entityType: 'enterprise',
    entityId: proposal.enterpriseId,
    before: { tier: currentTier, proposed: proposal.toTier },
    after: { tier: decidedTier, reason: reason || null },
  });
  return toProposalView(decided as typeof cultivationProposals.$inferSelect, enterprise);
};
