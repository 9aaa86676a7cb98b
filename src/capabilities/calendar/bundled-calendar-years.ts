import fs from 'node:fs';
import { createRequire } from 'node:module';
import { yearOf } from './calendar-date-math.ts';
import type { CalendarDay, CalendarYearContent } from './calendar.contracts.ts';
import { knownNotices } from './bundled-notices.ts';

const require = createRequire(import.meta.url);

/** e.g. `chinese-days 1.5.7`: where the bundled years come from. */
export const bundledCalendarSource = `chinese-days ${(require('chinese-days/package.json') as { version: string }).version}`;

interface ChineseDaysData {
  /** date → "English name,中文名,days": every day of each holiday period. */
  holidays: Record<string, string>;
  /** date → same: the 调休 working days (weekend days worked). */
  workdays: Record<string, string>;
}

/**
 * The years the chinese-days package covers, one content per notice, in year order. 元旦 days in
 * late December are set by the next year's notice, so they belong to that year's content.
 */
export function bundledCalendarYears(): CalendarYearContent[] {
  const data = JSON.parse(fs.readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')) as ChineseDaysData;
  const byYear = new Map<number, CalendarDay[]>();
  const add = (date: string, label: string, isWorkingDay: boolean) => {
    const name = zhNameOf(label);
    const noticeYear = date.slice(5, 7) === '12' && name === '元旦' ? yearOf(date) + 1 : yearOf(date);
    const days = byYear.get(noticeYear) ?? [];
    days.push({ date, isWorkingDay, name });
    byYear.set(noticeYear, days);
  };
  for (const [date, label] of Object.entries(data.holidays)) add(date, label, false);
  for (const [date, label] of Object.entries(data.workdays)) {
    if (date in data.holidays) throw new Error(`chinese-days lists ${date} both as a holiday and as a working day`);
    add(date, label, true);
  }
  return [...byYear.entries()]
    .filter(([year, days]) => days.some((day) => yearOf(day.date) === year))
    .sort(([a], [b]) => a - b)
    .map(([year, days]) => ({
      year,
      notice: knownNotices[year]
        ? { title: knownNotices[year].title, number: knownNotices[year].number, url: knownNotices[year].url }
        : { title: `${year} 年部分节假日安排（据 ${bundledCalendarSource}）`, number: null, url: null },
      days: days.sort((a, b) => a.date.localeCompare(b.date)),
    }));
}

/** "Spring Festival,春节,4" → 春节 (the English name never holds a comma). */
function zhNameOf(label: string): string {
  const parts = label.split(',');
  const name = parts[parts.length - 2];
  if (!name) throw new Error(`unexpected chinese-days label ${label}`);
  return name;
}
