import { type EvaluationContext, type FactInputs, type ParsedMeasure, parseMeasure, readYearField, resolveMeasure } from './fact-paths.ts';
import { formatValue, type MeasureUnit } from './quantity.ts';
import { Rational } from './rational.ts';
import type { RatioMeasure } from './rule-set.contracts.ts';

const parsed = new Map<string, ParsedMeasure>();

/** parseMeasure, remembered: rule sets are checked before use, so a bad measure never gets here. */
export function measureOf(text: string): ParsedMeasure {
  let measure = parsed.get(text);
  if (!measure) {
    measure = parseMeasure(text);
    parsed.set(text, measure);
  }
  return measure;
}

export interface MeasuredValue {
  value: Rational | undefined;
  /** A lower bound known even when some facts are missing (sums of non-negative facts). */
  atLeast?: Rational;
  unit: MeasureUnit;
  inputs: FactInputs;
  missing: string[];
  /** Set when the facts are present but the value cannot be computed (a zero denominator). */
  problem?: { zh: string; en: string };
}

export function measureValue(text: string, context: EvaluationContext): MeasuredValue {
  const measure = measureOf(text);
  const resolved = resolveMeasure(measure, context);
  const measured: MeasuredValue = { value: resolved.value, unit: measure.unit, inputs: resolved.inputs, missing: resolved.missing };
  if (resolved.atLeast) measured.atLeast = resolved.atLeast;
  return measured;
}

const zeroDenominator = { zh: '分母为零，无法计算比例', en: 'the denominator is zero, so the ratio cannot be computed' };

export interface MeasuredRatio extends MeasuredValue {
  numerator?: Rational;
  denominator?: Rational;
}

export function ratioValue(ratio: RatioMeasure, context: EvaluationContext): MeasuredRatio {
  const numerator = resolveMeasure(measureOf(ratio.numerator), context);
  const denominator = resolveMeasure(measureOf(ratio.denominator), context);
  const inputs = { ...numerator.inputs, ...denominator.inputs };
  const missing = [...numerator.missing, ...denominator.missing];
  const measured: MeasuredRatio = { unit: 'ratio', inputs, missing, numerator: numerator.value, denominator: denominator.value, value: undefined };
  if (numerator.value === undefined || denominator.value === undefined) return measured;
  if (denominator.value.isZero()) measured.problem = zeroDenominator;
  else measured.value = numerator.value.div(denominator.value);
  return measured;
}

/** (v[Y] − v[Y−1]) / v[Y−1] of a yearly field. */
export function growthValue(field: string, context: EvaluationContext): MeasuredRatio {
  const inputs: FactInputs = {};
  const missing: string[] = [];
  const previous = readYearField(context, 'years', context.fiscalYear - 1, field, inputs, missing);
  const latest = readYearField(context, 'years', context.fiscalYear, field, inputs, missing);
  const base = { unit: 'ratio' as const, inputs, missing, numerator: latest, denominator: previous };
  if (previous === undefined || latest === undefined) return { ...base, value: undefined };
  if (previous.isZero() || previous.isNegative()) return { ...base, value: undefined, problem: { zh: '上年数值为零或负数，无法计算增长率', en: 'the previous year is zero or negative, so growth cannot be computed' } };
  return { ...base, value: latest.sub(previous).div(previous) };
}

export function formatMeasured(value: Rational | undefined, unit: MeasureUnit): string | undefined {
  return value === undefined ? undefined : formatValue(value, unit);
}

export const hundred = Rational.of(100n);
