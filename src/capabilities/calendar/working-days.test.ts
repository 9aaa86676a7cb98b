import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KjtError } from '../../platform/errors.ts';
import { addDays } from './calendar-date-math.ts';
import { dayStatus, deadlineAfter, endOfShanghaiDay, nthWorkingDayAfter, type NamedCalendarDay, type WorkingDayCalendar } from './working-days.ts';

/**
 * 2025 as set by 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）. Only 2025 is
 * covered, so stepping into 2026 must fail.
 */
function calendar2025(): WorkingDayCalendar {
  const namedDays = new Map<string, NamedCalendarDay>();
  const holidays = (name: string, from: string, to: string) => {
    for (let date = from; date <= to; date = addDays(date, 1)) namedDays.set(date, { isWorkingDay: false, name });
  };
  const workdays = (name: string, ...dates: string[]) => dates.forEach((date) => namedDays.set(date, { isWorkingDay: true, name }));
  holidays('元旦', '2025-01-01', '2025-01-01');
  holidays('春节', '2025-01-28', '2025-02-04');
  workdays('春节', '2025-01-26', '2025-02-08');
  holidays('清明', '2025-04-04', '2025-04-06');
  holidays('劳动节', '2025-05-01', '2025-05-05');
  workdays('劳动节', '2025-04-27');
  holidays('端午', '2025-05-31', '2025-06-02');
  holidays('国庆节', '2025-10-01', '2025-10-08');
  workdays('国庆节', '2025-09-28', '2025-10-11');
  return { coveredYears: new Set([2025]), namedDays };
}

const calendar = calendar2025();

function rejectsWith(code: string, details: Record<string, unknown> = {}) {
  return (error: unknown) => {
    assert.ok(error instanceof KjtError, String(error));
    assert.equal(error.code, code);
    for (const [key, value] of Object.entries(details)) assert.equal(error.details?.[key], value, key);
    return true;
  };
}

describe('nthWorkingDayAfter (event date, n) → due date', () => {
  const cases: [why: string, eventDate: string, n: number, dueDate: string][] = [
    ['Thursday + 1 → Friday', '2025-03-06', 1, '2025-03-07'],
    ['across a weekend: Friday + 1 → Monday', '2025-03-07', 1, '2025-03-10'],
    ['the event day never counts, even a working Monday', '2025-03-10', 1, '2025-03-11'],
    ['an event on a Saturday: + 1 → Monday', '2025-03-08', 1, '2025-03-10'],
    ['across 春节: Monday 01-27 + 1 → Wednesday 02-05', '2025-01-27', 1, '2025-02-05'],
    ['a 调休 Sunday counts: Saturday 01-25 + 1 → Sunday 01-26', '2025-01-25', 1, '2025-01-26'],
    ['Friday 01-24 + 2 → 01-26 (调休) then 01-27', '2025-01-24', 2, '2025-01-27'],
    ['an event inside 春节: 02-01 + 1 → 02-05', '2025-02-01', 1, '2025-02-05'],
    ['a 调休 Saturday counts: 02-07 + 1 → Saturday 02-08', '2025-02-07', 1, '2025-02-08'],
    ['claim within 1 before 国庆: Friday 09-26 + 1 → Sunday 09-28 (调休)', '2025-09-26', 1, '2025-09-28'],
    ['first contact within 2: 09-26 + 2 → 09-29', '2025-09-26', 2, '2025-09-29'],
    ['decision within 7 across 国庆 and the 10-11 调休: 09-26 + 7 → 10-13', '2025-09-26', 7, '2025-10-13'],
    ['劳动节: 04-30 + 1 → 05-06', '2025-04-30', 1, '2025-05-06'],
    ['元旦 is 01-01 only: 2025-01-01 + 1 → 01-02', '2025-01-01', 1, '2025-01-02'],
    ['the last working day of the year: 12-30 + 1 → 12-31', '2025-12-30', 1, '2025-12-31'],
  ];
  for (const [why, eventDate, n, dueDate] of cases) {
    it(why, () => assert.equal(nthWorkingDayAfter(calendar, eventDate, n).dueDate, dueDate));
  }

  it('lists the non-working days it passed over, with their names', () => {
    const result = nthWorkingDayAfter(calendar, '2025-01-27', 1);
    assert.deepEqual(
      result.skipped.map((day) => [day.date, day.kind, day.name]),
      ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04'].map((date) => [date, 'holiday', '春节']),
    );
    assert.deepEqual(nthWorkingDayAfter(calendar, '2025-03-07', 1).skipped.map((day) => [day.date, day.kind, day.name]), [
      ['2025-03-08', 'weekend', null],
      ['2025-03-09', 'weekend', null],
    ]);
  });

  it('crossing into a year that is not covered is an error naming that year, never a Monday-to-Friday guess', () => {
    assert.throws(() => nthWorkingDayAfter(calendar, '2025-12-30', 2), rejectsWith('CALENDAR_YEAR_NOT_COVERED', { year: 2026 }));
    assert.throws(() => nthWorkingDayAfter(calendar, '2024-12-31', 1), rejectsWith('CALENDAR_YEAR_NOT_COVERED', { year: 2024 }));
    try {
      nthWorkingDayAfter(calendar, '2025-12-31', 1);
      assert.fail('expected an error');
    } catch (error) {
      assert.ok(error instanceof KjtError);
      assert.equal(error.status, 404);
      assert.match(error.messages.zh, /^2026 年的工作日历尚未导入（需国务院办公厅放假安排通知）/);
      assert.match(error.messages.en, /^The working-day calendar for 2026 has not been loaded/);
    }
  });

  it('n must be a whole number from 1 to 365: n = 0 is an error, not "the same day"', () => {
    for (const n of [0, -1, 1.5, 366, Number.NaN]) assert.throws(() => nthWorkingDayAfter(calendar, '2025-03-06', n), rejectsWith('INVALID_WORKING_DAY_COUNT'), String(n));
  });

  it('a date that is not a real YYYY-MM-DD day is an error', () => {
    for (const date of ['2025-02-29', '2025-3-6', '20250306', '']) assert.throws(() => nthWorkingDayAfter(calendar, date, 1), rejectsWith('INVALID_DATE'), date);
  });
});

