import { sql } from 'drizzle-orm';
import { PgBoss, fromDrizzle, fromPglite } from 'pg-boss';
import type { DatabaseHandle, Transaction } from '../db/database.ts';

/** A background job a capability offers: a name, its handler and, optionally, a cron schedule. */
export interface JobDefinition<Data extends object = Record<string, unknown>> {
  name: string;
  /** Cron in Asia/Shanghai, e.g. `0 3 * * *` for 03:00 every day. */
  cron?: string;
  handle(data: Data): Promise<void>;
}

export interface JobQueue {
  /** Enqueues inside the caller's transaction: if that transaction rolls back, the job is gone too. */
  enqueue(tx: Transaction, name: string, data: object): Promise<string | null>;
  start(definitions: JobDefinition<any>[], options?: { isWorking?: boolean }): Promise<void>;
  stop(): Promise<void>;
  boss: PgBoss;
}

export const jobSchema = 'pgboss';

export function createJobQueue(handle: DatabaseHandle): JobQueue {
  const boss =
    handle.kind === 'pglite' && handle.pglite
      ? new PgBoss({ db: fromPglite(handle.pglite), backend: 'pglite', schema: jobSchema })
      : new PgBoss({ connectionString: requiredUrl(), schema: jobSchema, max: 4 });
  boss.on('error', (error) => {
    console.error(`[jobs] ${error instanceof Error ? error.message : String(error)}`);
  });
  const queue: JobQueue = {
    boss,
    enqueue: (tx, name, data) => boss.send(name, data, { db: fromDrizzle(tx as never, sql as never) }),
    async start(definitions, options = {}) {
      await boss.start();
      for (const definition of definitions) {
        await boss.createQueue(definition.name);
        if (options.isWorking === false) continue;
        await boss.work(definition.name, async (jobs) => {
          for (const job of jobs) await definition.handle(job.data as object);
        });
        if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: 'Asia/Shanghai' });
      }
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
  return queue;

  function requiredUrl(): string {
    if (!process.env.DATABASE_URL && !handle.pool) throw new Error('no database url for the job queue');
    return (handle.pool?.options as { connectionString?: string } | undefined)?.connectionString ?? process.env.DATABASE_URL!;
  }
}
