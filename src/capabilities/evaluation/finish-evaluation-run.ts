import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { evaluationRuns } from './evaluation.tables.ts';

/** Marks a run finished, or failed with the error people will read. */
export const finishEvaluationRun: UseCase<{ runId: string; failure?: { code: string; message: { zh: string; en: string } } }, void> = async (input, ctx) => {
  assertCan(ctx.actor, 'evaluation.run');
  await ctx.tx
    .update(evaluationRuns)
    .set({ status: input.failure ? 'failed' : 'finished', failure: input.failure ?? null, finishedAt: ctx.now })
    .where(eq(evaluationRuns.id, input.runId));
  await ctx.audit({ action: input.failure ? 'evaluation.run-failed' : 'evaluation.run-finished', entityType: 'evaluation_run', entityId: input.runId, after: input.failure ?? null });
};