describe('dayStatus', () => {
  const cases: [date: string, isWorkingDay: boolean, kind: string, name: string | null][] = [
    ['2025-01-26', true, 'adjusted_workday', '春节'],
    ['2025-02-08', true, 'adjusted_workday', '春节'],
    ['2025-01-28', false, 'holiday', '春节'],
    ['2025-02-01', false, 'holiday', '春节'],
    ['2025-10-08', false, 'holiday', '国庆节'],
    ['2025-03-08', false, 'weekend', null],
    ['2025-03-10', true, 'workday', null],
  ];
  for (const [date, isWorkingDay, kind, name] of cases) {
    it(`${date}: ${kind}`, () => assert.deepEqual(dayStatus(calendar, date), { date, isWorkingDay, kind, name }));
  }
});

describe('deadlineAfter (event instant, n) → 23:59:59 Asia/Shanghai on the due date', () => {
  it('ends at 23:59:59+08:00 = 15:59:59Z', () => {
    const result = deadlineAfter(calendar, new Date('2025-01-27T10:00:00+08:00'), 1);
    assert.equal(result.dueDate, '2025-02-05');
    assert.equal(result.deadline.toISOString(), '2025-02-05T15:59:59.000Z');
    assert.equal(endOfShanghaiDay('2025-03-07').toISOString(), '2025-03-07T15:59:59.000Z');
  });

  it('the event’s day is its day in Shanghai, not in UTC', () => {
    // 23:30 in Shanghai on Thursday 03-06 is still 03-06 there (15:30Z).
    assert.equal(deadlineAfter(calendar, new Date('2025-03-06T15:30:00Z'), 1).dueDate, '2025-03-07');
    // 00:30 in Shanghai on Friday 03-07 is 16:30Z on 03-06: the event day is the Friday.
    assert.equal(deadlineAfter(calendar, new Date('2025-03-06T16:30:00Z'), 1).dueDate, '2025-03-10');
  });
});
