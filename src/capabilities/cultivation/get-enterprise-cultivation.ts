import { desc, eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { readRegistryFactsInScope } from '../enterprises/enterprise-facts-lookup.ts';
import type { EnterpriseCultivation } from './cultivation.contracts.ts';
import { cultivationMemberships, cultivationProposals } from './cultivation.tables.ts';
import { toProposalView } from './list-tier-proposals.ts';
import { tierSetInUse } from './load-tier-set.ts';

/** One enterprise's tier and its whole history of proposals and decisions (portrait page). */
export const getEnterpriseCultivation: UseCase<{ uscc: string }, EnterpriseCultivation> = async (input, ctx) => {
  assertCan(ctx.actor, 'evaluation.read');
  const { enterprise } = await readRegistryFactsInScope(ctx.tx, ctx.actor, input.uscc);
  const [membership] = await ctx.tx.select().from(cultivationMemberships).where(eq(cultivationMemberships.enterpriseId, enterprise.id));
  const history = await ctx.tx.select().from(cultivationProposals).where(eq(cultivationProposals.enterpriseId, enterprise.id)).orderBy(desc(cultivationProposals.proposedAt), desc(cultivationProposals.id));
  const tiers = tierSetInUse().tiers;
  const tier = membership ? tiers.find((candidate) => candidate.code === membership.tierCode) : undefined;
  return {
    tier: membership ? { code: membership.tierCode, name: tier?.name ?? { zh: membership.tierCode, en: membership.tierCode }, since: membership.since } : null,
    history: history.map((row) => toProposalView(row, enterprise)),
    tierNames: tiers.map((entry) => ({ code: entry.code, name: entry.name })),
  };
};
