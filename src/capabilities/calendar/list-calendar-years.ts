import { asc } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import { calendarCoverage } from './calendar-coverage.ts';
import type { CalendarYearList } from './calendar.contracts.ts';
import { calendarYears } from './calendar.tables.ts';
import { dayCountsByYear, toCalendarYearSummary } from './calendar-year-row.ts';

/** The covered years, oldest first, each with its notice and where its data came from; and how far they reach from today. */
export const listCalendarYears: UseCase<void, CalendarYearList> = async (_input, ctx) => {
  assertCan(ctx.actor, 'session');
  const rows = await ctx.tx.select().from(calendarYears).orderBy(asc(calendarYears.year));
  const counts = await dayCountsByYear(ctx.tx);
  return {
    items: rows.map((row) => toCalendarYearSummary(row, counts.get(row.year) ?? { holidayCount: 0, adjustedWorkdayCount: 0 })),
    coverage: calendarCoverage(rows.map((row) => row.year), shanghaiDate(ctx.now)),
  };
};
