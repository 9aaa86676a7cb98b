import fs from 'node:fs';
import { recordAuditEntry } from '../capabilities/audit/record-audit-entry.ts';
import type { PlatformConfig } from '../platform/config.ts';
import { openDatabase, type DatabaseHandle } from '../platform/db/database.ts';
import { migrate, type MigrationStatus } from '../platform/db/migrate.ts';
import { createJobQueue, type JobQueue } from '../platform/jobs/job-queue.ts';
import { createUseCaseRunner, type RunUseCase } from '../platform/use-case.ts';
import { jobDefinitions } from './job-definitions.ts';

export const version: string = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/** The running platform: its database, its job queue, and the one way to run a use case. */
export interface KeJinTong {
  config: PlatformConfig;
  db: DatabaseHandle;
  jobs: JobQueue | undefined;
  migrations: MigrationStatus;
  run: RunUseCase;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Start the job queue (pg-boss). Commands that enqueue nothing leave it off. */
  hasJobs?: boolean;
  /** Work jobs and run schedules in this process (servers do; one-shot commands don't). */
  isWorkingJobs?: boolean;
}

export async function openKeJinTong(config: PlatformConfig, options: OpenOptions = {}): Promise<KeJinTong> {
  const db = await openDatabase(config);
  try {
    const migrations = await migrate(db);
    const jobs = options.hasJobs ? createJobQueue(db) : undefined;
    const run = createUseCaseRunner(db, jobs, recordAuditEntry);
    const kjt: KeJinTong = {
      config,
      db,
      jobs,
      migrations,
      run,
      async close() {
        if (jobs) await jobs.stop();
        await db.close();
      },
    };
    if (jobs) await jobs.start(jobDefinitions(kjt), { isWorking: options.isWorkingJobs ?? false });
    return kjt;
  } catch (error) {
    await db.close();
    throw error;
  }
}
