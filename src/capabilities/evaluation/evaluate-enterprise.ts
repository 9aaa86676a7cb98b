import { assertCan } from '../../platform/auth/actor.ts';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { readRegistryFactsInScope } from '../enterprises/enterprise-facts-lookup.ts';
import type { AfterEvaluationBatch } from './evaluate-registry.ts';
import { ruleSetsInForce } from './list-rule-sets.ts';
import { storeEvaluationResults } from './store-evaluation-results.ts';

/** Re-evaluates one enterprise now (after its facts changed) and stores what changed. */
export const evaluateEnterprise: UseCase<{ uscc: string; asOf?: string; afterBatch?: AfterEvaluationBatch }, { written: number }> = async (input, ctx) => {
  assertCan(ctx.actor, 'evaluation.run');
  const record = await readRegistryFactsInScope(ctx.tx, ctx.actor, input.uscc);
  const asOf = input.asOf ?? shanghaiDate(ctx.now);
  const { evaluations, written } = await storeEvaluationResults(ctx.tx, [record], ruleSetsInForce(asOf), asOf, null);
  if (input.afterBatch && written > 0) await input.afterBatch(evaluations, ctx, null);
  if (written > 0) await ctx.audit({ action: 'evaluation.enterprise-evaluated', entityType: 'enterprise', entityId: record.enterprise.id, after: { asOf, written } });
  return { written };
};
