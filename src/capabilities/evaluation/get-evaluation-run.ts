import { desc, eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { EvaluationRunStatus, EvaluationRunView } from './evaluation.contracts.ts';
import { evaluationErrors } from './evaluation.errors.ts';
import { evaluationRuns } from './evaluation.tables.ts';

export function toRunView(row: typeof evaluationRuns.$inferSelect): EvaluationRunView {
  return {
    id: row.id,
    status: row.status as EvaluationRunStatus,
    asOf: row.asOf,
    trigger: row.trigger,
    progressDone: row.progressDone,
    progressTotal: row.progressTotal,
    resultsWritten: row.resultsWritten,
    proposalsMade: row.proposalsMade,
    failure: row.failure ?? null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** One run with its progress (a page polls it; a reload finds it again). */
export const getEvaluationRun: UseCase<{ runId: string }, EvaluationRunView> = async (input, ctx) => {
  assertCan(ctx.actor, 'evaluation.read');
  const [row] = await ctx.tx.select().from(evaluationRuns).where(eq(evaluationRuns.id, input.runId));
  if (!row) throw evaluationErrors('RUN_NOT_FOUND', { runId: input.runId });
  return toRunView(row);
};

/** The latest runs, newest first. */
export const listEvaluationRuns: UseCase<{ limit: number }, EvaluationRunView[]> = async (input, ctx) => {
  assertCan(ctx.actor, 'evaluation.read');
  const rows = await ctx.tx.select().from(evaluationRuns).orderBy(desc(evaluationRuns.createdAt)).limit(input.limit);
  return rows.map(toRunView);
};
