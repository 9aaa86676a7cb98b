import type { EvaluationResult } from '../evaluation/evaluation-result.ts';
import type { EnterpriseFacts, YearFacts } from '../evaluation/facts.contracts.ts';
import { parseQuantity } from '../evaluation/quantity.ts';
import { Rational } from '../evaluation/rational.ts';
import { qualificationNames, type QualificationKind } from '../enterprises/enterprises.contracts.ts';
import type { Comparison, TierCondition } from './tier-set.contracts.ts';

export interface Bilingual {
  zh: string;
  en: string;
}

/** What a tier condition found: whether it holds, and the sentences that say why. */
export interface ConditionOutcome {
  holds: boolean;
  reasons: Bilingual[];
}

export interface TierFacts {
  facts: EnterpriseFacts;
  /** The latest result per rule-set family. */
  results: EvaluationResult[];
}

const fieldNames: Record<string, Bilingual> = {
  revenueFen: { zh: '营业收入', en: 'revenue' },
  mainBusinessRevenueFen: { zh: '主营业务收入', en: 'main-business revenue' },
  rndExpenseFen: { zh: '研发费用', en: 'R&D expense' },
  netProfitFen: { zh: '净利润', en: 'net profit' },
  totalAssetsFen: { zh: '资产总额', en: 'total assets' },
  taxPaidFen: { zh: '纳税总额', en: 'taxes paid' },
  employees: { zh: '职工总数', en: 'employees' },
  techStaff: { zh: '科技人员数', en: 'technology staff' },
};
const statusNames: Record<string, Bilingual> = { pass: { zh: '通过', en: 'pass' }, fail: { zh: '未通过', en: 'fail' }, manual_review: { zh: '待人工审核', en: 'manual review' } };
const familyNames: Record<string, Bilingual> = {
  tsme: { zh: '科技型中小企业评价', en: 'tech-SME assessment' },
  hnte: { zh: '高新技术企业认定条件', en: 'high-tech enterprise conditions' },
  'innovative-sme': { zh: '创新型中小企业评价', en: 'innovative-SME assessment' },
  'srdi-sme': { zh: '专精特新中小企业条件', en: 'SRDI SME conditions' },
  'star-market': { zh: '科创属性评价', en: 'STAR Market tests' },
  'tech-innovation-index': { zh: '科创指数', en: 'tech-innovation index' },
};

const nameOf = (table: Record<string, Bilingual>, key: string): Bilingual => table[key] ?? { zh: key, en: key };

function compare(value: Rational, op: Comparison, target: Rational): boolean {
  const order = value.compare(target);
  return op === '>=' ? order >= 0 : op === '>' ? order > 0 : op === '<=' ? order <= 0 : order < 0;
}

/** Money in fen as 万元 with at most two decimals (for reading, not for deciding). */
function formatAmount(value: Rational, field: string): string {
  if (!field.endsWith('Fen')) return String(Math.round(value.toNumber() * 100) / 100);
  const wan = value.toNumber() / 1_000_000;
  return Math.abs(wan) >= 10_000 ? `${Math.round(wan / 100) / 100}亿元` : `${Math.round(wan * 100) / 100}万元`;
}

function targetText(value: number | string): string {
  return typeof value === 'number' ? String(value) : value;
}

const verdict = (holds: boolean): Bilingual => (holds ? { zh: '满足', en: 'met' } : { zh: '不满足', en: 'not met' });

function leaf(holds: boolean, zh: string, en: string): ConditionOutcome {
  const word = verdict(holds);
  return { holds, reasons: [{ zh: `${zh}：${word.zh}`, en: `${en}: ${word.en}` }] };
}

/**
 * A single test read under a `not`: the reason names the test as required ("不满足（X）" / "not (X)")
 * and gives the verdict of the negated test, so that the verdict agrees with whether it held.
 * The test's own reason is "X：满足" / "X: met" (see `leaf`, here and in product eligibility); its
 * verdict is taken off and the negated one put on.
 */
export function negated(outcome: ConditionOutcome): ConditionOutcome {
  const was = verdict(outcome.holds);
  const now = verdict(!outcome.holds);
  const without = (text: string, suffix: string) => (text.endsWith(suffix) ? text.slice(0, -suffix.length) : text);
  return {
    holds: !outcome.holds,
    reasons: outcome.reasons.map((reason) => ({ zh: `不满足（${without(reason.zh, `：${was.zh}`)}）：${now.zh}`, en: `not (${without(reason.en, `: ${was.en}`)}): ${now.en}` })),
  };
}

function yearOf(facts: EnterpriseFacts, year: number): YearFacts | undefined {
  return facts.years.find((entry) => entry.year === year);
}

/** Whole years from founding to the assessment date. */
function ageInYears(foundedOn: string, asOf: string): number {
  const [fy, fm, fd] = foundedOn.split('-').map(Number) as [number, number, number];
  const [ay, am, ad] = asOf.split('-').map(Number) as [number, number, number];
  return ay - fy - (am < fm || (am === fm && ad < fd) ? 1 : 0);
}

/**
 * Decides one tier condition from the facts (latest fiscal year Y = the year before the assessment
 * date) and the stored results. A missing fact or result never holds, and the reason says it is missing.
 */
