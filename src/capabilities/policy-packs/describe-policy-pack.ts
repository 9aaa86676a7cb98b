import { formatBasisPoints, formatFen } from './format-money.ts';
import type { Parameter, PolicyPackDetail, PolicyPackSummary, Stage, Target } from './policy-packs.contracts.ts';

const periodNames: Record<string, string> = {
  calendar_year: '每年 / per calendar year',
  per_beneficiary_once: '每个对象一次 / once per beneficiary',
  per_event: '每次 / per event',
};

const statusNames: Record<string, string> = { active: '有效 / active', superseded: '已被替代 / superseded' };

/** One line per pack: id, document number, window, status. */
export function describePackLine(pack: PolicyPackSummary): string {
  const window = `${pack.effectiveFrom} – ${pack.expiresOn ?? '…'}`;
  const superseded = pack.supersededBy ? ` → ${pack.supersededBy}` : '';
  return `${pack.id.padEnd(24)} ${pack.documentNumber}  ${window}  ${statusNames[pack.status] ?? pack.status}${superseded}  ${pack.title.zh}`;
}

export function describeTargetValue(target: Target): string {
  const comparator = target.comparator === '>=' ? '≥' : '>';
  const value = target.unit === 'fen' ? formatFen(target.value) : `${target.value}${target.countNoun?.zh ?? ''}`;
  return `${comparator} ${value}`;
}

export function describeParameterValue(parameter: Parameter): string {
  const value = parameter.value;
  if (value === null) return '【待定 OPEN】';
  switch (parameter.unit) {
    case 'fen':
      return formatFen(value as number);
    case 'basis_points':
      return formatBasisPoints(value as number);
    case 'period':
      return periodNames[value as string] ?? String(value);
    case 'stages':
      return (value as Stage[]).map((stage) => `${stage.name.zh} ${formatFen(stage.amount)}`).join('；');
    case 'list':
      return (value as string[]).join('、');
    case 'text':
      return String(value);
  }
}

/** The human view of `kjt policy show`: targets in 亿元/万元, subsidy lines with open parameters marked, tasks with departments. */
export function describePolicyPack(detail: PolicyPackDetail): string {
  const pack = detail.content;
  const names = new Map(pack.departments.map((department) => [department.code, department.name.zh]));
  const departments = (codes: string[]) => (codes.length > 0 ? codes.map((code) => names.get(code) ?? code).join('、') : '—');
  const lines: string[] = [
    `${detail.documentNumber}  ${detail.title.zh}${detail.isExample ? '  【示例 / EXAMPLE】' : ''}`,
    detail.title.en,
    `发文 / issuer: ${detail.issuer.zh}  成文 / signed: ${detail.signedOn ?? '—'}  施行 / in force: ${detail.effectiveFrom} – ${detail.expiresOn ?? '…'}`,
    `状态 / status: ${statusNames[detail.status] ?? detail.status}${detail.supersededBy ? ` → ${detail.supersededBy}` : ''}  文件编号 / file code: ${detail.fileCode ?? '—'}`,
    '',
    `目标 / Targets (${pack.targets.length})`,
  ];
  for (const target of pack.targets) {
    lines.push(`  ${target.name.zh} ${describeTargetValue(target)}  截至 / by ${target.deadline}  [${target.clause}]  ${target.code}`);
  }
  lines.push('', `奖补项目 / Subsidy lines (${pack.subsidyLines.length})`);
  for (const line of pack.subsidyLines) {
    const state = line.isComputable ? '可计算 / computable' : `待定参数 ${line.openParameters.length} 项，暂不计算 / ${line.openParameters.length} OPEN, not computable`;
    lines.push(`  ${line.name.zh} [${line.clause}]  ${line.code}  — ${state}`, `    对象 / beneficiary: ${line.beneficiary.zh}`);
    for (const parameter of line.parameters) {
      const note = parameter.note ? `  （${parameter.note}）` : '';
      lines.push(`    ${parameter.isOpen ? '!' : '·'} ${parameter.name.zh} (${parameter.code}): ${describeParameterValue(parameter)}${note}`);
    }
  }
  lines.push('', `主要任务 / Main tasks (${pack.mainTasks.length})`);
  for (const task of pack.mainTasks) {
    lines.push(`  ${task.clause} ${task.title.zh}`, `    责任 / responsible: ${departments(task.responsibleDepartments)}`);
  }
  lines.push('', `重点工作 / Key tasks (${pack.keyTasks.length})`);
  for (const task of pack.keyTasks) {
    lines.push(
      `  ${String(task.number).padStart(2)}. ${task.text.zh}`,
      `      牵头 / lead: ${departments(task.leadDepartments)}   责任 / responsible: ${departments(task.responsibleDepartments)}`,
    );
    if (task.sourceNote) lines.push(`      注 / note: ${task.sourceNote}`);
  }
  return lines.join('\n');
}
