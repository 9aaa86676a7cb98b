import { asc } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { toPolicyPackSummary } from './policy-pack-row.ts';
import type { PolicyPackSummary } from './policy-packs.contracts.ts';
import { policyPacks } from './policy-packs.tables.ts';

/** 政策包列表, oldest window first. Policy documents are public, so anyone may read them. */
export const listPolicyPacks: UseCase<void, { items: PolicyPackSummary[] }> = async (_input, ctx) => {
  assertCan(ctx.actor, 'public');
  const rows = await ctx.tx.select().from(policyPacks).orderBy(asc(policyPacks.effectiveFrom), asc(policyPacks.id));
  return { items: rows.map(toPolicyPackSummary) };
};
