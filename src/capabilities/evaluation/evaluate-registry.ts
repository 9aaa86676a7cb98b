import { eq, sql } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase, UseCaseContext } from '../../platform/use-case.ts';
import { readRegistryFactsPage } from '../enterprises/enterprise-facts-lookup.ts';
import { evaluationRuns } from './evaluation.tables.ts';
import { ruleSetsInForce } from './list-rule-sets.ts';
import { storeEvaluationResults, type EnterpriseEvaluation } from './store-evaluation-results.ts';

/** What runs after each batch's results are stored, in the same transaction (the 培育库's tier proposals). */
export type AfterEvaluationBatch = (evaluations: EnterpriseEvaluation[], ctx: UseCaseContext, runId: string | null) => Promise<number>;

export interface EvaluateRegistryBatchInput {
  runId: string;
  asOf: string;
  afterId?: string;
  limit: number;
  afterBatch?: AfterEvaluationBatch;
}

export interface EvaluateRegistryBatchOutput {
  lastId: string | undefined;
  evaluated: number;
  written: number;
  proposals: number;
}

/**
 * One batch of a registry re-evaluation, in one transaction: read a page of facts, store the
 * results that changed, let the 培育库 propose tier changes, advance the run's progress.
 */
export const evaluateRegistryBatch: UseCase<EvaluateRegistryBatchInput, EvaluateRegistryBatchOutput> = async (input, ctx) => {
  assertCan(ctx.actor, 'evaluation.run');
  const records = await readRegistryFactsPage(ctx.tx, { afterId: input.afterId, limit: input.limit });
  const ruleSets = ruleSetsInForce(input.asOf);
  const { evaluations, written } = await storeEvaluationResults(ctx.tx, records, ruleSets, input.asOf, input.runId);
  const proposals = input.afterBatch ? await input.afterBatch(evaluations, ctx, input.runId) : 0;
  await ctx.tx
    .update(evaluationRuns)
    .set({
      status: 'running',
      progressDone: sql`${evaluationRuns.progressDone} + ${records.length}`,
      resultsWritten: sql`${evaluationRuns.resultsWritten} + ${written}`,
      proposalsMade: sql`${evaluationRuns.proposalsMade} + ${proposals}`,
    })
    .where(eq(evaluationRuns.id, input.runId));
  return { lastId: records.at(-1)?.enterprise.id, evaluated: records.length, written, proposals };
};
