import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWeekend, yearOf } from './calendar-date-math.ts';
import { bundledCalendarSource, bundledCalendarYears } from './bundled-calendar-years.ts';
import { knownNotices } from './bundled-notices.ts';

const years = bundledCalendarYears();
const yearContent = (year: number) => years.find((content) => content.year === year)!;
/** The holidays that fall on a weekday and the weekend days worked: what the notice changes. */
function exceptionsOf(year: number) {
  const days = yearContent(year).days;
  return {
    weekdayHolidays: days.filter((day) => !day.isWorkingDay && !isWeekend(day.date)).map((day) => day.date),
    weekendWorkdays: days.filter((day) => day.isWorkingDay).map((day) => `${day.date} ${day.name}`),
  };
}

describe(`bundled years (${bundledCalendarSource})`, () => {
  it('covers every year from 2004 to 2026, one content per notice', () => {
    assert.deepEqual(
      years.map((content) => content.year),
      Array.from({ length: 23 }, (_, index) => 2004 + index),
    );
  });

  it('every 调休 working day is a Saturday or Sunday, and every day belongs to its notice’s year or the December before', () => {
    for (const content of years) {
      for (const day of content.days) {
        if (day.isWorkingDay) assert.ok(isWeekend(day.date), `${content.year}: ${day.date}`);
        assert.ok(yearOf(day.date) === content.year || (yearOf(day.date) === content.year - 1 && day.date.slice(5, 7) === '12'), `${content.year}: ${day.date}`);
      }
    }
  });

  it('元旦 days in late December belong to the next year’s notice: 2011-12-31 was worked under the 2012 notice', () => {
    assert.deepEqual(yearContent(2012).days[0], { date: '2011-12-31', isWorkingDay: true, name: '元旦' });
    assert.ok(!yearContent(2011).days.some((day) => day.date === '2011-12-31'));
  });

  // 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）: 元旦 1月1日; 春节 1月28日至2月4日，
  // 1月26日（周日）、2月8日（周六）上班; 清明 4月4日至6日; 劳动节 5月1日至5日，4月27日（周日）上班;
  // 端午 5月31日至6月2日; 国庆节、中秋节 10月1日至8日，9月28日（周日）、10月11日（周六）上班.
  it('2025 matches 国办发明电〔2024〕12号 on both sides', () => {
    assert.equal(yearContent(2025).notice.number, '国办发明电〔2024〕12号');
    assert.deepEqual(exceptionsOf(2025), {
      weekdayHolidays: [
        '2025-01-01',
        '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-03', '2025-02-04',
        '2025-04-04',
        '2025-05-01', '2025-05-02', '2025-05-05',
        '2025-06-02',
        '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08',
      ],
      weekendWorkdays: ['2025-01-26 春节', '2025-02-08 春节', '2025-04-27 劳动节', '2025-09-28 国庆节', '2025-10-11 国庆节'],
    });
    const holidayDates = new Set(yearContent(2025).days.filter((day) => !day.isWorkingDay).map((day) => day.date));
    for (const date of ['2025-02-01', '2025-02-02', '2025-10-04', '2025-10-05']) assert.ok(holidayDates.has(date), `${date} is inside a holiday period`);
  });

  // 国务院办公厅关于2026年部分节假日安排的通知 (gov.cn content_7047091; its number is not in the source, so none is asserted):
  // 元旦 1月1日至3日，1月4日（周日）上班; 春节 2月15日至23日，2月14日（周六）、2月28日（周六）上班; 清明 4月4日至6日;
  // 劳动节 5月1日至5日，5月9日（周六）上班; 端午 6月19日至21日; 中秋 9月25日至27日;
  // 国庆节 10月1日至7日，9月20日（周日）、10月10日（周六）上班.
  it('2026 matches the 2026 notice on both sides', () => {
    assert.equal(yearContent(2026).notice.number, null);
    assert.equal(yearContent(2026).notice.url, knownNotices[2026]!.url);
    assert.deepEqual(exceptionsOf(2026), {
      weekdayHolidays: [
        '2026-01-01', '2026-01-02',
        '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23',
        '2026-04-06',
        '2026-05-01', '2026-05-04', '2026-05-05',
        '2026-06-19',
        '2026-09-25',
        '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07',
      ],
      weekendWorkdays: ['2026-01-04 元旦', '2026-02-14 春节', '2026-02-28 春节', '2026-05-09 劳动节', '2026-09-20 国庆节', '2026-10-10 国庆节'],
    });
  });

  it('years without a known notice are cited by the package, with no invented number', () => {
    const content = yearContent(2019);
    assert.equal(content.notice.number, null);
    assert.equal(content.notice.url, null);
    assert.match(content.notice.title, /chinese-days \d+\.\d+\.\d+/);
  });
});
