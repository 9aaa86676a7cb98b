import { asc } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { CalendarYearSummary } from './calendar.contracts.ts';
import { calendarYears } from './calendar.tables.ts';
import { dayCountsByYear, toCalendarYearSummary } from './calendar-year-row.ts';

/** The covered years, oldest first, each with its notice and where its data came from. */
export const listCalendarYears: UseCase<void, { items: CalendarYearSummary[] }> = async (_input, ctx) => {
  assertCan(ctx.actor, 'session');
  const rows = await ctx.tx.select().from(calendarYears).orderBy(asc(calendarYears.year));
  const counts = await dayCountsByYear(ctx.tx);
  return { items: rows.map((row) => toCalendarYearSummary(row, counts.get(row.year) ?? { holidayCount: 0, adjustedWorkdayCount: 0 })) };
};
