import { importBenchmark } from './import/import-benchmark.ts';
import { evaluationBenchmark } from './evaluation/evaluation-benchmark.ts';
import type { BenchEntry } from './support/measurement.ts';

/** Every entry of `npm run bench`, in the order they run. A new entry is a file exporting a `BenchEntry`, listed here. */
export const benchEntries: Array<{ name: string; description: string; run: BenchEntry }> = [
  {
    name: 'import',
    description: '100,000 enterprises + 300,000 yearly rows: upload → validate → commit vs. COPY (PostgreSQL) / multi-row INSERT (PGlite)',
    run: importBenchmark,
  },
  {
    name: 'evaluation',
    description: 're-evaluate 100,000 enterprises against every rule set in force (facts unchanged) vs. only reading their facts; target ≤ 2 × the read time',
    run: evaluationBenchmark,
  },
];
