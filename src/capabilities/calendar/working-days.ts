import { shanghaiDate } from '../../platform/calendar-date.ts';
import { calendarErrors } from './calendar.errors.ts';
import { addDays, isIsoDate, isWeekend, yearOf } from './calendar-date-math.ts';

/**
 * Working-day rules as pure functions over an in-memory calendar (no I/O): the database lookups in
 * `calendar-lookup.ts` read the rows and call these.
 *
 * Convention (工作日期限): "N working days after an event" ends at 23:59:59 Asia/Shanghai on the Nth
 * working day after the event's date; the event's own day never counts, even when it is a working day.
 */

/** A day a 放假安排通知 names: a holiday (放假) or a 调休 working day (上班). */
export interface NamedCalendarDay {
  isWorkingDay: boolean;
  name: string;
}

export interface WorkingDayCalendar {
  /** Years whose notice is loaded; any date outside them is an error, never a Monday-to-Friday guess. */
  coveredYears: ReadonlySet<number>;
  namedDays: ReadonlyMap<string, NamedCalendarDay>;
}

export const dayKinds = ['workday', 'weekend', 'holiday', 'adjusted_workday'] as const;
export type DayKind = (typeof dayKinds)[number];

export interface DayStatus {
  date: string;
  isWorkingDay: boolean;
  kind: DayKind;
  /** The festival for a holiday or a 调休 working day; null for an ordinary day. */
  name: string | null;
}

/** Working days are counted one by one, so the count is bounded (a bit over a year of working days). */
export const maxWorkingDayCount = 365;

export function assertIsoDate(date: string): void {
  if (!isIsoDate(date)) throw calendarErrors('INVALID_DATE', { date });
}

export function assertWorkingDayCount(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > maxWorkingDayCount) throw calendarErrors('INVALID_WORKING_DAY_COUNT', { n, max: maxWorkingDayCount });
}

export function dayStatus(calendar: WorkingDayCalendar, date: string): DayStatus {
  assertIsoDate(date);
  const year = yearOf(date);
  if (!calendar.coveredYears.has(year)) throw calendarErrors('CALENDAR_YEAR_NOT_COVERED', { year, date });
  const named = calendar.namedDays.get(date);
  if (named) return { date, isWorkingDay: named.isWorkingDay, kind: named.isWorkingDay ? (isWeekend(date) ? 'adjusted_workday' : 'workday') : 'holiday', name: named.name };
  return isWeekend(date) ? { date, isWorkingDay: false, kind: 'weekend', name: null } : { date, isWorkingDay: true, kind: 'workday', name: null };
}

export function isWorkingDate(calendar: WorkingDayCalendar, date: string): boolean {
  return dayStatus(calendar, date).isWorkingDay;
}

export interface WorkingDaysResult {
  eventDate: string;
  n: number;
  /** The Nth working day after the event's date. */
  dueDate: string;
  /** The days passed over between the event's date and the due date that were not working days. */
  skipped: DayStatus[];
}

/** The Nth working day after `eventDate` (n ≥ 1); the event's own day never counts. */
export function nthWorkingDayAfter(calendar: WorkingDayCalendar, eventDate: string, n: number): WorkingDaysResult {
  assertIsoDate(eventDate);
  assertWorkingDayCount(n);
  // The event's year must be covered too: every date the rule touches comes from a loaded notice.
  dayStatus(calendar, eventDate);
  const skipped: DayStatus[] = [];
  let date = eventDate;
  let counted = 0;
  while (counted < n) {
    date = addDays(date, 1);
    const status = dayStatus(calendar, date);
    if (status.isWorkingDay) counted += 1;
    else skipped.push(status);
  }
  return { eventDate, n, dueDate: date, skipped };
}

/** The last second of `date` in Asia/Shanghai (UTC+8 all year, no daylight saving): 23:59:59+08:00 = 15:59:59Z. */
export function endOfShanghaiDay(date: string): Date {
  assertIsoDate(date);
  return new Date(`${date}T23:59:59+08:00`);
}

/** The deadline written as Shanghai local time, e.g. `2025-02-05T23:59:59+08:00`. */
export function formatShanghaiDeadline(date: string): string {
  return `${date}T23:59:59+08:00`;
}

export interface WorkingDayDeadline extends WorkingDaysResult {
  deadline: Date;
}

/** The deadline instant N working days after an event at `eventInstant` (its day in Asia/Shanghai). */
export function deadlineAfter(calendar: WorkingDayCalendar, eventInstant: Date, n: number): WorkingDayDeadline {
  const result = nthWorkingDayAfter(calendar, shanghaiDate(eventInstant), n);
  return { ...result, deadline: endOfShanghaiDay(result.dueDate) };
}
