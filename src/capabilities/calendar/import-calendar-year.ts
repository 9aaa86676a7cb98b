import { assertCan } from '../../platform/auth/actor.ts';
import type { KjtError } from '../../platform/errors.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { ImportCalendarYearInput, ImportCalendarYearResult } from './calendar.contracts.ts';
import { calendarErrors } from './calendar.errors.ts';
import { summaryOfYear } from './calendar-year-row.ts';
import { formatCalendarProblem, parseCalendarFile, type ParseCalendarFileResult } from './parse-calendar-file.ts';
import { storeCalendarYear } from './store-calendar-year.ts';

/**
 * 导入放假安排通知: loads one year from a calendar file, replacing that year (bundled or imported
 * before) in one transaction with its audit row. A file with any problem writes nothing.
 */
export const importCalendarYear: UseCase<ImportCalendarYearInput, ImportCalendarYearResult> = async (input, ctx) => {
  assertCan(ctx.actor, 'calendar.manage');
  const parsed = parseCalendarFile(input.text, input.fileName);
  if (!parsed.isValid) throw invalidCalendarFileError(parsed);
  const outcome = await storeCalendarYear(ctx, parsed.content, { sourceKind: 'imported', source: input.fileName });
  return { outcome, year: (await summaryOfYear(ctx.tx, parsed.content.year))! };
};

export function invalidCalendarFileError(parsed: Extract<ParseCalendarFileResult, { isValid: false }>): KjtError {
  const shown = parsed.problems.slice(0, 5);
  const more = parsed.problems.length - shown.length;
  return calendarErrors('INVALID_CALENDAR_FILE', {
    fileName: parsed.fileName,
    count: parsed.problems.length,
    problemsZh: shown.map((problem) => formatCalendarProblem(problem, 'zh')).join('；') + (more > 0 ? `；另有 ${more} 处` : ''),
    problemsEn: shown.map((problem) => formatCalendarProblem(problem, 'en')).join('; ') + (more > 0 ? `; and ${more} more` : ''),
    problems: parsed.problems,
  });
}
