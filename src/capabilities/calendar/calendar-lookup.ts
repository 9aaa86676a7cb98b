import { and, gte, lte, max } from 'drizzle-orm';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { yearOf } from './calendar-date-math.ts';
import { calendarDays, calendarYears } from './calendar.tables.ts';
import { assertIsoDate, assertWorkingDayCount, dayStatus, deadlineAfter, type DayStatus, type WorkingDayCalendar, type WorkingDayDeadline } from './working-days.ts';

/**
 * The working-day reads other capabilities call (e.g. financing-demand deadlines) instead of
 * touching the calendar tables. No access check: the calling use case has done its own. A date in a
 * year whose notice is not loaded throws `CALENDAR_YEAR_NOT_COVERED`.
 */

/** The calendar of the years `fromYear` to `toYear`: covered years and the days their notices name. */
export async function readWorkingDayCalendar(tx: Transaction, fromYear: number, toYear: number): Promise<WorkingDayCalendar> {
  const years = await tx.select({ year: calendarYears.year }).from(calendarYears).where(and(gte(calendarYears.year, fromYear), lte(calendarYears.year, toYear)));
  const days = await tx
    .select({ date: calendarDays.date, isWorkingDay: calendarDays.isWorkingDay, name: calendarDays.name })
    .from(calendarDays)
    .where(and(gte(calendarDays.date, `${fromYear}-01-01`), lte(calendarDays.date, `${toYear}-12-31`)));
  return {
    coveredYears: new Set(years.map((row) => row.year)),
    namedDays: new Map(days.map((day) => [day.date, { isWorkingDay: day.isWorkingDay, name: day.name }])),
  };
}

/** Whether `date` (YYYY-MM-DD) is a working day, with why: 调休 working day, holiday, weekend or an ordinary weekday. */
export async function describeDay(tx: Transaction, date: string): Promise<DayStatus> {
  assertIsoDate(date);
  return dayStatus(await readWorkingDayCalendar(tx, yearOf(date), yearOf(date)), date);
}

export async function isWorkingDay(tx: Transaction, date: string): Promise<boolean> {
  return (await describeDay(tx, date)).isWorkingDay;
}

/** The deadline and how it was reached: N working days after the event's day in Asia/Shanghai. */
export async function workingDayDeadline(tx: Transaction, eventInstant: Date, n: number): Promise<WorkingDayDeadline> {
  assertWorkingDayCount(n);
  const eventYear = yearOf(shanghaiDate(eventInstant));
  // At most 365 working days: every year has well over 200, so they end within two years after the event's.
  return deadlineAfter(await readWorkingDayCalendar(tx, eventYear, eventYear + 2), eventInstant, n);
}

/** The deadline instant: 23:59:59 Asia/Shanghai on the Nth working day after the event's date (n ≥ 1). */
export async function addWorkingDays(tx: Transaction, eventInstant: Date, n: number): Promise<Date> {
  return (await workingDayDeadline(tx, eventInstant, n)).deadline;
}

/** The last year whose notice is loaded, or undefined when none is. */
export async function lastCoveredYear(tx: Transaction): Promise<number | undefined> {
  const [row] = await tx.select({ year: max(calendarYears.year) }).from(calendarYears);
  return row?.year ?? undefined;
}
