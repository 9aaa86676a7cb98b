import type { KeJinTong } from '../../app/kejintong.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import { KjtError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { JobDefinition } from '../../platform/jobs/job-queue.ts';
import type { AfterEvaluationBatch } from './evaluate-registry.ts';
import { evaluationJobNames } from './evaluation.contracts.ts';
import { driveEvaluationRun } from './run-evaluation.ts';
import { startEvaluationRun } from './start-evaluation-run.ts';

export interface EvaluationRunJobData {
  runId: string;
  actor: Actor;
}

/** The re-evaluation a user asked for, and the weekly one (Monday 02:30) that proposes tier changes. */
export function evaluationJobDefinitions(kjt: Pick<KeJinTong, 'run'>, options: { afterBatch?: AfterEvaluationBatch } = {}): JobDefinition<any>[] {
  return [
    {
      name: evaluationJobNames.run,
      handle: (data: EvaluationRunJobData) => driveEvaluationRun(kjt.run, { actor: data.actor, requestId: newId('job') }, data.runId, { afterBatch: options.afterBatch }),
    },
    {
      name: evaluationJobNames.scheduled,
      cron: '30 2 * * 1',
      handle: async () => {
        const call = { actor: systemActor('job'), requestId: newId('job') };
        try {
          const started = await kjt.run(startEvaluationRun, { trigger: 'schedule', execution: 'caller' }, call);
          await driveEvaluationRun(kjt.run, call, started.id, { afterBatch: options.afterBatch });
        } catch (error) {
          // A run someone started by hand is still going: this week's is covered by it.
          if (error instanceof KjtError && error.code === 'RUN_IN_PROGRESS') return;
          throw error;
        }
      },
    },
  ];
}
