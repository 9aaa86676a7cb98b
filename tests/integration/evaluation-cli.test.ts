import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testBackends, type TestDatabase } from '../support/backends.ts';
import { cliEnvironment, runKjt } from '../support/cli.ts';

const docText = fs.readFileSync(new URL('../../docs/facts-format.md', import.meta.url), 'utf8');
const example: unknown = JSON.parse(/```json\n([\s\S]*?)```/.exec(docText)?.[1] ?? 'null');

describe('kjt evaluate --input (no database)', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kjt-evaluate-'));
  // A data directory that cannot be opened: the command must not need one.
  const blocked = path.join(folder, 'not-a-directory');
  fs.writeFileSync(blocked, 'x');
  const env = { ...process.env, KJT_DATA_DIR: blocked, DATABASE_URL: '' };
  const file = path.join(folder, 'facts.json');
  fs.writeFileSync(file, JSON.stringify([example, { ...(example as object), uscc: 'BAD', years: 'not a list' }]));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints the full results of the documented example, as of the given date, without touching a database', () => {
    const result = runKjt(['evaluate', '--rule-set', 'tsme-2022', '--input', file, '--as-of', '2026-05-01', '--json'], env);
    assert.equal(result.status, 2, 'one of the two records is malformed: exit 2');
    const output = JSON.parse(result.stdout);
    assert.equal(output.ruleSet.id, 'tsme-2022');
    const [good, bad] = output.records;
    assert.equal(good.result.status, 'pass', 'docs/facts-format.md: 科技型中小企业 pass');
    assert.equal(good.result.asOf, '2026-05-01');
    assert.ok(good.result.indicators.every((indicator: { clause: string }) => indicator.clause.length > 0));
    assert.equal(bad.result, null);
    assert.deepEqual(bad.errors.map((error: { path: string }) => error.path), ['years']);
  });

  it('a human-readable report names the status, and a failing rule set comes with its gaps', () => {
    const single = path.join(folder, 'one.json');
    fs.writeFileSync(single, JSON.stringify(example));
    const result = runKjt(['evaluate', '--rule-set', 'star-market-2024', '--input', single], env);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /待人工审核 \/ manual review/);
  });

  it('an unknown rule set exits 4, a missing --rule-set or unreadable file exits 2, both bilingual', () => {
    const unknown = runKjt(['evaluate', '--rule-set', 'no-such-set', '--input', file], env);
    assert.equal(unknown.status, 4);
    assert.match(unknown.stderr, /没有评价规则/);
    assert.match(unknown.stderr, /No rule set/);
    assert.equal(runKjt(['evaluate', '--input', file], env).status, 2);
    const missing = runKjt(['evaluate', '--rule-set', 'tsme-2022', '--input', path.join(folder, 'missing.json')], env);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /无法读取事实文件 \/ cannot read the facts file/);
  });

  it('--list names every bundled rule set and marks the composite as not official', () => {
    const result = runKjt(['evaluate', '--list', '--json'], env);
    assert.equal(result.status, 0, result.stderr);
    const ids = JSON.parse(result.stdout).map((set: { id: string }) => set.id);
    assert.deepEqual(ids, ['hnte-2016', 'innovative-sme-2022', 'srdi-sme-2026', 'star-market-2024', 'tech-innovation-index-2025', 'tsme-2022']);
  });
});

for (const backend of testBackends()) {
  describe(`kjt evaluate --all [${backend}]`, () => {
    let database: TestDatabase;
    let env: NodeJS.ProcessEnv;
    before(async () => {
      database = await createTestDatabase(backend);
      env = cliEnvironment(database.config);
    });
    after(() => database.drop());

    it('the demo evaluates its city once; --all re-evaluates it and, with nothing changed, writes nothing', () => {
      const demo = runKjt(['demo', '--enterprises', '30', '--json'], env);
      assert.equal(demo.status, 0, demo.stderr);
      const evaluation = JSON.parse(demo.stdout).evaluation;
      assert.equal(evaluation.isSkipped, false);
      assert.equal(evaluation.evaluated, 30);
      const again = runKjt(['evaluate', '--all', '--json'], env);
      assert.equal(again.status, 0, again.stderr);
      const run = JSON.parse(again.stdout);
      assert.equal(run.status, 'finished');
      assert.equal(run.progressDone, 30);
      assert.equal(run.resultsWritten, 0);
      assert.equal(run.proposalsMade, 0);
    });
  });
}
