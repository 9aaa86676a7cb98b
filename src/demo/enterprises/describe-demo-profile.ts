import type { YearlyFactsRecord } from '../../capabilities/enterprises/enterprises.contracts.ts';
import type { DemoArchetype } from './demo-archetypes.ts';
import { hnteRndThresholdPercent, wanFen } from './enterprise-design.ts';

function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(2)}%`;
}

function inWan(fen: number): string {
  return `${Number((fen / wanFen).toFixed(2))}万`;
}

function sum(rows: readonly YearlyFactsRecord[], field: 'rndExpenseFen' | 'revenueFen'): number {
  return rows.reduce((total, row) => total + (row[field] ?? 0), 0);
}

/** The 高企 figures behind a firm's archetype (standards.md §2.2): three-year R&D ratio against its band, tech staff, high-tech revenue. */
function highTechFigures(facts: readonly YearlyFactsRecord[], windowYears: readonly number[]): string {
  const window = facts.filter((row) => windowYears.includes(row.year));
  const latest = facts[facts.length - 1]!;
  const rnd = sum(window, 'rndExpenseFen');
  const revenue = sum(window, 'revenueFen');
  const latestRevenue = latest.revenueFen ?? 0;
  return [
    `近三年研发 ${inWan(rnd)} ÷ 销售收入 ${inWan(revenue)} = ${percent(rnd, revenue)}（最近一年销售收入 ${inWan(latestRevenue)}元，门槛 ${hnteRndThresholdPercent(latestRevenue)}%）`,
    `科技人员 ${latest.techStaff}/${latest.employees} = ${percent(latest.techStaff ?? 0, latest.employees ?? 1)}`,
    `高新收入占比 ${percent(latest.highTechRevenueFen ?? 0, latestRevenue)}`,
  ].join('；');
}

export function describeDemoProfile(archetype: DemoArchetype, intent: string, facts: readonly YearlyFactsRecord[], windowYears: readonly number[]): string {
  return archetype.startsWith('hnte_') ? `${intent}。${highTechFigures(facts, windowYears)}` : intent;
}
