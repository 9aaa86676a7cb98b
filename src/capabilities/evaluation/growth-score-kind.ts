import { findBand, pointsRangeOf, pointsSpan } from './bands.ts';
import type { IndicatorResult } from './evaluation-result.ts';
import { type EvaluationContext, type FactInputs, readYearField, windowYears } from './fact-paths.ts';
import { type ItemMeta, missingReason, scoreResult } from './indicator-builders.ts';
import { formatPercent } from './quantity.ts';
import { Rational } from './rational.ts';
import type { Bilingual, GrowthScoreDefinition } from './rule-set.contracts.ts';

const half = Rational.of(1n, 2n);

export type GrowthOutcome =
  | { kind: 'rate'; rate: Rational; formula: string }
  | { kind: 'zero_points'; reason: Bilingual }
  | { kind: 'undecided'; reason: Bilingual; missing: string[] };

/**
 * 高企 工作指引 企业成长性: g = ½ × (v2/v1 + v3/v2) − 1 over the three year ends Y−2, Y−1, Y.
 * Edge rules: v1 = 0 → g = v3/v2 − 1; v2 = 0 → 0 points; negative growth → 0 points (band F).
 * Not in the 指引 (so stated in the result): v2 < 0 is treated like v2 = 0, and v1 < 0 goes to manual review.
 */
export function growthRate(definition: GrowthScoreDefinition, context: EvaluationContext, inputs: FactInputs): GrowthOutcome {
  const missing: string[] = [];
  const years = windowYears(context, 2, 0);
  const values = years.map((year) => readYearField(context, 'years', year, definition.field, inputs, missing));
  if (missing.length > 0) return { kind: 'undecided', reason: missingReason(missing), missing };
  const known = values.filter((value) => value !== undefined);
  if (known.length < 3) {
    if (definition.shortHistory === 'manual_review') {
      return { kind: 'undecided', reason: { zh: '实际经营不满三年，按实际经营时间计算需人工确认', en: 'fewer than three operating years: the 指引 says to use the actual period; needs a person' }, missing: [] };
    }
    if (known.length < 2) return { kind: 'zero_points', reason: { zh: '实际经营仅一年，无法计算增长率，按 0 分', en: 'only one operating year: no growth can be computed, 0 points' } };
    const [previous, latest] = known as [Rational, Rational];
    if (previous.compare(Rational.zero) <= 0) return { kind: 'zero_points', reason: { zh: '上年末数值为零或负数，按 0 分', en: 'the previous year end is zero or negative: 0 points' } };
    return { kind: 'rate', rate: latest.div(previous).sub(Rational.one), formula: 'v3/v2 − 1 (两年经营)' };
  }
  const [first, second, third] = known as [Rational, Rational, Rational];
  if (second.compare(Rational.zero) <= 0) return { kind: 'zero_points', reason: { zh: '第二年末数值为零（或负数），按 0 分', en: 'the second year end is zero (or negative): 0 points' } };
  if (first.isZero()) return { kind: 'rate', rate: third.div(second).sub(Rational.one), formula: 'v3/v2 − 1 (第一年为 0)' };
  if (first.isNegative()) {
    return { kind: 'undecided', reason: { zh: '第一年末数值为负，指引未规定，需人工评定', en: 'the first year end is negative, which the 指引 does not cover: needs an expert' }, missing: [] };
  }
  return { kind: 'rate', rate: half.mul(second.div(first).add(third.div(second))).sub(Rational.one), formula: '½(v2/v1 + v3/v2) − 1' };
}

export function evaluateGrowthScore(definition: GrowthScoreDefinition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  const inputs: FactInputs = {};
  const outcome = growthRate(definition, context, inputs);
  switch (outcome.kind) {
    case 'undecided':
      return scoreResult(meta, definition.kind, pointsSpan(definition.bands), { inputs, missing: outcome.missing, reason: outcome.reason });
    case 'zero_points':
      return scoreResult(meta, definition.kind, [0, 0], { inputs, reason: outcome.reason });
    case 'rate': {
      const band = findBand(outcome.rate, definition.bands, context.boundaryPolicy);
      const value = formatPercent(outcome.rate);
      if (!band) return scoreResult(meta, definition.kind, pointsSpan(definition.bands), { inputs, value, reason: { zh: '增长率不在任何档位内', en: 'the growth rate is in no band' } });
      const range = pointsRangeOf(band.points);
      const reason = { zh: `${outcome.formula}；档位 ${band.label}${range[0] === range[1] ? '' : `，${range[0]}–${range[1]} 分由财务专家评定`}`, en: `${outcome.formula}; band ${band.label}${range[0] === range[1] ? '' : `, ${range[0]}–${range[1]} points set by the financial expert`}` };
      return scoreResult(meta, definition.kind, range, { inputs, value, band: band.label, reason });
    }
  }
}
