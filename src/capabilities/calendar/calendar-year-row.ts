import { createHash } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database.ts';
import type { CalendarYearContent, CalendarYearSummary } from './calendar.contracts.ts';
import { calendarDays, calendarYears } from './calendar.tables.ts';

export type CalendarYearRow = typeof calendarYears.$inferSelect;

/** The same notice content always hashes the same, so loading it again is seen to change nothing. */
export function contentSha256Of(content: CalendarYearContent): string {
  const canonical = { year: content.year, notice: content.notice, days: [...content.days].sort((a, b) => a.date.localeCompare(b.date)) };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

export interface DayCounts {
  holidayCount: number;
  adjustedWorkdayCount: number;
}

export function toCalendarYearSummary(row: CalendarYearRow, counts: DayCounts): CalendarYearSummary {
  return {
    year: row.year,
    notice: { title: row.noticeTitle, number: row.noticeNumber, url: row.noticeUrl },
    sourceKind: row.sourceKind === 'imported' ? 'imported' : 'bundled',
    source: row.source,
    ...counts,
    contentSha256: row.contentSha256,
    loadedAt: row.loadedAt.toISOString(),
    loadedBy: row.loadedBy,
  };
}

/** Holiday and 调休 working-day counts per notice year. */
export async function dayCountsByYear(tx: Transaction, year?: number): Promise<Map<number, DayCounts>> {
  const rows = await tx
    .select({ year: calendarDays.noticeYear, isWorkingDay: calendarDays.isWorkingDay, count: sql<number>`count(*)::int` })
    .from(calendarDays)
    .where(year === undefined ? undefined : eq(calendarDays.noticeYear, year))
    .groupBy(calendarDays.noticeYear, calendarDays.isWorkingDay);
  const counts = new Map<number, DayCounts>();
  for (const row of rows) {
    const entry = counts.get(row.year) ?? { holidayCount: 0, adjustedWorkdayCount: 0 };
    if (row.isWorkingDay) entry.adjustedWorkdayCount = Number(row.count);
    else entry.holidayCount = Number(row.count);
    counts.set(row.year, entry);
  }
  return counts;
}

export async function summaryOfYear(tx: Transaction, year: number): Promise<CalendarYearSummary | undefined> {
  const [row] = await tx.select().from(calendarYears).where(eq(calendarYears.year, year));
  if (!row) return undefined;
  return toCalendarYearSummary(row, (await dayCountsByYear(tx, year)).get(year) ?? { holidayCount: 0, adjustedWorkdayCount: 0 });
}

/** A year's notice as stored, for audit rows. */
export async function storedContentOf(tx: Transaction, row: CalendarYearRow): Promise<CalendarYearContent> {
  const days = await tx
    .select({ date: calendarDays.date, isWorkingDay: calendarDays.isWorkingDay, name: calendarDays.name })
    .from(calendarDays)
    .where(eq(calendarDays.noticeYear, row.year))
    .orderBy(asc(calendarDays.date));
  return { year: row.year, notice: { title: row.noticeTitle, number: row.noticeNumber, url: row.noticeUrl }, days };
}
