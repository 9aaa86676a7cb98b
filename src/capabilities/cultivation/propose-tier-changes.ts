import { and, eq, inArray } from 'drizzle-orm';
import { newId } from '../../platform/ids.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import type { EnterpriseEvaluation } from '../evaluation/store-evaluation-results.ts';
import { cultivationMemberships, cultivationProposals } from './cultivation.tables.ts';
import { tierSetInUse } from './load-tier-set.ts';
import { proposeTier } from './propose-tier.ts';

/**
 * After a batch of evaluations: propose the tier changes the rules call for. A pending proposal
 * that asks for the same change stays; one that no longer fits is superseded (kept, not deleted).
 * Runs in the batch's transaction; returns how many new proposals were made.
 */
export async function proposeTierChanges(evaluations: EnterpriseEvaluation[], ctx: UseCaseContext, runId: string | null): Promise<number> {
  if (evaluations.length === 0) return 0;
  const tierSet = tierSetInUse();
  const ids = evaluations.map((evaluation) => evaluation.record.enterprise.id);
  const memberships = await ctx.tx.select({ enterpriseId: cultivationMemberships.enterpriseId, tierCode: cultivationMemberships.tierCode }).from(cultivationMemberships).where(inArray(cultivationMemberships.enterpriseId, ids));
  const pending = await ctx.tx
    .select({ id: cultivationProposals.id, enterpriseId: cultivationProposals.enterpriseId, fromTier: cultivationProposals.fromTier, toTier: cultivationProposals.toTier })
    .from(cultivationProposals)
    .where(and(inArray(cultivationProposals.enterpriseId, ids), eq(cultivationProposals.status, 'pending')));
  const tierOf = new Map(memberships.map((row) => [row.enterpriseId, row.tierCode]));
  const pendingOf = new Map(pending.map((row) => [row.enterpriseId, row]));
  const superseded: string[] = [];
  const inserts: (typeof cultivationProposals.$inferInsert)[] = [];
  for (const { record, facts, results } of evaluations) {
    const enterpriseId = record.enterprise.id;
    const currentTier = tierOf.get(enterpriseId) ?? null;
    const proposal = proposeTier(tierSet, currentTier, { facts, results });
    const open = pendingOf.get(enterpriseId);
    if (open && proposal && open.fromTier === proposal.fromTier && open.toTier === proposal.toTier) continue;
    if (open) superseded.push(open.id);
    if (!proposal) continue;
    inserts.push({ id: newId('tpr'), enterpriseId, fromTier: proposal.fromTier, toTier: proposal.toTier, reasons: proposal.reasons, tierSetVersion: `${tierSet.id}@${tierSet.version}`, runId, status: 'pending' });
  }
  if (superseded.length > 0) await ctx.tx.update(cultivationProposals).set({ status: 'superseded' }).where(inArray(cultivationProposals.id, superseded));
  if (inserts.length > 0) await ctx.tx.insert(cultivationProposals).values(inserts);
  return inserts.length;
}
