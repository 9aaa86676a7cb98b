import { z } from 'zod';
import { dayKinds } from './working-days.ts';

const isoDate = z.iso.date();

export const calendarNoticeSchema = z.object({
  title: z.string(),
  number: z.string().nullable(),
  url: z.string().nullable(),
});

export const calendarDaySchema = z.object({ date: isoDate, isWorkingDay: z.boolean(), name: z.string() });
export type CalendarDay = z.infer<typeof calendarDaySchema>;

/** One year's notice as data: what a file import and the bundled chinese-days data both produce. */
export const calendarYearContentSchema = z.object({
  year: z.number().int(),
  notice: calendarNoticeSchema,
  days: z.array(calendarDaySchema),
});
export type CalendarYearContent = z.infer<typeof calendarYearContentSchema>;

export const calendarSourceKinds = ['bundled', 'imported'] as const;

export const calendarYearSummarySchema = z.object({
  year: z.number().int(),
  notice: calendarNoticeSchema,
  sourceKind: z.enum(calendarSourceKinds),
  source: z.string(),
  holidayCount: z.number().int(),
  adjustedWorkdayCount: z.number().int(),
  contentSha256: z.string(),
  loadedAt: z.string(),
  loadedBy: z.string().nullable(),
});
export type CalendarYearSummary = z.infer<typeof calendarYearSummarySchema>;
export const calendarCoverageSchema = z.object({
  today: z.string(),
  coveredUntil: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
  nextYearNeeded: z.number().int(),
  state: z.enum(['ok', 'ending', 'not_covered']),
});

export const calendarYearListSchema = z.object({ items: z.array(calendarYearSummarySchema), coverage: calendarCoverageSchema });
export type CalendarYearList = z.infer<typeof calendarYearListSchema>;

export const importCalendarYearInput = z.object({
  fileName: z.string().trim().min(1).max(200),
  text: z.string().max(200_000),
});
export type ImportCalendarYearInput = z.infer<typeof importCalendarYearInput>;

export const importCalendarYearResultSchema = z.object({
  outcome: z.enum(['created', 'replaced', 'unchanged']),
  year: calendarYearSummarySchema,
});
export type ImportCalendarYearResult = z.infer<typeof importCalendarYearResultSchema>;

/** Query values stay strings here so the use case can answer a bad date with its own bilingual message. */
export const listCalendarDaysInput = z.object({ year: z.coerce.number().int().min(1900).max(2200) });
export type ListCalendarDaysInput = z.infer<typeof listCalendarDaysInput>;

export const dayStatusSchema = z.object({ date: isoDate, isWorkingDay: z.boolean(), kind: z.enum(dayKinds), name: z.string().nullable() });

export const calendarDayListSchema = z.object({
  year: calendarYearSummarySchema,
  /** The days the notice names that fall in this year, by date. */
  days: z.array(dayStatusSchema),
});

export const checkWorkingDayInput = z.object({ date: z.string().trim() });
export type CheckWorkingDayInput = z.infer<typeof checkWorkingDayInput>;
export const checkWorkingDayResultSchema = dayStatusSchema.extend({ weekday: z.object({ zh: z.string(), en: z.string() }) });
export type CheckWorkingDayResult = z.infer<typeof checkWorkingDayResultSchema>;

export const addWorkingDaysInput = z.object({ date: z.string().trim(), n: z.coerce.number() });
export type AddWorkingDaysInput = z.infer<typeof addWorkingDaysInput>;
export const addWorkingDaysResultSchema = z.object({
  eventDate: isoDate,
  n: z.number().int(),
  dueDate: isoDate,
  /** 23:59:59 Asia/Shanghai on the due date, e.g. 2025-02-05T23:59:59+08:00. */
  deadline: z.string(),
  deadlineUtc: z.string(),
  skipped: z.array(dayStatusSchema),
});
export type AddWorkingDaysResult = z.infer<typeof addWorkingDaysResultSchema>;
