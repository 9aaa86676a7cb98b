import { and, eq, inArray, ne } from 'drizzle-orm';
import { actorLabel } from '../../platform/auth/actor.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import { calendarErrors } from './calendar.errors.ts';
import type { CalendarYearContent } from './calendar.contracts.ts';
import { calendarDays, calendarYears } from './calendar.tables.ts';
import { contentSha256Of, storedContentOf } from './calendar-year-row.ts';

export interface CalendarYearSource {
  sourceKind: 'bundled' | 'imported';
  source: string;
}

export type StoreOutcome = 'created' | 'replaced' | 'unchanged';

/**
 * Writes one year's notice inside the caller's transaction: its `calendar_years` row and its days,
 * replacing what that notice set before, with one audit row. The same content again writes nothing.
 * Not a use case: the import and the bundled loader have checked access first.
 */
export async function storeCalendarYear(ctx: UseCaseContext, content: CalendarYearContent, from: CalendarYearSource): Promise<StoreOutcome> {
  const contentSha256 = contentSha256Of(content);
  const [existing] = await ctx.tx.select().from(calendarYears).where(eq(calendarYears.year, content.year));
  if (existing && existing.contentSha256 === contentSha256 && existing.sourceKind === from.sourceKind) return 'unchanged';

  const dates = content.days.map((day) => day.date);
  const [claimed] = dates.length === 0 ? [] : await ctx.tx.select().from(calendarDays).where(and(inArray(calendarDays.date, dates), ne(calendarDays.noticeYear, content.year)));
  if (claimed) throw calendarErrors('CALENDAR_DATE_OF_ANOTHER_NOTICE', { date: claimed.date, otherYear: claimed.noticeYear, year: content.year });

  const values = {
    noticeTitle: content.notice.title,
    noticeNumber: content.notice.number,
    noticeUrl: content.notice.url,
    sourceKind: from.sourceKind,
    source: from.source,
    contentSha256,
    loadedAt: ctx.now,
    loadedBy: actorLabel(ctx.actor),
  };
  const after = { ...content, sourceKind: from.sourceKind, source: from.source, contentSha256 };
  if (!existing) {
    // Several servers starting together may load the same bundled year: the first insert wins.
    const [inserted] = await ctx.tx.insert(calendarYears).values({ year: content.year, ...values }).onConflictDoNothing().returning();
    if (!inserted) return 'unchanged';
    if (content.days.length > 0) await ctx.tx.insert(calendarDays).values(content.days.map((day) => ({ ...day, noticeYear: content.year })));
    await ctx.audit({ action: 'calendar-year.load', entityType: 'calendar_year', entityId: String(content.year), after });
    return 'created';
  }
  const before = { ...(await storedContentOf(ctx.tx, existing)), sourceKind: existing.sourceKind, source: existing.source, contentSha256: existing.contentSha256 };
  await ctx.tx.delete(calendarDays).where(eq(calendarDays.noticeYear, content.year));
  if (content.days.length > 0) await ctx.tx.insert(calendarDays).values(content.days.map((day) => ({ ...day, noticeYear: content.year })));
  await ctx.tx.update(calendarYears).set(values).where(eq(calendarYears.year, content.year));
  await ctx.audit({ action: 'calendar-year.replace', entityType: 'calendar_year', entityId: String(content.year), before, after });
  return 'replaced';
}
