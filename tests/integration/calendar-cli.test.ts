import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testBackends, type TestDatabase } from '../support/backends.ts';
import { cliEnvironment, runKjt } from '../support/cli.ts';

for (const backend of testBackends()) {
  describe(`kjt calendar [${backend}]`, () => {
    let database: TestDatabase;
    let env: NodeJS.ProcessEnv;
    before(async () => {
      database = await createTestDatabase(backend);
      env = cliEnvironment(database.config);
    });
    after(async () => database.drop());

    it('is-workday: a 调休 Sunday is a working day, a 春节 Tuesday is not', () => {
      const sunday = runKjt(['calendar', 'is-workday', '2025-01-26', '--json'], env);
      assert.equal(sunday.status, 0, sunday.stderr);
      assert.deepEqual(JSON.parse(sunday.stdout), { date: '2025-01-26', isWorkingDay: true, kind: 'adjusted_workday', name: '春节', weekday: { zh: '周日', en: 'Sun' } });
      const holiday = runKjt(['calendar', 'is-workday', '2025-01-28'], env);
      assert.equal(holiday.status, 0, holiday.stderr);
      assert.match(holiday.stdout, /2025-01-28 周二\/Tue: 不是工作日 \/ not a working day — 放假 \/ holiday（春节）/);
    });

    it('add-workdays prints the Nth working day and the deadline 23:59:59+08:00', () => {
      const json = runKjt(['calendar', 'add-workdays', '2025-01-27', '1', '--json'], env);
      assert.equal(json.status, 0, json.stderr);
      const result = JSON.parse(json.stdout);
      assert.deepEqual([result.eventDate, result.n, result.dueDate, result.deadline, result.deadlineUtc], ['2025-01-27', 1, '2025-02-05', '2025-02-05T23:59:59+08:00', '2025-02-05T15:59:59.000Z']);
      assert.equal(result.skipped.length, 8);
      const human = runKjt(['calendar', 'add-workdays', '2025-09-26', '7'], env);
      assert.equal(human.status, 0, human.stderr);
      assert.match(human.stdout, /第 7 个工作日 \/ working day 7: 2025-10-13/);
      assert.match(human.stdout, /期限 \/ deadline: 2025-10-13T23:59:59\+08:00 \(2025-10-13T15:59:59.000Z\)/);
    });

    it('a year that is not loaded exits 4 with a bilingual message; a bad n exits 2', () => {
      const uncovered = runKjt(['calendar', 'add-workdays', '2030-01-02', '1'], env);
      assert.equal(uncovered.status, 4);
      assert.match(uncovered.stderr, /CALENDAR_YEAR_NOT_COVERED/);
      assert.match(uncovered.stderr, /2030 年的工作日历尚未导入（需国务院办公厅放假安排通知）/);
      assert.match(uncovered.stderr, /The working-day calendar for 2030 has not been loaded/);
      assert.equal(runKjt(['calendar', 'is-workday', '2030-01-02'], env).status, 4);
      const zero = runKjt(['calendar', 'add-workdays', '2025-01-27', '0'], env);
      assert.equal(zero.status, 2);
      assert.match(zero.stderr, /INVALID_WORKING_DAY_COUNT/);
      assert.equal(runKjt(['calendar', 'is-workday', '2025-02-29'], env).status, 2);
    });

    it('import: a bad file exits 2 naming its lines and writes nothing; a good one loads 2027', () => {
      const bad = runKjt(['calendar', 'import', 'tests/fixtures/calendar/invalid-2027.csv'], env);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /第 5 行/);
      assert.match(bad.stderr, /line 6: 2027-02-08 is not a weekend day/);
      const before = JSON.parse(runKjt(['calendar', 'years', '--json'], env).stdout).items.map((year: { year: number }) => year.year);
      assert.equal(before.at(-1), 2026);
      assert.equal(runKjt(['calendar', 'import', 'tests/fixtures/calendar/no-such-file.csv'], env).status, 4);

      const good = runKjt(['calendar', 'import', 'tests/fixtures/calendar/example-2027.csv', '--json'], env);
      assert.equal(good.status, 0, good.stderr);
      assert.equal(JSON.parse(good.stdout).outcome, 'created');
      const across = JSON.parse(runKjt(['calendar', 'add-workdays', '2026-12-31', '1', '--json'], env).stdout);
      assert.equal(across.dueDate, '2027-01-04');
      const years = runKjt(['calendar', 'years'], env);
      assert.equal(years.status, 0, years.stderr);
      assert.match(years.stdout, /^2025 {2}国务院办公厅关于2025年部分节假日安排的通知 国办发明电〔2024〕12号/m);
      assert.match(years.stdout, /^2027 .*imported: example-2027.csv$/m);
    });
  });
}

describe('kjt calendar --help', () => {
  it('lists the calendar commands', () => {
    const result = runKjt(['calendar', '--help'], process.env);
    assert.equal(result.status, 0, result.stderr);
    for (const command of ['is-workday', 'add-workdays', 'import', 'years']) assert.match(result.stdout, new RegExp(`\\b${command}\\b`), command);
  });
});
