import { eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database.ts';
import { choosePackInForce } from './choose-pack-in-force.ts';
import { storedOf, toPolicyPackSummary } from './policy-pack-row.ts';
import type { PolicyPackContent, PolicyPackSummary } from './policy-packs.contracts.ts';
import { policyPacks } from './policy-packs.tables.ts';

export interface FoundPolicyPack {
  summary: PolicyPackSummary;
  pack: PolicyPackContent;
}

/**
 * The reads other capabilities use to learn the policy (targets, subsidy lines, key tasks), so
 * that none of them queries the policy_packs table itself. No access check: the calling use case
 * has done its own.
 */
export async function findPolicyPack(tx: Transaction, id: string): Promise<FoundPolicyPack | undefined> {
  const [row] = await tx.select().from(policyPacks).where(eq(policyPacks.id, id));
  return row ? { summary: toPolicyPackSummary(row), pack: storedOf(row).pack } : undefined;
}

/** The pack whose window contains the day `date` (YYYY-MM-DD), if any. Packs are few: all are read. */
export async function findPolicyPackInForce(tx: Transaction, date: string): Promise<FoundPolicyPack | undefined> {
  const rows = await tx.select().from(policyPacks);
  const packs = rows.map((row) => ({ summary: toPolicyPackSummary(row), pack: storedOf(row).pack }));
  const chosen = choosePackInForce(packs.map((found) => found.summary), date);
  return chosen && packs.find((found) => found.summary.id === chosen.id);
}

/** The pack in force on `date`, or else the one that took effect most recently before it (a policy that has run out still defines "since the policy began"). */
export async function findLatestPolicyPack(tx: Transaction, date: string): Promise<FoundPolicyPack | undefined> {
  const inForce = await findPolicyPackInForce(tx, date);
  if (inForce) return inForce;
  const rows = await tx.select().from(policyPacks);
  const started = rows.map((row) => ({ summary: toPolicyPackSummary(row), pack: storedOf(row).pack })).filter((found) => found.summary.effectiveFrom <= date);
  return started.sort((a, b) => b.summary.effectiveFrom.localeCompare(a.summary.effectiveFrom))[0];
}
