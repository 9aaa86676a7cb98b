import type { KeJinTong } from '../../app/kejintong.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import { newId } from '../../platform/ids.ts';
import type { JobDefinition } from '../../platform/jobs/job-queue.ts';
import { sweepDemandDeadlines } from './sweep-demand-deadlines.ts';

export const financingJobNames = { sweep: 'financing.sweep-deadlines' } as const;

/** Every 15 minutes: missed service deadlines, re-openings, reminders. */
export function financingJobDefinitions(kjt: Pick<KeJinTong, 'run'>): JobDefinition<any>[] {
  return [
    {
      name: financingJobNames.sweep,
      cron: '*/15 * * * *',
      handle: async () => {
        await kjt.run(sweepDemandDeadlines, {}, { actor: systemActor('job'), requestId: newId('job') });
      },
    },
  ];
}
