import { bundledCalendarYears } from '../../src/capabilities/calendar/bundled-calendar-years.ts';
import { importCalendarYear } from '../../src/capabilities/calendar/import-calendar-year.ts';
import { shanghaiDate } from '../../src/platform/calendar-date.ts';
import type { Call, RunUseCase } from '../../src/platform/use-case.ts';

/** A test-only notice for `year`: 元旦 and weekends off, nothing else. Not a State Council notice, and it says so. */
export function testCalendarFile(year: number): string {
  return [
    '# 测试用日历，不是真实通知 / a test calendar, not a real notice',
    `year,${year}`,
    `notice_title,测试用：仅元旦与周末休息（非国务院通知）`,
    'date,type,name',
    `${year}-01-01,holiday,元旦`,
  ].join('\n');
}

/**
 * For tests that act at today's date (posting and claiming through the API or the pages): imports
 * a test-only calendar for every year after the bundled ones up to next year, so a deadline set
 * today can be computed even in late December or in a year the chinese-days package does not cover
 * yet. Tests that check deadlines against a real notice use fixed dates in bundled years instead.
 * Returns the years imported.
 */
export async function importTestCalendarAfterBundled(run: RunUseCase, call: Call, now = new Date()): Promise<number[]> {
  const lastBundled = Math.max(...bundledCalendarYears().map((content) => content.year));
  const nextYear = Number(shanghaiDate(now).slice(0, 4)) + 1;
  const years: number[] = [];
  for (let year = lastBundled + 1; year <= nextYear; year += 1) {
    await run(importCalendarYear, { fileName: `test-calendar-${year}.csv`, text: testCalendarFile(year) }, call);
    years.push(year);
  }
  return years;
}
