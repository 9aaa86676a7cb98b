import { isIsoDate, isWeekend, yearOf } from './calendar-date-math.ts';
import type { CalendarDay, CalendarYearContent } from './calendar.contracts.ts';

/**
 * Reads a working-day calendar file (UTF-8 CSV, format in docs/calendar-file-format.md):
 *
 *     year,2027
 *     notice_title,国务院办公厅关于2027年部分节假日安排的通知
 *     notice_number,国办发明电〔2026〕N号        (optional)
 *     notice_url,https://www.gov.cn/…          (optional)
 *     date,type,name
 *     2027-01-01,holiday,元旦
 *     2027-02-07,workday,春节
 *
 * Blank lines and lines starting with `#` are ignored. Every problem names its line.
 */

export interface CalendarFileProblem {
  line: number | null;
  zh: string;
  en: string;
}

export type ParseCalendarFileResult =
  | { isValid: true; fileName: string; content: CalendarYearContent }
  | { isValid: false; fileName: string; problems: CalendarFileProblem[] };

const typeWords: Record<string, boolean> = { holiday: false, 放假: false, workday: true, 上班: true };
const metadataKeys = ['year', 'notice_title', 'notice_number', 'notice_url'] as const;
type MetadataKey = (typeof metadataKeys)[number];

export function formatCalendarProblem(problem: CalendarFileProblem, language: 'zh' | 'en'): string {
  if (problem.line === null) return problem[language];
  return language === 'zh' ? `第 ${problem.line} 行：${problem.zh}` : `line ${problem.line}: ${problem.en}`;
}

export function parseCalendarFile(text: string, fileName: string): ParseCalendarFileResult {
  const problems: CalendarFileProblem[] = [];
  const problem = (line: number | null, zh: string, en: string) => problems.push({ line, zh, en });
  const metadata: Partial<Record<MetadataKey, { value: string; line: number }>> = {};
  const days: (CalendarDay & { line: number })[] = [];
  let isInDays = false;

  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const fields = splitCsvLine(raw);
    if (fields === undefined) return problem(line, '引号不成对', 'unbalanced double quotes');
    const [first = '', ...rest] = fields;
    if (!isInDays) {
      if (first === 'date') {
        if (fields.join(',') !== 'date,type,name') problem(line, '日期表头应为 date,type,name', 'the day table header must be date,type,name');
        isInDays = true;
        return;
      }
      if (!(metadataKeys as readonly string[]).includes(first)) {
        return problem(line, `未知的项目“${first}”，应为 ${metadataKeys.join('、')} 或表头 date,type,name`, `unknown key “${first}”; expected ${metadataKeys.join(', ')} or the header date,type,name`);
      }
      const key = first as MetadataKey;
      if (metadata[key]) return problem(line, `${key} 重复（第 ${metadata[key].line} 行已有）`, `${key} repeated (already on line ${metadata[key].line})`);
      if (rest.length !== 1 || rest[0] === '') return problem(line, `${key} 应恰有一个值`, `${key} must have exactly one value`);
      metadata[key] = { value: rest[0]!, line };
      return;
    }
    if (fields.length !== 3) return problem(line, `应有 3 列（date,type,name），实有 ${fields.length} 列`, `expected 3 columns (date,type,name), found ${fields.length}`);
    const [date = '', type = '', name = ''] = fields;
    if (!isIsoDate(date)) return problem(line, `“${date}”不是有效日期，应为 YYYY-MM-DD`, `“${date}” is not a valid date; use YYYY-MM-DD`);
    if (!(type in typeWords)) return problem(line, `类型“${type}”无效，应为 holiday（放假）或 workday（上班）`, `type “${type}” is not valid; use holiday (放假) or workday (上班)`);
    if (name === '' || name.length > 40) return problem(line, '名称（节日）不能为空，且不超过 40 个字', 'the name (festival) must be 1 to 40 characters');
    const isWorkingDay = typeWords[type]!;
    if (isWorkingDay && !isWeekend(date)) return problem(line, `${date} 不是周末：只有周六、周日才需列为调休上班`, `${date} is not a weekend day: only a Saturday or Sunday needs listing as a 调休 working day`);
    const earlier = days.find((day) => day.date === date);
    if (earlier) return problem(line, `${date} 重复（第 ${earlier.line} 行已有）`, `${date} repeated (already on line ${earlier.line})`);
    days.push({ date, isWorkingDay, name, line });
  });

  const year = checkYear(metadata.year, problem);
  if (!metadata.notice_title) problem(null, '缺少 notice_title（通知标题）', 'notice_title (the notice’s title) is missing');
  const url = metadata.notice_url;
  if (url && !/^https?:\/\/\S+$/.test(url.value)) problem(url.line, 'notice_url 应以 http:// 或 https:// 开头', 'notice_url must start with http:// or https://');
  if (!isInDays) problem(null, '缺少日期表头 date,type,name', 'the day table header date,type,name is missing');
  else if (!days.some((day) => !day.isWorkingDay)) problem(null, '至少应列出一个放假日', 'list at least one holiday');
  if (year !== undefined) {
    for (const day of days) {
      // A notice may name late-December days of the year before (元旦 periods start on 12-30 or 12-31).
      const isInRange = yearOf(day.date) === year || (yearOf(day.date) === year - 1 && day.date.slice(5, 7) === '12');
      if (!isInRange) problem(day.line, `${day.date} 不属于 ${year} 年的通知（只能是 ${year} 年或其前一年 12 月）`, `${day.date} is outside the ${year} notice (only ${year}, or December of ${year - 1})`);
    }
  }
  if (problems.length > 0 || year === undefined || !metadata.notice_title) {
    return { isValid: false, fileName, problems: problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity)) };
  }
  return {
    isValid: true,
    fileName,
    content: {
      year,
      notice: { title: metadata.notice_title.value, number: metadata.notice_number?.value ?? null, url: url?.value ?? null },
      days: days.map(({ date, isWorkingDay, name }) => ({ date, isWorkingDay, name })).sort((a, b) => a.date.localeCompare(b.date)),
    },
  };
}

function checkYear(entry: { value: string; line: number } | undefined, problem: (line: number | null, zh: string, en: string) => void): number | undefined {
  if (!entry) {
    problem(null, '缺少 year（年份）', 'year is missing');
    return undefined;
  }
  const year = Number(entry.value);
  if (!/^\d{4}$/.test(entry.value) || year < 2000 || year > 2100) {
    problem(entry.line, `年份“${entry.value}”无效，应为 2000 到 2100 之间的四位数`, `year “${entry.value}” is not valid; use four digits from 2000 to 2100`);
    return undefined;
  }
  return year;
}

/** Splits one CSV line: commas separate, a field may be double-quoted with "" for a quote. Undefined when quotes do not pair. */
function splitCsvLine(line: string): string[] | undefined {
  const fields: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i]!;
    if (isQuoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') isQuoted = false;
      else field += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ',') {
      fields.push(field.trim());
      field = '';
    } else field += char;
  }
  if (isQuoted) return undefined;
  fields.push(field.trim());
  return fields;
}
