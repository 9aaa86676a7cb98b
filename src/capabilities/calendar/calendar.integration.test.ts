import assert from 'node:assert/strict';
import fs from 'node:fs';
import { before, it } from 'node:test';
import { callAs, userActor } from '../../../tests/support/actors.ts';
import { forEachBackend } from '../../../tests/support/backends.ts';
import { signInOverHttp } from '../../../tests/support/http.ts';
import { buildHttpApp } from '../../app/http-app.ts';
import type { KeJinTong } from '../../app/kejintong.ts';
import { demoPassword } from '../../demo/demo-city.ts';
import { seedDemoCity } from '../../demo/seed-demo-city.ts';
import { anonymousActor, systemActor } from '../../platform/auth/actor.ts';
import { KjtError } from '../../platform/errors.ts';
import type { HttpServer } from '../../platform/http/fastify-types.ts';
import { listAuditEntries } from '../audit/list-audit-entries.ts';
import { addWorkingDays, isWorkingDay } from './calendar-lookup.ts';
import { checkWorkingDay } from './check-working-day.ts';
import { computeWorkingDayDeadline } from './compute-working-day-deadline.ts';
import { importCalendarYear } from './import-calendar-year.ts';
import { listCalendarDays } from './list-calendar-days.ts';
import { listCalendarYears } from './list-calendar-years.ts';
import { loadBundledCalendarYears } from './load-bundled-calendar-years.ts';

const fixture = (name: string) => ({ fileName: name, text: fs.readFileSync(new URL(`../../../tests/fixtures/calendar/${name}`, import.meta.url), 'utf8') });
const example2027 = fixture('example-2027.csv');
const invalid2027 = fixture('invalid-2027.csv');
const system = () => callAs(systemActor('test'));
const admin = () => callAs(userActor('admin'));

function rejectsWith(code: string) {
  return (error: unknown) => error instanceof KjtError && error.code === code;
}

