// `npm run bench [-- --scale <fraction>] [--backend pglite|postgres|both] [--only <entry>]`:
// runs each benchmark entry on each backend, each on fresh databases, and prints the figures side by side.
import { parseArgs } from 'node:util';
import { benchEntries } from './bench-entries.ts';
import { benchBackends, benchPostgresUrl, type BenchBackend } from './support/bench-database.ts';
import type { Measurement } from './support/measurement.ts';
import { formatMeasurements } from './support/report.ts';

const usage = `usage: npm run bench -- [--scale <fraction>] [--backend pglite|postgres|both] [--only <entry>]
  --scale    size relative to the full benchmark (default 1; 0.01 = 1,000 enterprises + 3,000 yearly rows)
  --backend  pglite, postgres or both (default both); postgres creates and drops a database on
             KJT_BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres)
  --only     one entry: ${benchEntries.map((entry) => entry.name).join(', ')}`;

function readOptions(): { scale: number; backends: BenchBackend[]; entries: typeof benchEntries } | undefined {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: '1' }, backend: { type: 'string', default: 'both' }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return undefined;
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) throw new Error(`--scale must be a number above 0 and at most 10, got ${values.scale}`);
  const backends = values.backend === 'both' ? [...benchBackends] : benchBackends.filter((backend) => backend === values.backend);
  if (backends.length === 0) throw new Error(`--backend must be pglite, postgres or both, got ${values.backend}`);
  const entries = values.only ? benchEntries.filter((entry) => entry.name === values.only) : benchEntries;
  if (entries.length === 0) throw new Error(`--only: no entry named ${values.only} (${benchEntries.map((entry) => entry.name).join(', ')})`);
  return { scale, backends, entries };
}

async function main(): Promise<number> {
  let options;
  try {
    options = readOptions();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  if (!options) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  process.stdout.write(`KeJinTong benchmark · scale ${options.scale} · ${options.backends.join(', ')} · node ${process.version} · ${new Date().toISOString()}\n`);
  if (options.backends.includes('postgres')) process.stdout.write(`PostgreSQL server: ${new URL(benchPostgresUrl()).host}\n`);
  const measurements: Measurement[] = [];
  for (const entry of options.entries) {
    for (const backend of options.backends) {
      process.stderr.write(`… ${entry.name} [${backend}]: ${entry.description}\n`);
      const results = await entry.run(backend, options.scale);
      for (const result of results) process.stderr.write(`  done: app ${result.appSeconds.toFixed(1)} s, raw ${result.rawSeconds.toFixed(1)} s\n`);
      measurements.push(...results);
    }
  }
  process.stdout.write(`\n${formatMeasurements(measurements)}\n`);
  process.stdout.write('rows/s = rows written ÷ seconds; app/raw = app rows/s ÷ raw rows/s. Figures vary by machine and load.\n');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
