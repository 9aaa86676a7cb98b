import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { toPolicyPackDetail } from './policy-pack-row.ts';
import type { PolicyPackDetail, PolicyPackIdInput } from './policy-packs.contracts.ts';
import { policyPackErrors } from './policy-packs.errors.ts';
import { policyPacks } from './policy-packs.tables.ts';

/** One pack in full: targets, subsidy lines with their open parameters flagged, tasks, departments. */
export const getPolicyPack: UseCase<PolicyPackIdInput, PolicyPackDetail> = async (input, ctx) => {
  assertCan(ctx.actor, 'public');
  const [row] = await ctx.tx.select().from(policyPacks).where(eq(policyPacks.id, input.id));
  if (!row) throw policyPackErrors('POLICY_PACK_NOT_FOUND', { id: input.id });
  return toPolicyPackDetail(row);
};
