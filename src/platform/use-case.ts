import type { Actor } from './auth/actor.ts';
import type { DatabaseHandle, Transaction } from './db/database.ts';
import type { JobQueue } from './jobs/job-queue.ts';

/** One audit row: what changed, with its state before and after. Actor, time and request id are added. */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

export type AuditWriter = (tx: Transaction, actor: Actor, requestId: string, entry: AuditEntry) => Promise<void>;

/**
 * What every use case receives. It holds the transaction of this one business action, never the
 * pool: the change, its audit row and the jobs it enqueues commit or roll back together.
 */
export interface UseCaseContext {
  tx: Transaction;
  actor: Actor;
  requestId: string;
  now: Date;
  audit(entry: AuditEntry): Promise<void>;
  enqueue(jobName: string, data: object): Promise<void>;
}

export type UseCase<Input, Output> = (input: Input, ctx: UseCaseContext) => Promise<Output>;

export interface Call {
  actor: Actor;
  requestId: string;
}

export type RunUseCase = <Input, Output>(useCase: UseCase<Input, Output>, input: Input, call: Call) => Promise<Output>;

export function createUseCaseRunner(db: DatabaseHandle, jobs: JobQueue | undefined, writeAudit: AuditWriter): RunUseCase {
  return (useCase, input, call) =>
    db.transaction((tx) =>
      useCase(input, {
        tx,
        actor: call.actor,
        requestId: call.requestId,
        now: new Date(),
        audit: (entry) => writeAudit(tx, call.actor, call.requestId, entry),
        enqueue: async (jobName, data) => {
          if (!jobs) throw new Error(`job queue not started; cannot enqueue ${jobName}`);
          await jobs.enqueue(tx, jobName, data);
        },
      }),
    );
}
