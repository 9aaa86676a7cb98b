import { sql } from 'drizzle-orm';
import { PgBoss, fromDrizzle, fromPglite, type ConstructorOptions } from 'pg-boss';
import type { DatabaseHandle, Transaction } from '../db/database.ts';

/** A background job a capability offers: a name, its handler and, optionally, a cron schedule. */
export interface JobDefinition<Data extends object = Record<string, unknown>> {
  name: string;
  /** Cron in Asia/Shanghai, e.g. `0 3 * * *` for 03:00 every day. */
  cron?: string;
  /** pg-boss delivers at least once (a crashed or timed-out run is retried): `job.id` lets a handler skip repeats. */
  handle(data: Data, job: { id: string }): Promise<void>;
}

export interface JobQueueStartOptions {
  /** Work jobs and run schedules in this process (servers do); one-shot commands only enqueue. */
  isWorking?: boolean;
  /**
   * Seconds between the passes that turn due schedule occurrences into jobs, and between polls of
   * each queue. Left unset, pg-boss's defaults apply (a pass every 30 s); tests shorten it.
   */
  pollSeconds?: number;
}

export interface JobQueue {
  /** Enqueues inside the caller's transaction: if that transaction rolls back, the job is gone too. */
  enqueue(tx: Transaction, name: string, data: object): Promise<string | null>;
  /** Starts pg-boss (again, after a stop) and registers the definitions. */
  start(definitions: JobDefinition<any>[], options?: JobQueueStartOptions): Promise<void>;
  /** Registers more definitions on a started queue: tests add their own jobs this way. */
  register(definitions: JobDefinition<any>[]): Promise<void>;
  /** Waits up to 5 s for running handlers (jobs still running then are retried later), then stops every timer. Safe to call twice. */
  stop(): Promise<void>;
  /** The pg-boss instance while started, for tests and operations tooling. */
  readonly boss: PgBoss;
}

export const jobSchema = 'pgboss';
export const scheduleTimeZone = 'Asia/Shanghai';

export function createJobQueue(handle: DatabaseHandle): JobQueue {
  let boss: PgBoss | undefined;
  let startOptions: JobQueueStartOptions = {};
  // Every queue this process created. pg-boss looks up a queue it has not cached on its own
  // connection, and on PGlite (one connection) that waits for the very transaction enqueuing the
  // job: an unknown name would hang the request instead of failing it.
  const queueNames = new Set<string>();

  const started = (): PgBoss => {
    if (!boss) throw new Error('job queue not started');
    return boss;
  };

  const register = async (definitions: JobDefinition<any>[]): Promise<void> => {
    const current = started();
    for (const definition of definitions) {
      await current.createQueue(definition.name);
      queueNames.add(definition.name);
      if (!startOptions.isWorking) continue;
      const pollingOptions = startOptions.pollSeconds ? { pollingIntervalSeconds: startOptions.pollSeconds } : {};
      await current.work(definition.name, pollingOptions, async (jobs) => {
        for (const job of jobs) await definition.handle(job.data as object, { id: job.id });
      });
      // Schedules live in the database, so a cron taken out of a definition must be removed there.
      if (definition.cron) await current.schedule(definition.name, definition.cron, {}, { tz: scheduleTimeZone });
      else await current.unschedule(definition.name);
    }
  };

  const stop = async (): Promise<void> => {
    const stopping = boss;
    boss = undefined;
    queueNames.clear();
    await stopping?.stop({ graceful: true, timeout: 5000 });
  };

  return {
    get boss() {
      return started();
    },
    async enqueue(tx, name, data) {
      const current = started();
      if (!queueNames.has(name)) throw new Error(`unknown job ${name}: no started job definition has that name`);
      return current.send(name, data, { db: fromDrizzle(tx, sql) });
    },
    async start(definitions, options = {}) {
      if (boss) throw new Error('job queue already started');
      startOptions = options;
      boss = new PgBoss(bossOptions(handle, options));
      boss.on('error', (error) => {
        console.error(`[jobs] ${error instanceof Error ? error.message : String(error)}`);
      });
      boss.on('warning', (warning) => {
        console.warn(`[jobs] warning: ${typeof warning === 'object' && warning && 'message' in warning ? String(warning.message) : JSON.stringify(warning)}`);
      });
      try {
        await boss.start();
        await register(definitions);
      } catch (error) {
        // A half-started pg-boss keeps polling a database that the caller is about to close.
        await stop();
        throw error;
      }
    },
    register,
    stop,
  };
}

function bossOptions(handle: DatabaseHandle, options: JobQueueStartOptions): ConstructorOptions {
  const isWorking = options.isWorking ?? false;
  const common: ConstructorOptions = {
    schema: jobSchema,
    // A process that only enqueues runs no schedule passes and no maintenance.
    schedule: isWorking,
    supervise: isWorking,
    ...(options.pollSeconds ? { cronMonitorIntervalSeconds: options.pollSeconds, cronWorkerIntervalSeconds: options.pollSeconds } : {}),
  };
  if (handle.kind === 'pglite') {
    if (!handle.pglite) throw new Error('PGlite handle without a PGlite instance');
    return { ...common, db: fromPglite(handle.pglite), backend: 'pglite' };
  }
  // pg-boss gets a small pool of its own: its polling must not take connections requests need, and
  // the platform's type parsers are not the ones pg-boss expects.
  const connectionString = handle.pool?.options.connectionString;
  if (!connectionString) throw new Error('no database url for the job queue');
  return { ...common, connectionString, max: 4 };
}
