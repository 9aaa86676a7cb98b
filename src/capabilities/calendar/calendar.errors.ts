import { defineErrors } from '../../platform/errors.ts';

/**
 * An uncovered year is a 404 (the CLI exits 4, "not found"): the calendar for that year is simply
 * not there yet, and the remedy is to import the year's notice, never to guess Monday to Friday.
 */
export const calendarErrors = defineErrors({
  CALENDAR_YEAR_NOT_COVERED: {
    status: 404,
    zh: '{year} 年的工作日历尚未导入（需国务院办公厅放假安排通知），请管理员用 kjt calendar import 导入',
    en: 'The working-day calendar for {year} has not been loaded (it needs the State Council General Office’s holiday notice); an admin can load it with kjt calendar import',
  },
  INVALID_DATE: { status: 400, zh: '{date} 不是有效日期，应为 YYYY-MM-DD', en: '{date} is not a valid date; use YYYY-MM-DD' },
  INVALID_WORKING_DAY_COUNT: {
    status: 400,
    zh: '工作日数 {n} 无效：应为 1 到 {max} 之间的整数（事件当天不计入）',
    en: 'Working-day count {n} is not valid: use a whole number from 1 to {max} (the event’s own day never counts)',
  },
  INVALID_CALENDAR_FILE: {
    status: 400,
    zh: '工作日历文件 {fileName} 有 {count} 处错误：{problemsZh}',
    en: 'Calendar file {fileName} has {count} problem(s): {problemsEn}',
  },
  CALENDAR_DATE_OF_ANOTHER_NOTICE: {
    status: 409,
    zh: '{date} 已由 {otherYear} 年的放假安排通知规定，不能再由 {year} 年的文件规定',
    en: '{date} is already set by the {otherYear} notice, so the {year} file cannot set it too',
  },
});
