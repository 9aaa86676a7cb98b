import type { LocatedMessage, PathSegment } from './describe-schema-error.ts';
import { isCalendarDate, type PolicyPackContent } from './policy-packs.contracts.ts';

/**
 * What JSON Schema cannot say about a pack that passed it: dates that exist and are in order,
 * unique codes, numbering 1…n, references to departments, main tasks and subsidy lines that
 * resolve, and money that is exact (a safe integer).
 */
export function checkPackConsistency(pack: PolicyPackContent): LocatedMessage[] {
  const problems: LocatedMessage[] = [];
  const report = (segments: PathSegment[], zh: string, en: string) => problems.push({ segments, message: { zh, en } });

  const dateFields = ['signedOn', 'printedOn', 'effectiveFrom', 'expiresOn'] as const;
  for (const field of dateFields) {
    const value = pack.dates[field];
    if (typeof value === 'string' && !isCalendarDate(value)) report(['dates', field], '不是存在的日期', 'is not a calendar date');
  }
  pack.targets.forEach((target, index) => {
    if (!isCalendarDate(target.deadline)) report(['targets', index, 'deadline'], '不是存在的日期', 'is not a calendar date');
  });
  if (pack.dates.expiresOn && pack.dates.expiresOn < pack.dates.effectiveFrom) {
    report(['dates', 'expiresOn'], '不得早于施行日期 dates.effectiveFrom', 'must not be before dates.effectiveFrom');
  }
  const deadlines = pack.serviceDeadlines;
  if (deadlines?.contactWorkingDays !== undefined && deadlines.decisionWorkingDays !== undefined && deadlines.contactWorkingDays > deadlines.decisionWorkingDays) {
    report(['serviceDeadlines', 'contactWorkingDays'], '首次对接时限不得长于决定时限 decisionWorkingDays', 'must not be longer than decisionWorkingDays');
  }
  if (pack.supersedes?.includes(pack.id)) report(['supersedes'], '不得包含本政策包自身的 id', 'must not contain the pack’s own id');

  const checkUnique = (list: string, codes: (string | number)[], field: string) => {
    const seen = new Set<string | number>();
    codes.forEach((code, index) => {
      if (seen.has(code)) report([list, index, field], `与前面的项重复：${code}`, `repeats an earlier item: ${code}`);
      seen.add(code);
    });
  };
  checkUnique('departments', pack.departments.map((d) => d.code), 'code');
  checkUnique('targets', pack.targets.map((t) => t.code), 'code');
  checkUnique('subsidyLines', pack.subsidyLines.map((s) => s.code), 'code');
  pack.subsidyLines.forEach((line, lineIndex) => {
    const seen = new Set<string>();
    line.parameters.forEach((parameter, index) => {
      if (seen.has(parameter.code)) report(['subsidyLines', lineIndex, 'parameters', index, 'code'], `参数代码重复：${parameter.code}`, `repeats an earlier parameter: ${parameter.code}`);
      seen.add(parameter.code);
    });
  });

  const checkNumbering = (list: string, numbers: number[]) => {
    numbers.forEach((number, index) => {
      if (number !== index + 1) report([list, index, 'number'], `应为 ${index + 1}（按 1、2、3… 顺序编号）`, `must be ${index + 1} (numbered 1, 2, 3… in order)`);
    });
  };
  checkNumbering('mainTasks', pack.mainTasks.map((t) => t.number));
  checkNumbering('keyTasks', pack.keyTasks.map((t) => t.number));
  checkNumbering('safeguards', (pack.safeguards ?? []).map((s) => s.number));

  const departmentCodes = new Set(pack.departments.map((d) => d.code));
  const checkDepartments = (segments: PathSegment[], codes: string[]) => {
    codes.forEach((code, index) => {
      if (!departmentCodes.has(code)) report([...segments, index], `未在 departments 中定义的部门代码：${code}`, `unknown department code ${code} (not in departments)`);
    });
  };
  const mainTaskNumbers = new Set(pack.mainTasks.map((t) => t.number));
  const subsidyLineCodes = new Set(pack.subsidyLines.map((s) => s.code));
  pack.mainTasks.forEach((task, index) => {
    checkDepartments(['mainTasks', index, 'responsibleDepartments'], task.responsibleDepartments);
    (task.subsidyLines ?? []).forEach((code, lineIndex) => {
      if (!subsidyLineCodes.has(code)) report(['mainTasks', index, 'subsidyLines', lineIndex], `未定义的奖补项目：${code}`, `unknown subsidy line ${code}`);
    });
  });
  pack.keyTasks.forEach((task, index) => {
    checkDepartments(['keyTasks', index, 'leadDepartments'], task.leadDepartments);
    checkDepartments(['keyTasks', index, 'responsibleDepartments'], task.responsibleDepartments);
    (task.mainTasks ?? []).forEach((number, taskIndex) => {
      if (!mainTaskNumbers.has(number)) report(['keyTasks', index, 'mainTasks', taskIndex], `未定义的主要任务编号：${number}`, `unknown main task number ${number}`);
    });
  });
  pack.subsidyLines.forEach((line, index) => {
    if (line.mainTask !== undefined && !mainTaskNumbers.has(line.mainTask)) {
      report(['subsidyLines', index, 'mainTask'], `未定义的主要任务编号：${line.mainTask}`, `unknown main task number ${line.mainTask}`);
    }
  });

  const checkExact = (segments: PathSegment[], value: unknown) => {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) report(segments, '数值过大，无法精确表示（超过 2^53−1）', 'is too large to be exact (over 2^53 − 1)');
  };
  pack.targets.forEach((target, index) => checkExact(['targets', index, 'value'], target.value));
  pack.subsidyLines.forEach((line, lineIndex) =>
    line.parameters.forEach((parameter, index) => {
      const segments: PathSegment[] = ['subsidyLines', lineIndex, 'parameters', index, 'value'];
      if (Array.isArray(parameter.value)) {
        parameter.value.forEach((stage, stageIndex) => {
          if (typeof stage === 'object') checkExact([...segments, stageIndex, 'amount'], stage.amount);
        });
      } else {
        checkExact(segments, parameter.value);
      }
    }),
  );
  return problems;
}
