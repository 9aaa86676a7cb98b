import { boolean, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * 工作日历的年份: a year is covered (its dates may be asked about) only when its row exists. One
 * row per 放假安排通知 (the State Council's notice for that year).
 */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  noticeTitle: text('notice_title').notNull(),
  /** e.g. 国办发明电〔2024〕12号; null where the number is not known for sure. */
  noticeNumber: text('notice_number'),
  noticeUrl: text('notice_url'),
  /** `bundled` (from the chinese-days package at start-up) or `imported` (an operator's file). */
  sourceKind: text('source_kind').notNull(),
  /** Where the data came from: `chinese-days 1.5.7`, or the imported file's name. */
  source: text('source').notNull(),
  contentSha256: text('content_sha256').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
  loadedBy: text('loaded_by'),
});

/**
 * The days a notice names: every day of each holiday period (放假, weekends inside it included) and
 * every 调休 working day (上班). Any other date of a covered year follows the Monday-to-Friday rule.
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    /** The notice that names the day: usually the date's own year, but 元旦 days in late December belong to the next year's notice. */
    noticeYear: integer('notice_year').notNull(),
    isWorkingDay: boolean('is_working_day').notNull(),
    /** The festival: 元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆节 … (for a working day: the festival it is 调休 for). */
    name: text('name').notNull(),
  },
  (table) => [index('calendar_days_notice_year_idx').on(table.noticeYear)],
);
