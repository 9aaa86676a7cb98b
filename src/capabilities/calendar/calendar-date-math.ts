/** Day arithmetic on YYYY-MM-DD strings (a calendar day is not an instant: no time zone is involved). */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real day written YYYY-MM-DD (2025-02-29 is not). */
export function isIsoDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  if (!match) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

const weekdayNamesZh = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const weekdayNamesEn = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function weekdayName(date: string): { zh: string; en: string } {
  const weekday = weekdayOf(date);
  return { zh: weekdayNamesZh[weekday]!, en: weekdayNamesEn[weekday]! };
}
