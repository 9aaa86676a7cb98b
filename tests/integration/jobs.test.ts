import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { before, describe, it } from 'node:test';
import { auditVerifyJobName, jobDefinitions } from '../../src/app/job-definitions.ts';
import { openKeJinTong, type KeJinTong } from '../../src/app/kejintong.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import type { DatabaseHandle } from '../../src/platform/db/database.ts';
import { newId } from '../../src/platform/ids.ts';
import { jobSchema, scheduleTimeZone } from '../../src/platform/jobs/job-queue.ts';
import type { UseCase } from '../../src/platform/use-case.ts';
import { callAs } from '../support/actors.ts';
import { createTestDatabase, forEachBackend, postgresTestUrl, testBackends, type TestBackend } from '../support/backends.ts';

const system = () => callAs(systemActor('test'));
const probeQueue = 'test.probe';

async function waitFor(what: string, timeoutMs: number, isDone: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await isDone())) {
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

async function countProbeJobs(db: DatabaseHandle, marker: string): Promise<number> {
  const result = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${jobSchema}.job WHERE name = $1 AND data->>'marker' = $2`, [probeQueue, marker]);
  return result.rows[0]!.n;
}

const enqueueProbe: UseCase<{ marker: string; isFailing: boolean }, void> = async (input, ctx) => {
  await ctx.enqueue(probeQueue, { marker: input.marker });
  if (input.isFailing) throw new Error('rolled back on purpose');
};

forEachBackend(
  'job queue',
  (getKjt) => {
    const workedMarkers: string[] = [];
    before(async () => {
      await getKjt().jobs!.register([{ name: probeQueue, handle: async (data: { marker: string }) => void workedMarkers.push(data.marker) }]);
    });

    it('drops a job enqueued in a business transaction that rolls back', async () => {
      const marker = newId('probe');
      await assert.rejects(getKjt().run(enqueueProbe, { marker, isFailing: true }, system()), /rolled back on purpose/);
      assert.equal(await countProbeJobs(getKjt().db, marker), 0);
    });

    it('keeps and works a job enqueued in a business transaction that commits', async () => {
      const marker = newId('probe');
      await getKjt().run(enqueueProbe, { marker, isFailing: false }, system());
      assert.equal(await countProbeJobs(getKjt().db, marker), 1);
      await waitFor('the probe job to be worked', 15_000, () => workedMarkers.includes(marker));
    });

    it('refuses a job name it was not started with, rather than waiting forever on PGlite', async () => {
      const enqueueUnknown: UseCase<void, void> = async (_input, ctx) => ctx.enqueue('test.unknown', {});
      await assert.rejects(getKjt().run(enqueueUnknown, undefined, system()), /unknown job test\.unknown/);
    });

    it('schedules the audit verification daily at 03:15 in Asia/Shanghai', async () => {
      const definition = jobDefinitions(getKjt()).find((candidate) => candidate.name === auditVerifyJobName);
      assert.equal(definition?.cron, '15 3 * * *');
      const schedule = await getKjt().jobs!.boss.getSchedule(auditVerifyJobName);
      assert.equal(schedule?.cron, '15 3 * * *');
      assert.equal(schedule?.timezone, scheduleTimeZone);
      const [next] = getKjt().jobs!.boss.previewSchedule(schedule!.cron, { tz: schedule!.timezone, from: new Date('2026-03-01T00:00:00Z') });
      assert.equal(next?.toISOString(), '2026-03-01T19:15:00.000Z');
    });

    it('records a verification with trigger "schedule" when the audit job is worked', async () => {
      const countScheduled = async () =>
        (await getKjt().db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_verifications WHERE trigger = 'schedule'`)).rows[0]!.n;
      const countBefore = await countScheduled();
      await getKjt().jobs!.boss.send(auditVerifyJobName, {});
      await waitFor('the audit verification job to record its result', 15_000, async () => (await countScheduled()) === countBefore + 1);
      const latest = await getKjt().db.query<{ is_intact: boolean }>(
        `SELECT is_intact FROM audit_verifications WHERE trigger = 'schedule' ORDER BY verified_at DESC LIMIT 1`,
      );
      assert.equal(latest.rows[0]!.is_intact, true);
    });
  },
  { hasJobs: true, isWorkingJobs: true },
);

// ---- Stopping, and server processes -----------------------------------------------------------

