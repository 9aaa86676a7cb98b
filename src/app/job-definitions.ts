import { verifyAuditChain } from '../capabilities/audit/verify-audit-chain.ts';
import { proposeTierChanges } from '../capabilities/cultivation/propose-tier-changes.ts';
import { evaluationJobDefinitions } from '../capabilities/evaluation/evaluation.jobs.ts';
import { financingJobDefinitions } from '../capabilities/financing/financing.jobs.ts';
import { importJobDefinitions } from '../capabilities/imports/imports.jobs.ts';
import { systemActor } from '../platform/auth/actor.ts';
import { newId } from '../platform/ids.ts';
import type { JobDefinition } from '../platform/jobs/job-queue.ts';
import type { KeJinTong } from './kejintong.ts';

export const auditVerifyJobName = 'audit.verify-chain';

/** Every background job of the platform, with its schedule. */
export function jobDefinitions(kjt: Pick<KeJinTong, 'run'>): JobDefinition<any>[] {
  const call = () => ({ actor: systemActor('job'), requestId: newId('job') });
  return [
    {
      name: auditVerifyJobName,
      cron: '15 3 * * *',
      handle: async () => {
        await kjt.run(verifyAuditChain, { trigger: 'schedule' }, call());
      },
    },
    ...importJobDefinitions(kjt),
    ...evaluationJobDefinitions(kjt, { afterBatch: proposeTierChanges }),
    ...financingJobDefinitions(kjt),
  ];
}
