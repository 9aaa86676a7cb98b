import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { exitCodes, type CliContext, withPlatform } from '../../cli/cli-context.ts';
import type { AddWorkingDaysResult, CalendarYearList, CalendarYearSummary, CheckWorkingDayResult } from './calendar.contracts.ts';
import { checkWorkingDay } from './check-working-day.ts';
import { computeWorkingDayDeadline } from './compute-working-day-deadline.ts';
import { importCalendarYear } from './import-calendar-year.ts';
import { listCalendarYears } from './list-calendar-years.ts';
import { loadBundledCalendarYears } from './load-bundled-calendar-years.ts';
import type { DayKind } from './working-days.ts';

interface JsonOption {
  json?: boolean;
}

const kindNames: Record<DayKind, string> = {
  workday: '工作日 / working day',
  adjusted_workday: '调休上班 / 调休 working day',
  holiday: '放假 / holiday',
  weekend: '周末 / weekend',
};
const outcomeNames = { created: '已导入 / loaded', replaced: '已替换该年 / year replaced', unchanged: '内容未变 / unchanged' } as const;

/**
 * `kjt calendar …`. Each command first loads the bundled years the way `kjt serve` does at start-up
 * (unchanged years write nothing), so the CLI works on a database no server has started on yet. A
 * date in a year whose notice is not loaded exits 4 (not found) with a bilingual message.
 */
export function registerCalendarCommands(program: Command, cli: CliContext): void {
  const calendar = program.command('calendar').description('工作日历 / Working-day calendar');
  calendar
    .command('is-workday <date>')
    .description('某日（YYYY-MM-DD）是否工作日；未导入的年份退出码 4 / Whether a day is a working day; exit 4 for a year not loaded')
    .option('--json', 'JSON output')
    .action((date: string, options: JsonOption) =>
      withPlatform(cli, {}, async (kjt) => {
        await loadBundledCalendarYears(kjt.run, cli.call());
        const day = await kjt.run(checkWorkingDay, { date }, cli.call());
        cli.print({ isJson: Boolean(options.json) }, day, () => describeDayLine(day));
      }),
    );
  calendar
    .command('add-workdays <date> <n>')
    .description('事件日之后第 N 个工作日及期限 23:59:59+08:00（事件当天不计）/ The Nth working day after an event’s date and its deadline (the event’s day never counts)')
    .option('--json', 'JSON output')
    .action((date: string, n: string, options: JsonOption) =>
      withPlatform(cli, {}, async (kjt) => {
        await loadBundledCalendarYears(kjt.run, cli.call());
        const result = await kjt.run(computeWorkingDayDeadline, { date, n: Number(n) }, cli.call());
        cli.print({ isJson: Boolean(options.json) }, result, () => describeDeadline(result));
      }),
    );
  calendar
    .command('import <file>')
    .description('导入一年的放假安排通知（CSV，格式见 docs/calendar-file-format.md），替换该年 / Load a year’s notice file, replacing that year')
    .option('--json', 'JSON output')
    .action((file: string, options: JsonOption) => {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (error) {
        process.stderr.write(`无法读取文件 / cannot read file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
        process.exitCode = exitCodes.notFound;
        return;
      }
      return withPlatform(cli, {}, async (kjt) => {
        await loadBundledCalendarYears(kjt.run, cli.call());
        const result = await kjt.run(importCalendarYear, { fileName: path.basename(file), text }, cli.call());
        cli.print({ isJson: Boolean(options.json) }, result, () => `${outcomeNames[result.outcome]}: ${describeYearLine(result.year)}`);
      });
    });
  calendar
    .command('years')
    .description('已导入的年份及其通知 / The covered years and their notices')
    .option('--json', 'JSON output')
    .action((options: JsonOption) =>
      withPlatform(cli, {}, async (kjt) => {
        await loadBundledCalendarYears(kjt.run, cli.call());
        const { items, coverage } = await kjt.run(listCalendarYears, undefined, cli.call());
        cli.print({ isJson: Boolean(options.json) }, { items, coverage }, () => [items.map(describeYearLine).join('\n') || '（无 / none）', describeCoverage(coverage)].filter(Boolean).join('\n'));
      }),
    );
}

function describeDayLine(day: CheckWorkingDayResult): string {
  return `${day.date} ${day.weekday.zh}/${day.weekday.en}: ${day.isWorkingDay ? '是工作日 / a working day' : '不是工作日 / not a working day'} — ${kindNames[day.kind]}${day.name ? `（${day.name}）` : ''}`;
}

function describeDeadline(result: AddWorkingDaysResult): string {
  const skipped = result.skipped.map((day) => `${day.date}${day.name ? ` ${day.name}` : ''}`).join(', ');
  return [
    `事件日 / event date: ${result.eventDate}; N = ${result.n}`,
    `第 ${result.n} 个工作日 / working day ${result.n}: ${result.dueDate}`,
    `期限 / deadline: ${result.deadline} (${result.deadlineUtc})`,
    ...(skipped ? [`跳过的非工作日 / non-working days skipped: ${skipped}`] : []),
  ].join('\n');
}

function describeYearLine(year: CalendarYearSummary): string {
  const notice = [year.notice.title, year.notice.number].filter(Boolean).join(' ');
  return `${year.year}  ${notice} — 放假 ${year.holidayCount} 天 / holidays, 调休上班 ${year.adjustedWorkdayCount} 天 / 调休 working days; ${year.sourceKind}: ${year.source}`;
}

function describeCoverage(coverage: CalendarYearList['coverage']): string {
  if (coverage.state === 'ending') return `注意：日历只到 ${coverage.coveredUntil}（还有 ${coverage.daysLeft} 天），请导入 ${coverage.nextYearNeeded} 年通知 / note: the calendar ends on ${coverage.coveredUntil} (${coverage.daysLeft} days left); import the ${coverage.nextYearNeeded} notice`;
  if (coverage.state === 'not_covered') return `注意：今天（${coverage.today}）所在的 ${coverage.nextYearNeeded} 年未导入，无法计算服务时限 / note: today's year ${coverage.nextYearNeeded} is not loaded; deadlines cannot be set`;
  return '';
}