const workerScript = fileURLToPath(new URL('../support/job-worker-process.ts', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

interface WorkerProcess {
  pid: number;
  output(): string;
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<void>;
  /** Closes its stdin, which asks it to close KeJinTong; resolves with its exit code once it has exited by itself. */
  stop(timeoutMs: number): Promise<number | null>;
  kill(): void;
}

function spawnWorker(target: string, queueName: string): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript, target, queueName], {
    cwd: repositoryRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;
  return {
    pid: child.pid!,
    output: () => output,
    waitForLine: (pattern, timeoutMs) =>
      waitFor(`${pattern} from process ${child.pid}`, timeoutMs, () => {
        if (hasExited()) throw new Error(`process ${child.pid} exited early:\n${output}`);
        return output.split('\n').some((line) => pattern.test(line));
      }),
    async stop(timeoutMs) {
      child.stdin.end();
      const code = await Promise.race([exited, sleep(timeoutMs, 'timeout' as const, { ref: false })]);
      if (code === 'timeout') {
        child.kill('SIGKILL');
        throw new Error(`process ${child.pid} did not exit within ${timeoutMs} ms of closing: something keeps Node alive\n${output}`);
      }
      return code;
    },
    kill() {
      if (!hasExited()) child.kill('SIGKILL');
    },
  };
}

/** A migrated database with the pg-boss schema and the table the worker processes record runs in. */
async function prepareDatabase(kjt: KeJinTong): Promise<void> {
  await kjt.db.exec(`CREATE TABLE job_runs (occurrence text NOT NULL, pid int NOT NULL, job_id text NOT NULL, ran_at timestamptz NOT NULL DEFAULT now())`);
}

for (const backend of testBackends()) {
  describe(`job queue shutdown [${backend}]`, () => {
    it('stops without hanging, refuses work afterwards, and lets KeJinTong close', { timeout: 60_000 }, async () => {
      const database = await createTestDatabase(backend);
      try {
        const kjt = await openKeJinTong(database.config, { hasJobs: true, isWorkingJobs: true });
        await kjt.jobs!.stop();
        await assert.rejects(kjt.run(enqueueProbe, { marker: 'late', isFailing: false }, system()), /job queue not started/);
        await kjt.close();
      } finally {
        await database.drop();
      }
    });

    it('leaves nothing that keeps a server process alive once it has closed', { timeout: 120_000 }, async () => {
      const database = await createTestDatabase(backend);
      const setup = await openKeJinTong(database.config, { hasJobs: true });
      await prepareDatabase(setup);
      // PGlite allows one process per data directory: the worker opens it once this one has let go.
      if (backend === 'pglite') await setup.close();
      const worker = spawnWorker(workerTarget(backend, database.config), 'test.lifecycle');
      try {
        await worker.waitForLine(/^ready$/, 60_000);
        await worker.waitForLine(/^ran /, 30_000);
        assert.equal(await worker.stop(20_000), 0, worker.output());
      } finally {
        worker.kill();
        if (backend === 'postgres') await setup.close();
        await database.drop();
      }
    });
  });
}

function workerTarget(backend: TestBackend, config: { databaseUrl: string | undefined; dataDir: string }): string {
  return backend === 'postgres' ? config.databaseUrl! : config.dataDir;
}

describe(
  'one schedule, two server processes [postgres]',
  { skip: postgresTestUrl ? false : 'needs PostgreSQL (two processes cannot share a PGlite database): set KJT_TEST_POSTGRES_URL' },
  () => {
    it('runs each occurrence once', { timeout: 180_000 }, async (t) => {
      const database = await createTestDatabase('postgres');
      const kjt = await openKeJinTong(database.config, { hasJobs: true });
      const workers: WorkerProcess[] = [];
      try {
        await prepareDatabase(kjt);
        const queueName = 'test.two-servers';
        workers.push(spawnWorker(database.config.databaseUrl!, queueName), spawnWorker(database.config.databaseUrl!, queueName));
        await Promise.all(workers.map((worker) => worker.waitForLine(/^ready$/, 60_000)));
        const bothReadyAt = new Date();

        type Run = { occurrence: string; pid: number; job_id: string; ran_at: Date };
        const runs = async () => (await kjt.db.query<Run>(`SELECT occurrence, pid, job_id, ran_at FROM job_runs ORDER BY ran_at`)).rows;
        // Occurrences come on the minute, so this is at most a minute and a few seconds: two
        // occurrences, one of them while both processes were running schedules.
        await waitFor('two occurrences, one with both processes up', 90_000, async () => {
          const seen = await runs();
          return new Set(seen.map((run) => run.occurrence)).size >= 2 && seen.some((run) => run.ran_at >= bothReadyAt);
        });
        // Long enough for a second pass of either process to send the last occurrence again, if it would.
        await sleep(5_000);
        for (const worker of workers) assert.equal(await worker.stop(20_000), 0, worker.output());

        const seen = await runs();
        t.diagnostic(`runs: ${seen.map((run) => `${run.occurrence} by ${run.pid === workers[0]!.pid ? 'first' : 'second'} process`).join(', ')}`);
        const repeated = seen.map((run) => run.occurrence).filter((occurrence, index, all) => all.indexOf(occurrence) !== index);
        assert.deepEqual(repeated, [], `occurrences run more than once:\n${workers.map((worker) => worker.output()).join('\n')}`);
        assert.equal(new Set(seen.map((run) => run.job_id)).size, seen.length, 'a job was worked twice');
        assert.ok(seen.length >= 2);
      } finally {
        for (const worker of workers) worker.kill();
        await kjt.close();
        await database.drop();
      }
    });
  },
);
