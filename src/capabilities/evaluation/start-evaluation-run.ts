import { and, desc, gt, inArray } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import { newId } from '../../platform/ids.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { countRegistryEnterprises } from '../enterprises/enterprise-facts-lookup.ts';
import { evaluationJobNames, type EvaluationRunView } from './evaluation.contracts.ts';
import { evaluationErrors } from './evaluation.errors.ts';
import { evaluationRuns } from './evaluation.tables.ts';
import { ruleSetsInForce } from './list-rule-sets.ts';
import { toRunView } from './get-evaluation-run.ts';

/** A run that has not moved for this long is taken to have died with its process. */
const staleRunHours = 6;

export interface StartEvaluationRunInput {
  asOf?: string;
  trigger: 'schedule' | 'cli' | 'api';
  /** `job`: a background job does the work (API, schedule); `caller`: the caller drives it (CLI, tests, benchmark). */
  execution: 'job' | 'caller';
}

/** 批量评价: records a registry re-evaluation and, for the API and the schedule, hands it to a job. */
export const startEvaluationRun: UseCase<StartEvaluationRunInput, EvaluationRunView> = async (input, ctx) => {
  assertCan(ctx.actor, 'evaluation.run');
  const asOf = input.asOf ?? shanghaiDate(ctx.now);
  if (ruleSetsInForce(asOf).length === 0) throw evaluationErrors('NO_RULE_SET_IN_FORCE', { asOf });
  const since = new Date(ctx.now.getTime() - staleRunHours * 3600_000);
  const [active] = await ctx.tx
    .select({ id: evaluationRuns.id })
    .from(evaluationRuns)
    .where(and(inArray(evaluationRuns.status, ['queued', 'running']), gt(evaluationRuns.createdAt, since)))
    .orderBy(desc(evaluationRuns.createdAt))
    .limit(1);
  if (active) throw evaluationErrors('RUN_IN_PROGRESS', { runId: active.id });
  const total = await countRegistryEnterprises(ctx.tx);
  const [row] = await ctx.tx
    .insert(evaluationRuns)
    .values({
      id: newId('evr'),
      status: 'queued',
      asOf,
      trigger: input.trigger,
      progressTotal: total,
      requestedByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await ctx.audit({ action: 'evaluation.run-started', entityType: 'evaluation_run', entityId: row.id, after: { asOf, trigger: input.trigger, total } });
  if (input.execution === 'job') await ctx.enqueue(evaluationJobNames.run, { runId: row.id, actor: ctx.actor });
  return toRunView(row);
};
