import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { openKeJinTong } from '../../src/app/kejintong.ts';
import { createTestDatabase, testBackends, type TestDatabase } from '../support/backends.ts';
import { cliEnvironment, runKjt, type CliResult } from '../support/cli.ts';
import { csvText, makeUscc } from '../fixtures/imports/build-files.ts';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const isWired = fs.readFileSync(path.join(repositoryRoot, 'src/cli/main.ts'), 'utf8').includes('registerImportCommands');
const commandScript = path.join(repositoryRoot, 'tests/fixtures/imports/kjt-import-cli.ts');

/** `kjt import …`: through bin/kjt.mjs once main.ts registers the command, else through the same command on a tiny program. */
function runImport(args: string[], env: NodeJS.ProcessEnv): CliResult {
  if (isWired) return runKjt(['import', ...args], env);
  const result = spawnSync(process.execPath, ['--import', 'tsx', commandScript, 'import', ...args], { cwd: repositoryRoot, env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

for (const backend of testBackends()) {
  describe(`kjt import [${backend}]`, () => {
    let database: TestDatabase;
    let env: NodeJS.ProcessEnv;
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kjt-import-cli-'));
    const write = (name: string, rows: Array<Array<string | number>>) => {
      const file = path.join(folder, name);
      fs.writeFileSync(file, csvText(rows));
      return file;
    };
    const countEnterprises = async () => {
      const kjt = await openKeJinTong(database.config);
      try {
        return (await kjt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM enterprises`)).rows[0]!.n;
      } finally {
        await kjt.close();
      }
    };
    const header = ['统一社会信用代码', '企业名称', '企业规模'];
    const goodRows = [
      [makeUscc(301), '湖州命令行一号有限公司', '小型'],
      [makeUscc(302), '湖州命令行二号有限公司', '中型'],
    ];

    before(async () => {
      database = await createTestDatabase(backend);
      env = cliEnvironment(database.config);
      const demo = runKjt(['demo', '--enterprises', '0'], env);
      assert.equal(demo.status, 0, demo.stderr);
    });
    after(async () => {
      await database.drop();
      fs.rmSync(folder, { recursive: true, force: true });
    });

    it('writes templates as .xlsx and .csv', async () => {
      const xlsx = path.join(folder, 'yearly.xlsx');
      const made = runImport(['template', 'yearly_facts', '--out', xlsx], env);
      assert.equal(made.status, 0, made.stderr);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(fs.readFileSync(xlsx) as unknown as ArrayBuffer);
      assert.deepEqual(workbook.worksheets.map((sheet) => sheet.name), ['年度数据', '填表说明']);
      assert.equal(workbook.worksheets[0]!.getCell('G1').value, '营业收入（万元）');
      const csv = path.join(folder, 'roster.csv');
      assert.equal(runImport(['template', 'enterprises', '--format', 'csv', '--out', csv], env).status, 0);
      assert.match(fs.readFileSync(csv, 'utf8'), /^\ufeff统一社会信用代码,企业名称,所在区县/);
    });

    it('--json prints totals and every row; a rejected row exits 2 and writes nothing', async () => {
      const file = write('bad.csv', [header, goodRows[0]!, [makeUscc(303), '湖州命令行三号有限公司', '特大型']]);
      const result = runImport(['enterprises', file, '--source', 'gov-kejiju', '--json'], env);
      assert.equal(result.status, 2, result.stderr);
      const output = JSON.parse(result.stdout);
      assert.deepEqual(output.totals, { rows: 2, new: 1, changed: 0, unchanged: 0, rejected: 1 });
      assert.deepEqual(output.rows[0], { row: 2, status: 'new', errors: [] });
      assert.equal(output.rows[1].row, 3);
      assert.equal(output.rows[1].status, 'rejected');
      assert.deepEqual(Object.keys(output.rows[1].errors[0]).sort(), ['code', 'column', 'message']);
      assert.deepEqual([output.rows[1].errors[0].column, output.rows[1].errors[0].code], ['企业规模', 'UNKNOWN_OPTION']);
      assert.ok(output.rows[1].errors[0].message.zh && output.rows[1].errors[0].message.en);
      assert.equal(await countEnterprises(), 0);
    });

    it('--dry-run writes nothing; then the import commits; again, it changes nothing', async () => {
      const file = write('good.csv', [header, ...goodRows]);
      const dry = runImport(['enterprises', file, '--dry-run', '--json'], env);
      assert.equal(dry.status, 0, dry.stderr);
      assert.deepEqual(JSON.parse(dry.stdout).totals, { rows: 2, new: 2, changed: 0, unchanged: 0, rejected: 0 });
      assert.equal(await countEnterprises(), 0);

      const committed = runImport(['enterprises', file, '--source', 'gov-kejiju', '--json'], env);
      assert.equal(committed.status, 0, committed.stderr);
      assert.equal(JSON.parse(committed.stdout).status, 'committed');
      assert.deepEqual(JSON.parse(committed.stdout).totals, { rows: 2, new: 2, changed: 0, unchanged: 0, rejected: 0 });
      assert.equal(await countEnterprises(), 2);

      const again = runImport(['enterprises', file, '--json'], env);
      assert.equal(again.status, 0, again.stderr);
      assert.deepEqual(JSON.parse(again.stdout).totals, { rows: 2, new: 0, changed: 0, unchanged: 2, rejected: 0 });
      const human = runImport(['enterprises', file], env);
      assert.match(human.stdout, /新增 0，变更 0，无变化 2/);
    });

    it('--only-valid-rows commits the valid rows', async () => {
      const file = write('mixed.csv', [header, [makeUscc(304), '湖州命令行四号有限公司', '小型'], [makeUscc(305), '', '小型']]);
      const result = runImport(['enterprises', file, '--only-valid-rows', '--json'], env);
      assert.equal(result.status, 0, result.stderr);
      const output = JSON.parse(result.stdout);
      assert.deepEqual(output.totals, { rows: 2, new: 1, changed: 0, unchanged: 0, rejected: 1 });
      assert.equal(output.rows[1].errors[0].code, 'REQUIRED');
      assert.equal(await countEnterprises(), 3);
    });

    it('a broken file, an unknown kind or source exit 2 or 4 with a bilingual message', () => {
      const broken = path.join(folder, 'broken.xlsx');
      fs.writeFileSync(broken, Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]));
      const result = runImport(['enterprises', broken], env);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /CORRUPT_FILE/);
      assert.match(result.stderr, /文件已损坏或不完整/);
      assert.match(result.stderr, /damaged or incomplete/);
      assert.equal(runImport(['patents', broken], env).status, 2);
      const unknownSource = runImport(['enterprises', write('x.csv', [header, ...goodRows]), '--source', 'no-such-org'], env);
      assert.equal(unknownSource.status, 4);
      assert.match(unknownSource.stderr, /SOURCE_NOT_FOUND/);
    });
  });
}
