/**
 * 服务时限 (SPEC §2.5): whole Chinese working days after the day of the event, ending 23:59:59
 * Asia/Shanghai (calendar/calendar-lookup.ts). Defaults of the platform; a missed claim deadline
 * re-opens a chosen-dispatch demand to every eligible institution when `isReopenedOnMiss`.
 */
export const serviceDeadlines = {
  claimWorkingDays: 1,
  contactWorkingDays: 2,
  decisionWorkingDays: 7,
  /** Remind the institution this many hours before a deadline. */
  reminderHours: 4,
  isReopenedOnMiss: true,
} as const;
