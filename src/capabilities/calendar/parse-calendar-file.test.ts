import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCalendarProblem, parseCalendarFile } from './parse-calendar-file.ts';

const header = ['# 示例 / example', 'year,2027', 'notice_title,示例·2027年部分节假日安排', 'notice_url,https://example.org/notice-2027', 'date,type,name'];
const good = [...header, '2026-12-31,holiday,元旦', '2027-01-01,放假,元旦', '2027-02-06,workday,春节', '2027-02-07,holiday,春节'].join('\n');

function problemsOf(text: string) {
  const result = parseCalendarFile(text, 'calendar-2027.csv');
  assert.equal(result.isValid, false);
  return result.isValid ? [] : result.problems.map((problem) => formatCalendarProblem(problem, 'en'));
}

describe('parseCalendarFile', () => {
  it('reads the year, the notice and the days, sorted; 放假/上班 are accepted for holiday/workday', () => {
    const result = parseCalendarFile(`\uFEFF${good.replace(/\n/g, '\r\n')}`, 'calendar-2027.csv');
    assert.ok(result.isValid, JSON.stringify(result));
    assert.deepEqual(result.content, {
      year: 2027,
      notice: { title: '示例·2027年部分节假日安排', number: null, url: 'https://example.org/notice-2027' },
      days: [
        { date: '2026-12-31', isWorkingDay: false, name: '元旦' },
        { date: '2027-01-01', isWorkingDay: false, name: '元旦' },
        { date: '2027-02-06', isWorkingDay: true, name: '春节' },
        { date: '2027-02-07', isWorkingDay: false, name: '春节' },
      ],
    });
  });

  it('reads quoted fields', () => {
    const result = parseCalendarFile(good.replace('notice_title,示例·2027年部分节假日安排', 'notice_title,"示例, ""2027"""'), 'f.csv');
    assert.ok(result.isValid);
    assert.equal(result.content.notice.title, '示例, "2027"');
  });

  const cases: [why: string, text: string, expected: RegExp][] = [
    ['a bad date names its line', good.replace('2027-01-01,放假', '2027-02-30,放假'), /^line 7: “2027-02-30” is not a valid date/],
    ['an unknown type', good.replace('2027-01-01,放假', '2027-01-01,rest'), /^line 7: type “rest” is not valid/],
    ['a working day on a weekday', good.replace('2027-02-06,workday', '2027-02-08,workday'), /^line 8: 2027-02-08 is not a weekend day/],
    ['a repeated date', `${good}\n2027-01-01,holiday,元旦`, /^line 10: 2027-01-01 repeated \(already on line 7\)/],
    ['a date outside the notice’s year', `${good}\n2028-01-01,holiday,元旦`, /^line 10: 2028-01-01 is outside the 2027 notice/],
    ['November of the year before', `${good}\n2026-11-30,holiday,元旦`, /^line 10: 2026-11-30 is outside the 2027 notice/],
    ['a missing column', good.replace('2027-02-07,holiday,春节', '2027-02-07,holiday'), /^line 9: expected 3 columns/],
    ['an unknown key', good.replace('year,2027', 'yaer,2027'), /^line 2: unknown key “yaer”/],
    ['a bad year', good.replace('year,2027', 'year,27'), /^line 2: year “27” is not valid/],
    ['a bad url', good.replace('https://example.org/notice-2027', 'example.org'), /^line 4: notice_url must start with http/],
    ['unbalanced quotes', good.replace('2027-02-07,holiday,春节', '2027-02-07,holiday,"春节'), /^line 9: unbalanced double quotes/],
    ['a wrong header', good.replace('date,type,name', 'date,kind,name'), /^line 5: the day table header must be date,type,name/],
    ['no title', good.replace('notice_title,示例·2027年部分节假日安排\n', ''), /notice_title \(the notice’s title\) is missing/],
    ['no days header', header.slice(0, 4).join('\n'), /the day table header date,type,name is missing/],
    ['no holiday', [...header, '2027-02-06,workday,春节'].join('\n'), /list at least one holiday/],
  ];
  for (const [why, text, expected] of cases) {
    it(why, () => assert.match(problemsOf(text)[0] ?? '', expected));
  }

  it('every problem is bilingual and names its line in both languages', () => {
    const result = parseCalendarFile(good.replace('2027-01-01,放假', '2027-01-01,rest'), 'f.csv');
    assert.ok(!result.isValid);
    assert.equal(formatCalendarProblem(result.problems[0]!, 'zh'), '第 7 行：类型“rest”无效，应为 holiday（放假）或 workday（上班）');
  });
});
