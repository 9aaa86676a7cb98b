import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calendarCoverage, type CalendarCoverage } from './calendar-coverage.ts';

describe('calendar coverage: how far the loaded notices reach from today', () => {
  const cases: Array<{ years: number[]; today: string; expected: Omit<CalendarCoverage, 'today'>; why: string }> = [
    { years: [2025, 2026], today: '2026-06-15', expected: { coveredUntil: '2026-12-31', daysLeft: 199, nextYearNeeded: 2027, state: 'ok' }, why: 'mid-year: nothing to do yet' },
    { years: [2025, 2026], today: '2026-11-01', expected: { coveredUntil: '2026-12-31', daysLeft: 60, nextYearNeeded: 2027, state: 'ending' }, why: '1 November, 60 days left: the notice is usually out by now' },
    { years: [2025, 2026], today: '2026-10-31', expected: { coveredUntil: '2026-12-31', daysLeft: 61, nextYearNeeded: 2027, state: 'ok' }, why: 'the day before the warning starts' },
    { years: [2025, 2026], today: '2026-12-31', expected: { coveredUntil: '2026-12-31', daysLeft: 0, nextYearNeeded: 2027, state: 'ending' }, why: 'the last covered day' },
    { years: [2025, 2026], today: '2027-01-04', expected: { coveredUntil: null, daysLeft: null, nextYearNeeded: 2027, state: 'not_covered' }, why: 'today’s year is not loaded: no deadline can be set' },
    { years: [2026, 2027], today: '2026-12-01', expected: { coveredUntil: '2027-12-31', daysLeft: 395, nextYearNeeded: 2028, state: 'ok' }, why: 'next year already imported' },
    { years: [2026, 2028], today: '2026-12-01', expected: { coveredUntil: '2026-12-31', daysLeft: 30, nextYearNeeded: 2027, state: 'ending' }, why: 'a gap: 2028 does not help while 2027 is missing' },
    { years: [], today: '2026-06-15', expected: { coveredUntil: null, daysLeft: null, nextYearNeeded: 2026, state: 'not_covered' }, why: 'nothing loaded' },
    { years: [2024, 2025, 2026], today: '2024-03-01', expected: { coveredUntil: '2026-12-31', daysLeft: 1035, nextYearNeeded: 2027, state: 'ok' }, why: 'the run of loaded years continues from today’s year' },
  ];
  for (const { years, today, expected, why } of cases) {
    it(`${today} with ${years.join(', ') || 'no years'}: ${expected.state} (${why})`, () => {
      assert.deepEqual(calendarCoverage(years, today), { today, ...expected });
    });
  }
});
