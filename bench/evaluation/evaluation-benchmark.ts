import type { KeJinTong } from '../../src/app/kejintong.ts';
import { proposeTierChanges } from '../../src/capabilities/cultivation/propose-tier-changes.ts';
import { readRegistryFactsPage } from '../../src/capabilities/enterprises/enterprise-facts-lookup.ts';
import { driveEvaluationRun } from '../../src/capabilities/evaluation/run-evaluation.ts';
import { startEvaluationRun } from '../../src/capabilities/evaluation/start-evaluation-run.ts';
import { getEvaluationRun } from '../../src/capabilities/evaluation/get-evaluation-run.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import { newId } from '../../src/platform/ids.ts';
import { benchYears, generateImportRecords } from '../import/generate-import-records.ts';
import { loadRaw } from '../import/raw-load.ts';
import { withBenchDatabase } from '../support/bench-database.ts';
import { startStopwatch, timed, type BenchEntry, type Measurement } from '../support/measurement.ts';

const fullEnterprises = 100_000;
/** The latest fiscal year the bench data holds is 2024, so the assessment date lies in 2025. */
const asOf = '2025-06-30';
/** A month later: every input differs by its date, so every enterprise is evaluated again. */
const laterAsOf = '2025-07-31';
const batchSize = 250;

const call = () => ({ actor: systemActor('cli'), requestId: newId('bench') });

/** The registry run `kjt evaluate --all` makes: every enterprise, every rule set in force, tier proposals. */
async function evaluateAll(kjt: KeJinTong, asOf: string): Promise<{ seconds: number; cpuSeconds: number; written: number }> {
  const watch = startStopwatch();
  const started = await kjt.run(startEvaluationRun, { asOf, trigger: 'cli', execution: 'caller' }, call());
  await driveEvaluationRun(kjt.run, call(), started.id, { afterBatch: proposeTierChanges, batchSize });
  const seconds = watch.seconds();
  const finished = await kjt.run(getEvaluationRun, { runId: started.id }, call());
  if (finished.status !== 'finished') throw new Error(`evaluation run ${finished.status}: ${JSON.stringify(finished.failure)}`);
  return { seconds, cpuSeconds: watch.cpuSeconds(), written: finished.resultsWritten };
}

/** The floor: read the same facts the same way (same pages, one transaction per page), and nothing else. */
async function readAll(kjt: KeJinTong): Promise<{ seconds: number; cpuSeconds: number; enterprises: number }> {
  const watch = startStopwatch();
  let afterId: string | undefined;
  let enterprises = 0;
  for (;;) {
    const page = await kjt.db.transaction((tx) => readRegistryFactsPage(tx, { afterId, limit: batchSize }));
    enterprises += page.length;
    if (page.length < batchSize) break;
    afterId = page.at(-1)!.enterprise.id;
  }
  return { seconds: watch.seconds(), cpuSeconds: watch.cpuSeconds(), enterprises };
}

/**
 * 评价基准: re-evaluate the whole registry against every rule set in force (the facts unchanged, so
 * nothing is written), against only reading the same facts from the database — once as of the same
 * day (the stored input hashes match, so no enterprise needs the engine) and once as of a new day
 * (every enterprise goes through the engine). The first run, which stores every result, is timed
 * too. Target: re-evaluation ≤ 2 × reading, i.e. the app's enterprises per second ≥ 0.5 × the read's.
 */
export const evaluationBenchmark: BenchEntry = async (backend, scale) => {
  const count = Math.max(1, Math.round(fullEnterprises * scale));
  const records = generateImportRecords(count);
  return withBenchDatabase(backend, async ({ kjt }) => {
    const phases: Record<string, number> = {};
    await timed(phases, 'load facts (raw, setup)', () =>
      loadRaw(kjt.db, [
        { subject: 'enterprise', fileName: 'bench-enterprises.csv', fileSha256: 'bench', records: records.enterprises },
        ...benchYears.map((year) => ({ subject: 'yearly' as const, fileName: `bench-${year}.csv`, fileSha256: `bench-${year}`, records: records.yearlyFacts.filter((row) => row.year === year) })),
      ]),
    );
    const first = await evaluateAll(kjt, asOf);
    phases['first run (stores every result)'] = first.seconds;
    const readBefore = await readAll(kjt);
    if (readBefore.enterprises !== count) throw new Error(`read ${readBefore.enterprises} of ${count} enterprises`);
    const again = await evaluateAll(kjt, asOf);
    if (again.written !== 0) throw new Error(`re-evaluating unchanged facts wrote ${again.written} results`);
    const readAfter = await readAll(kjt);
    const read = readBefore.seconds <= readAfter.seconds ? readBefore : readAfter;
    phases['read facts, other pass'] = Math.max(readBefore.seconds, readAfter.seconds);
    const later = await evaluateAll(kjt, laterAsOf);
    const newDay: Measurement = {
      entry: 'evaluation',
      backend,
      label: `re-evaluate ${count.toLocaleString('en-US')} enterprises as of a new day (${laterAsOf}: every enterprise evaluated again, ${later.written.toLocaleString('en-US')} results changed) vs. reading their facts`,
      rows: count,
      appSeconds: later.seconds,
      rawSeconds: read.seconds,
      targetRatio: 0.5,
      appCpuSeconds: later.cpuSeconds,
      rawCpuSeconds: read.cpuSeconds,
    };
    const measurement: Measurement = {
      entry: 'evaluation',
      backend,
      label: `re-evaluate ${count.toLocaleString("en-US")} enterprises against every rule set in force, as of the same day (nothing changed) vs. reading their facts; the first run wrote ${first.written.toLocaleString("en-US")} results`,
      rows: count,
      appSeconds: again.seconds,
      rawSeconds: read.seconds,
      targetRatio: 0.5,
      appPhases: phases,
      appCpuSeconds: again.cpuSeconds,
      rawCpuSeconds: read.cpuSeconds,
    };
    return [measurement, newDay];
  });
};