forEachBackend('working-day calendar', (getKjt) => {
  const calendarAuditCount = async () => (await getKjt().run(listAuditEntries, { entityType: 'calendar_year', page: 1, pageSize: 500 }, system())).total;
  const years = async () => (await getKjt().run(listCalendarYears, undefined, system())).items;

  it('before any year is loaded, a date is an error, never a Monday-to-Friday guess', async () => {
    assert.deepEqual(await years(), []);
    await assert.rejects(getKjt().run(checkWorkingDay, { date: '2025-03-10' }, system()), (error: unknown) => {
      assert.ok(error instanceof KjtError);
      assert.equal(error.code, 'CALENDAR_YEAR_NOT_COVERED');
      assert.match(error.messages.zh, /2025 年的工作日历尚未导入/);
      return true;
    });
  });

  it('loads the bundled years 2004–2026 with one audit row each; loading again writes nothing', async () => {
    const first = await loadBundledCalendarYears(getKjt().run, system());
    assert.equal(first.years.length, 23);
    assert.ok(first.years.every((year) => year.outcome === 'created'));
    assert.equal(await calendarAuditCount(), 23);
    const again = await loadBundledCalendarYears(getKjt().run, system());
    assert.ok(again.years.every((year) => year.outcome === 'unchanged'));
    assert.equal(await calendarAuditCount(), 23);

    const listed = await years();
    assert.deepEqual(listed.map((year) => year.year), Array.from({ length: 23 }, (_, index) => 2004 + index));
    const y2025 = listed.find((year) => year.year === 2025)!;
    assert.equal(y2025.notice.number, '国办发明电〔2024〕12号');
    assert.equal(y2025.sourceKind, 'bundled');
    assert.match(y2025.source, /^chinese-days /);
    assert.deepEqual([y2025.holidayCount, y2025.adjustedWorkdayCount], [28, 5]);
  });

  it('the year list says how far the calendar reaches from today: asks for the next notice from 1 November, and says when today’s year is missing', async () => {
    const coverageOn = async (instant: string) => (await getKjt().run(async (_input, ctx) => listCalendarYears(undefined, { ...ctx, now: new Date(instant) }), undefined, system())).coverage;
    assert.deepEqual(await coverageOn('2026-06-15T02:00:00Z'), { today: '2026-06-15', coveredUntil: '2026-12-31', daysLeft: 199, nextYearNeeded: 2027, state: 'ok' });
    assert.deepEqual(await coverageOn('2026-10-31T15:59:59Z'), { today: '2026-10-31', coveredUntil: '2026-12-31', daysLeft: 61, nextYearNeeded: 2027, state: 'ok' });
    assert.deepEqual(await coverageOn('2026-10-31T16:00:00Z'), { today: '2026-11-01', coveredUntil: '2026-12-31', daysLeft: 60, nextYearNeeded: 2027, state: 'ending' }, 'midnight in Beijing');
    assert.deepEqual(await coverageOn('2027-01-04T02:00:00Z'), { today: '2027-01-04', coveredUntil: null, daysLeft: null, nextYearNeeded: 2027, state: 'not_covered' });
  });

  it('the lookup other capabilities call: 春节 2025, a 调休 Sunday, the deadline instant', async () => {
    const kjt = getKjt();
    assert.equal(await kjt.db.transaction((tx) => isWorkingDay(tx, '2025-01-26')), true);
    assert.equal(await kjt.db.transaction((tx) => isWorkingDay(tx, '2025-01-28')), false);
    assert.equal(await kjt.db.transaction((tx) => isWorkingDay(tx, '2025-03-08')), false);
    const deadline = await kjt.db.transaction((tx) => addWorkingDays(tx, new Date('2025-01-27T09:30:00+08:00'), 1));
    assert.equal(deadline.toISOString(), '2025-02-05T15:59:59.000Z');
    // Decision within 7 working days of Friday 2025-09-26, across 国庆 and the 10-11 调休 Saturday.
    const decision = await kjt.db.transaction((tx) => addWorkingDays(tx, new Date('2025-09-26T15:00:00+08:00'), 7));
    assert.equal(decision.toISOString(), '2025-10-13T15:59:59.000Z');
    // 2011-12-31 was worked under the 2012 notice.
    assert.equal(await kjt.db.transaction((tx) => isWorkingDay(tx, '2011-12-31')), true);
  });

  it('add-workdays into 2027 fails until 2027 is imported, then works there; the import is audited', async () => {
    const anyone = callAs(userActor('enterprise'));
    await assert.rejects(getKjt().run(computeWorkingDayDeadline, { date: '2026-12-31', n: 1 }, anyone), rejectsWith('CALENDAR_YEAR_NOT_COVERED'));
    const imported = await getKjt().run(importCalendarYear, example2027, admin());
    assert.equal(imported.outcome, 'created');
    assert.deepEqual([imported.year.year, imported.year.sourceKind, imported.year.source, imported.year.loadedBy], [2027, 'imported', 'example-2027.csv', 'test-admin']);
    assert.equal(await calendarAuditCount(), 24);

    const result = await getKjt().run(computeWorkingDayDeadline, { date: '2026-12-31', n: 1 }, anyone);
    assert.deepEqual([result.dueDate, result.deadline, result.deadlineUtc], ['2027-01-04', '2027-01-04T23:59:59+08:00', '2027-01-04T15:59:59.000Z']);
    const spring = await getKjt().run(computeWorkingDayDeadline, { date: '2027-02-05', n: 2 }, anyone);
    // 02-06 is a 调休 Saturday (1), 02-07 to 02-13 are off, 02-14 is a Sunday: Monday 02-15 (2).
    assert.equal(spring.dueDate, '2027-02-15');
  });

  it('importing the same file again changes nothing; a changed file replaces the year with before and after audited', async () => {
    assert.equal((await getKjt().run(importCalendarYear, example2027, admin())).outcome, 'unchanged');
    assert.equal(await calendarAuditCount(), 24);
    const changed = { fileName: 'example-2027-v2.csv', text: example2027.text.replace('2027-02-20,workday,春节\n', '') };
    const result = await getKjt().run(importCalendarYear, changed, admin());
    assert.equal(result.outcome, 'replaced');
    assert.equal(result.year.adjustedWorkdayCount, 1);
    const { items } = await getKjt().run(listAuditEntries, { entityType: 'calendar_year', page: 1, pageSize: 1 }, system());
    assert.equal(items[0]!.action, 'calendar-year.replace');
    const days = await getKjt().run(listCalendarDays, { year: 2027 }, system());
    assert.ok(!days.days.some((day) => day.date === '2027-02-20'));
  });

  it('a bad file writes nothing and names its lines in both languages', async () => {
    const before = await years();
    const auditBefore = await calendarAuditCount();
    await assert.rejects(getKjt().run(importCalendarYear, invalid2027, admin()), (error: unknown) => {
      assert.ok(error instanceof KjtError);
      assert.equal(error.code, 'INVALID_CALENDAR_FILE');
      assert.match(error.messages.zh, /第 5 行：“2027-02-30”不是有效日期/);
      assert.match(error.messages.en, /line 6: 2027-02-08 is not a weekend day/);
      return true;
    });
    // A day another year's notice already sets: 2018-12-30 belongs to the 2019 notice.
    const claimed = { fileName: 'claims-2019-day.csv', text: 'year,2018\nnotice_title,示例\ndate,type,name\n2018-12-30,holiday,元旦\n' };
    await assert.rejects(getKjt().run(importCalendarYear, claimed, admin()), rejectsWith('CALENDAR_DATE_OF_ANOTHER_NOTICE'));
    assert.deepEqual(await years(), before);
    assert.equal(await calendarAuditCount(), auditBefore);
  });

  it('an imported year is never overwritten by the bundled data', async () => {
    const file = { fileName: 'corrected-2025.csv', text: 'year,2025\nnotice_title,国务院办公厅关于2025年部分节假日安排的通知\ndate,type,name\n2025-01-01,holiday,元旦\n' };
    assert.equal((await getKjt().run(importCalendarYear, file, admin())).outcome, 'replaced');
    const reloaded = await loadBundledCalendarYears(getKjt().run, system());
    assert.equal(reloaded.years.find((year) => year.year === 2025)!.outcome, 'kept-imported');
    assert.equal((await years()).find((year) => year.year === 2025)!.holidayCount, 1);
  });

  it('only the admin imports; any signed-in user reads; anonymous callers are refused', async () => {
    for (const role of ['enterprise', 'department', 'supervisor'] as const) {
      await assert.rejects(getKjt().run(importCalendarYear, example2027, callAs(userActor(role))), rejectsWith('FORBIDDEN'));
    }
    await assert.rejects(getKjt().run(importCalendarYear, example2027, callAs(anonymousActor)), rejectsWith('UNAUTHENTICATED'));
    await assert.rejects(getKjt().run(listCalendarYears, undefined, callAs(anonymousActor)), rejectsWith('UNAUTHENTICATED'));
    await assert.rejects(getKjt().run(checkWorkingDay, { date: '2025-01-26' }, callAs(anonymousActor)), rejectsWith('UNAUTHENTICATED'));
    assert.equal((await getKjt().run(checkWorkingDay, { date: '2026-02-14' }, callAs(userActor('institution')))).kind, 'adjusted_workday');
  });

  httpChecks(getKjt);
});