export function evaluateTierCondition(condition: TierCondition, input: TierFacts): ConditionOutcome {
  const { facts, results } = input;
  const fiscalYear = Number(facts.asOf.slice(0, 4)) - 1;
  if ('all' in condition) {
    const outcomes = condition.all.map((child) => evaluateTierCondition(child, input));
    const holds = outcomes.every((outcome) => outcome.holds);
    return { holds, reasons: outcomes.filter((outcome) => outcome.holds === holds).flatMap((outcome) => outcome.reasons) };
  }
  if ('any' in condition) {
    const outcomes = condition.any.map((child) => evaluateTierCondition(child, input));
    const holds = outcomes.some((outcome) => outcome.holds);
    return { holds, reasons: outcomes.filter((outcome) => outcome.holds === holds).flatMap((outcome) => outcome.reasons) };
  }
  // Every reason of an outcome ends in that outcome's verdict, so a `not` can turn each one round.
  if ('not' in condition) return negated(evaluateTierCondition(condition.not, input));
  if ('qualification' in condition) {
    const held = facts.qualifications.filter(
      (entry) =>
        condition.qualification.includes(entry.kind) && !entry.isRevoked && (entry.validFrom === undefined || entry.validFrom <= facts.asOf) && (entry.validTo === undefined || facts.asOf <= entry.validTo),
    );
    const names = condition.qualification.map((kind) => qualificationNames[kind as QualificationKind] ?? { zh: kind, en: kind });
    return leaf(held.length > 0, `持有有效资质（${names.map((name) => name.zh).join('或')}）`, `holds a valid ${names.map((name) => name.en).join(' or ')}`);
  }
  if ('result' in condition) {
    const result = results.find((entry) => entry.ruleSetFamily === condition.result.family);
    const family = nameOf(familyNames, condition.result.family);
    if (!result) return leaf(false, `${family.zh}：尚无结果`, `${family.en}: no result yet`);
    const status = nameOf(statusNames, result.status);
    return leaf(condition.result.status.includes(result.status), `${family.zh}结果为「${status.zh}」`, `${family.en} result is "${status.en}"`);
  }
  if ('score' in condition) {
    const result = results.find((entry) => entry.ruleSetFamily === condition.score.family);
    const family = nameOf(familyNames, condition.score.family);
    const low = result?.totalRange?.[0];
    if (low === undefined) return leaf(false, `${family.zh}得分：尚无`, `${family.en} score: none yet`);
    const holds = compare(Rational.parseDecimal(String(low)), condition.score.op, Rational.parseDecimal(String(condition.score.value)));
    return leaf(holds, `${family.zh}得分 ${low} ${condition.score.op} ${condition.score.value}`, `${family.en} score ${low} ${condition.score.op} ${condition.score.value}`);
  }
  if ('fact' in condition) {
    const { field, op, value } = condition.fact;
    const name = nameOf(fieldNames, field);
    const raw = yearOf(facts, fiscalYear)?.[field as keyof YearFacts];
    if (raw === undefined) return leaf(false, `${fiscalYear} 年${name.zh}：数据缺失`, `${name.en} ${fiscalYear}: missing`);
    const measured = Rational.of(BigInt(raw));
    const holds = compare(measured, op, parseQuantity(value).value);
    return leaf(holds, `${fiscalYear} 年${name.zh} ${formatAmount(measured, field)} ${op} ${targetText(value)}`, `${name.en} ${fiscalYear} ${formatAmount(measured, field)} ${op} ${targetText(value)}`);
  }
  if ('growth' in condition) {
    const { field, years, op, value } = condition.growth;
    const name = nameOf(fieldNames, field);
    const firstYear = fiscalYear - (years - 1);
    const first = yearOf(facts, firstYear)?.[field as keyof YearFacts];
    const last = yearOf(facts, fiscalYear)?.[field as keyof YearFacts];
    const label = { zh: `${firstYear}–${fiscalYear} 年${name.zh}年均增长率`, en: `${name.en} CAGR ${firstYear}–${fiscalYear}` };
    if (first === undefined || last === undefined) return leaf(false, `${label.zh}：数据缺失`, `${label.en}: missing`);
    if (first <= 0) return leaf(false, `${label.zh}：起始年为 0，无法计算`, `${label.en}: the first year is 0`);
    // (last / first) compared with (1 + rate)^(years − 1), exactly.
    const growthFactor = Rational.of(BigInt(last), BigInt(first));
    const holds = compare(growthFactor, op, Rational.one.add(parseQuantity(value).value).pow(years - 1));
    const rate = Math.round((Math.pow(last / first, 1 / (years - 1)) - 1) * 10_000) / 100;
    return leaf(holds, `${label.zh} ${rate}% ${op} ${targetText(value)}`, `${label.en} ${rate}% ${op} ${targetText(value)}`);
  }
  const { op, value } = condition.ageYears;
  if (!facts.foundedOn) return leaf(false, '成立日期：数据缺失', 'founding date: missing');
  const age = ageInYears(facts.foundedOn, facts.asOf);
  return leaf(compare(Rational.of(BigInt(age)), op, Rational.parseDecimal(String(value))), `成立 ${age} 年 ${op} ${value} 年`, `${age} years since founding ${op} ${value}`);
}
