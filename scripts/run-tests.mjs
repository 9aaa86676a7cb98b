// Runs every test file with Node's test runner: unit and integration tests under src/ and tests/,
// on PGlite and, when KJT_TEST_POSTGRES_URL is set, on PostgreSQL too; browser tests in tests/browser.
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';

const patterns = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['src/**/*.test.ts', 'tests/**/*.test.ts'];
const files = patterns.flatMap((pattern) => globSync(pattern)).sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
if (!process.env.KJT_TEST_POSTGRES_URL) {
  console.log('KJT_TEST_POSTGRES_URL 未设置：集成测试只在 PGlite 上运行 / not set: integration tests run on PGlite only');
} else {
  console.log(`集成测试同时在 PostgreSQL 上运行 / integration tests also run on PostgreSQL: ${process.env.KJT_TEST_POSTGRES_URL}`);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${process.env.KJT_TEST_CONCURRENCY ?? 2}`, '--test-timeout=1200000', ...files],
  { stdio: 'inherit', env: { ...process.env, TZ: process.env.TZ ?? 'UTC' } },
);
process.exit(result.status ?? 1);
