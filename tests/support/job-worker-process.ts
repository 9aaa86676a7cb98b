// A second KeJinTong server process for tests/integration/jobs.test.ts:
//
//   node --import tsx tests/support/job-worker-process.ts <postgres url | PGlite data dir> <queue name>
//
// Opens KeJinTong on that database, works the platform's jobs plus one more on <queue name>, which
// is scheduled every minute and records each run in the table job_runs (created by the test). Prints
// "ready" once working and "ran <occurrence>" per run. When its stdin closes (the test ends it, or
// the test process died) it closes everything and must then exit by itself: a timer or socket left
// behind keeps it alive, and the test fails on that.
import { jobDefinitions } from '../../src/app/job-definitions.ts';
import { openKeJinTong } from '../../src/app/kejintong.ts';
import { readConfig } from '../../src/platform/config.ts';
import { createJobQueue, type JobDefinition } from '../../src/platform/jobs/job-queue.ts';

const [target, queueName] = process.argv.slice(2);
if (!target || !queueName) {
  console.error('usage: job-worker-process.ts <postgres url | PGlite data dir> <queue name>');
  process.exit(2);
}

const base = readConfig({ KJT_MODE: 'demo' });
const config = target.startsWith('postgres') ? { ...base, databaseUrl: target } : { ...base, dataDir: target, databaseUrl: undefined };
// Jobs are started below rather than by openKeJinTong, to shorten pg-boss's schedule passes from
// 30 s to 1 s: the same queue code, with the timing a test can wait for.
const kjt = await openKeJinTong(config);
const jobs = createJobQueue(kjt.db);

const probe: JobDefinition = {
  name: queueName,
  cron: '* * * * *',
  async handle(_data, job) {
    // Labelled with the minute it runs in, which is the minute of its occurrence (see below).
    const result = await kjt.db.query<{ occurrence: string }>(
      `INSERT INTO job_runs (occurrence, pid, job_id) VALUES (to_char(date_trunc('minute', now()), 'YYYY-MM-DD HH24:MI'), $1, $2) RETURNING occurrence`,
      [process.pid, job.id],
    );
    console.log(`ran ${result.rows[0]?.occurrence}`);
  },
};

// The first pass after a start also sends the occurrence at the top of the current minute. Started
// in the last seconds of a minute, that run would land in the next minute and wear the label of the
// next occurrence, so a late start waits for the next minute.
const second = new Date().getSeconds();
if (second >= 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));

await jobs.start([...jobDefinitions(kjt), probe], { isWorking: true, pollSeconds: 1 });
console.log('ready');

process.stdin.resume();
process.stdin.once('end', () => {
  void (async () => {
    try {
      await jobs.stop();
      await kjt.close();
      console.log('closed');
    } catch (error) {
      console.error(error);
      process.exitCode = 1;
    }
  })();
});
// Never outlive a test run, even one that lost track of this process.
setTimeout(() => process.exit(3), 5 * 60_000).unref();
