import { inArray } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { Call, RunUseCase, UseCase } from '../../platform/use-case.ts';
import { bundledCalendarSource, bundledCalendarYears } from './bundled-calendar-years.ts';
import type { CalendarYearContent } from './calendar.contracts.ts';
import { calendarYears } from './calendar.tables.ts';
import { storeCalendarYear, type StoreOutcome } from './store-calendar-year.ts';

export interface LoadBundledCalendarYearsResult {
  source: string;
  years: { year: number; outcome: StoreOutcome | 'kept-imported' }[];
}

/**
 * Loads the years the chinese-days package covers (at start-up and in demo set-up). A year an
 * operator imported is never overwritten; a bundled year whose data changed in a newer package is
 * replaced; unchanged years write nothing, so calling this at every start is cheap.
 */
export const loadBundledCalendarYearsUseCase: UseCase<{ contents: CalendarYearContent[]; source: string }, LoadBundledCalendarYearsResult> = async (input, ctx) => {
  assertCan(ctx.actor, 'calendar.manage');
  const years = input.contents.map((content) => content.year);
  const imported = new Set(
    (await ctx.tx.select({ year: calendarYears.year, sourceKind: calendarYears.sourceKind }).from(calendarYears).where(inArray(calendarYears.year, years)))
      .filter((row) => row.sourceKind === 'imported')
      .map((row) => row.year),
  );
  const results: LoadBundledCalendarYearsResult['years'] = [];
  for (const content of input.contents) {
    if (imported.has(content.year)) results.push({ year: content.year, outcome: 'kept-imported' });
    else results.push({ year: content.year, outcome: await storeCalendarYear(ctx, content, { sourceKind: 'bundled', source: input.source }) });
  }
  return { source: input.source, years: results };
};

export function loadBundledCalendarYears(run: RunUseCase, call: Call): Promise<LoadBundledCalendarYearsResult> {
  return run(loadBundledCalendarYearsUseCase, { contents: bundledCalendarYears(), source: bundledCalendarSource }, call);
}
