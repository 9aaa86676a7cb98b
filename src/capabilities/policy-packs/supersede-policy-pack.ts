import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { storedOf, toPolicyPackSummary } from './policy-pack-row.ts';
import type { PolicyPackSummary, SupersedePolicyPackInput } from './policy-packs.contracts.ts';
import { policyPackErrors } from './policy-packs.errors.ts';
import { policyPacks } from './policy-packs.tables.ts';

/** 替代政策包: marks a pack superseded by another. Its window and content stay, so its results stay reportable. */
export const supersedePolicyPack: UseCase<SupersedePolicyPackInput, PolicyPackSummary> = async (input, ctx) => {
  assertCan(ctx.actor, 'policy.manage');
  if (input.id === input.supersededBy) throw policyPackErrors('CANNOT_SUPERSEDE_ITSELF', { id: input.id });
  const [row] = await ctx.tx.select().from(policyPacks).where(eq(policyPacks.id, input.id));
  if (!row) throw policyPackErrors('POLICY_PACK_NOT_FOUND', { id: input.id });
  const [successor] = await ctx.tx.select().from(policyPacks).where(eq(policyPacks.id, input.supersededBy));
  if (!successor) throw policyPackErrors('POLICY_PACK_NOT_FOUND', { id: input.supersededBy });
  if (storedOf(successor).supersededBy === input.id) throw policyPackErrors('SUPERSEDE_CYCLE', input);

  const stored = storedOf(row);
  if (row.status === 'superseded' && stored.supersededBy === input.supersededBy) return toPolicyPackSummary(row);
  const [updated] = await ctx.tx
    .update(policyPacks)
    .set({ status: 'superseded', content: { ...stored, supersededBy: input.supersededBy } })
    .where(eq(policyPacks.id, input.id))
    .returning();
  await ctx.audit({
    action: 'policy-pack.supersede',
    entityType: 'policy_pack',
    entityId: input.id,
    before: { status: row.status, supersededBy: stored.supersededBy },
    after: { status: 'superseded', supersededBy: input.supersededBy },
  });
  return toPolicyPackSummary(updated!);
};
