import { and, asc, gte, lte } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { ListCalendarDaysInput } from './calendar.contracts.ts';
import { calendarErrors } from './calendar.errors.ts';
import { calendarDays } from './calendar.tables.ts';
import { summaryOfYear } from './calendar-year-row.ts';
import { dayStatus, type DayStatus, type WorkingDayCalendar } from './working-days.ts';
import type { CalendarYearSummary } from './calendar.contracts.ts';

/** The named days (holidays and 调休 working days) that fall in one covered year, by date. */
export const listCalendarDays: UseCase<ListCalendarDaysInput, { year: CalendarYearSummary; days: DayStatus[] }> = async (input, ctx) => {
  assertCan(ctx.actor, 'session');
  const year = await summaryOfYear(ctx.tx, input.year);
  if (!year) throw calendarErrors('CALENDAR_YEAR_NOT_COVERED', { year: input.year });
  const rows = await ctx.tx
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.date, `${input.year}-01-01`), lte(calendarDays.date, `${input.year}-12-31`)))
    .orderBy(asc(calendarDays.date));
  const calendar: WorkingDayCalendar = { coveredYears: new Set([input.year]), namedDays: new Map(rows.map((row) => [row.date, row])) };
  return { year, days: rows.map((row) => dayStatus(calendar, row.date)) };
};