/** The same capability over HTTP, on the same database (the demo city supplies the signed-in users). */
function httpChecks(getKjt: () => KeJinTong): void {
  let http: HttpServer;
  before(async () => {
    await seedDemoCity(getKjt().run);
    http = await buildHttpApp(getKjt(), { webRoot: '/nonexistent' });
    await http.ready();
  });

  it('over HTTP: the admin imports, an institution officer reads and is refused the import, errors are bilingual', async () => {
    const adminSession = await signInOverHttp(http, 'demo-admin', demoPassword);
    const officer = await signInOverHttp(http, 'demo-institution', demoPassword);
    const file = { fileName: 'example-2027.csv', text: fs.readFileSync(new URL('../../../tests/fixtures/calendar/example-2027.csv', import.meta.url), 'utf8') };
    const imported = await adminSession.request('POST', '/api/calendar/years', file);
    assert.equal(imported.statusCode, 200, JSON.stringify(imported.body));
    const refused = await officer.request('POST', '/api/calendar/years', file);
    assert.equal(refused.statusCode, 403);

    // 2026 春节: 02-15 to 02-23 off, so the next working day after the 调休 Saturday 02-14 is Tuesday 02-24.
    const deadline = await officer.request('GET', '/api/calendar/add-workdays?date=2026-02-14&n=1');
    assert.equal(deadline.statusCode, 200, JSON.stringify(deadline.body));
    assert.equal(deadline.body.deadline, '2026-02-24T23:59:59+08:00');
    const uncovered = await officer.request('GET', '/api/calendar/add-workdays?date=2030-01-02&n=1');
    assert.equal(uncovered.statusCode, 404);
    assert.equal(uncovered.body.code, 'CALENDAR_YEAR_NOT_COVERED');
    assert.match(uncovered.body.message.zh, /2030 年的工作日历尚未导入/);
    assert.match(uncovered.body.message.en, /The working-day calendar for 2030 has not been loaded/);
    const zero = await officer.request('GET', '/api/calendar/add-workdays?date=2026-02-14&n=0');
    assert.equal(zero.statusCode, 400);
    assert.equal(zero.body.code, 'INVALID_WORKING_DAY_COUNT');

    const days = await officer.request('GET', '/api/calendar/days?year=2026');
    assert.equal(days.statusCode, 200);
    assert.ok(days.body.days.some((day: { date: string; kind: string }) => day.date === '2026-02-28' && day.kind === 'adjusted_workday'));
    const listed = await officer.request('GET', '/api/calendar/years');
    assert.ok(listed.body.items.some((year: { year: number }) => year.year === 2027));
  });
}
