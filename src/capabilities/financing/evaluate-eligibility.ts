import { evaluateTierCondition, negated, type ConditionOutcome, type TierFacts } from '../cultivation/evaluate-tier-condition.ts';
import type { TierCondition } from '../cultivation/tier-set.contracts.ts';
import { parseQuantity } from '../evaluation/quantity.ts';
import { Rational } from '../evaluation/rational.ts';
import { compositeGrades, type EligibilityCondition } from './eligibility.contracts.ts';

/** What a product's rule reads: the enterprise's facts and results, its tier, and the demand's amount. */
export interface EligibilityFacts extends TierFacts {
  tierCode: string | null;
  /** The amount asked for, in fen; null when matching without a demand. */
  amountFen: number | null;
  tierNames?: Record<string, { zh: string; en: string }>;
  districtNames?: Record<string, { zh: string; en: string }>;
}

const verdict = (holds: boolean) => (holds ? { zh: '满足', en: 'met' } : { zh: '不满足', en: 'not met' });
function leaf(holds: boolean, zh: string, en: string): ConditionOutcome {
  const word = verdict(holds);
  return { holds, reasons: [{ zh: `${zh}：${word.zh}`, en: `${en}: ${word.en}` }] };
}

function compositeGradeOf(input: EligibilityFacts): string | undefined {
  return input.results.find((result) => result.ruleSetFamily === 'tech-innovation-index')?.grade;
}

/**
 * Decides a product's eligibility rule, with the sentences that say which rules matched (when it
 * holds) or which failed (when it does not), in Chinese and English. Every reason ends in the
 * verdict of the rule as a whole ("：满足" / ": met" when it holds, "：不满足" / ": not met" when not).
 */
export function evaluateEligibility(condition: EligibilityCondition, input: EligibilityFacts): ConditionOutcome {
  return decide(condition, input, false);
}

/**
 * `isNegated`: the rule is read under an odd number of `not`s. The negation is carried down to the
 * single tests (not all = any not, not any = all not), so that each reason is a test with its own
 * verdict — "不满足（科创指数等级 3A ≥ 4A）：满足" — never the inner test's verdict under a `not`.
 */
function decide(condition: EligibilityCondition, input: EligibilityFacts, isNegated: boolean): ConditionOutcome {
  if ('all' in condition || 'any' in condition) {
    const outcomes = ('all' in condition ? condition.all : condition.any).map((child) => decide(child, input, isNegated));
    const needsEvery = ('all' in condition) !== isNegated;
    const holds = needsEvery ? outcomes.every((outcome) => outcome.holds) : outcomes.some((outcome) => outcome.holds);
    return { holds, reasons: outcomes.filter((outcome) => outcome.holds === holds).flatMap((outcome) => outcome.reasons) };
  }
  if ('not' in condition) return decide(condition.not, input, !isNegated);
  const outcome = test(condition, input);
  return isNegated ? negated(outcome) : outcome;
}

/** One test (not `all`, `any` or `not`), as written. */
function test(condition: EligibilityCondition, input: EligibilityFacts): ConditionOutcome {
  if ('tier' in condition) {
    const names = condition.tier.map((code) => input.tierNames?.[code] ?? { zh: code, en: code });
    const current = input.tierCode ? (input.tierNames?.[input.tierCode] ?? { zh: input.tierCode, en: input.tierCode }) : { zh: '未入库', en: 'not in the database' };
    return leaf(input.tierCode !== null && condition.tier.includes(input.tierCode), `培育库分层为${names.map((name) => name.zh).join('或')}（当前：${current.zh}）`, `cultivation tier ${names.map((name) => name.en).join(' or ')} (now: ${current.en})`);
  }
  if ('compositeGrade' in condition) {
    const grade = compositeGradeOf(input);
    const wanted = condition.compositeGrade.atLeast;
    const holds = grade !== undefined && compositeGrades.indexOf(grade as (typeof compositeGrades)[number]) >= compositeGrades.indexOf(wanted);
    return leaf(holds, `科创指数等级 ${grade ?? '无'} ≥ ${wanted}`, `tech-innovation grade ${grade ?? 'none'} ≥ ${wanted}`);
  }
  if ('district' in condition) {
    const code = input.facts.districtCode;
    const names = condition.district.map((entry) => input.districtNames?.[entry]?.zh ?? entry);
    return leaf(code !== undefined && condition.district.includes(code), `注册地在${names.join('、')}`, `registered in ${condition.district.map((entry) => input.districtNames?.[entry]?.en ?? entry).join(', ')}`);
  }
  if ('industry' in condition) {
    const code = input.facts.industryCode;
    return leaf(code !== undefined && condition.industry.some((prefix) => code.startsWith(prefix)), `行业代码 ${code ?? '无'} 属于 ${condition.industry.join('、')}`, `industry ${code ?? 'none'} within ${condition.industry.join(', ')}`);
  }
  if ('amount' in condition) {
    if (input.amountFen === null) return leaf(true, '申请金额：未指定', 'amount: not given');
    const { op, value } = condition.amount;
    const order = Rational.of(BigInt(input.amountFen)).compare(parseQuantity(value).value);
    const holds = op === '>=' ? order >= 0 : op === '>' ? order > 0 : op === '<=' ? order <= 0 : order < 0;
    const wan = `${input.amountFen / 1_000_000}万元`;
    return leaf(holds, `申请金额 ${wan} ${op} ${value}`, `amount asked ${wan} ${op} ${value}`);
  }
  return evaluateTierCondition(condition as TierCondition, input);
}
