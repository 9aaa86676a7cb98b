import { compare, describeRequirement } from './bands.ts';
import type { IndicatorResult } from './evaluation-result.ts';
import { type EvaluationContext, type FactInputs, readYearField, windowYears } from './fact-paths.ts';
import { allOf, anyOf, conditionResult, type ItemMeta, truthOf } from './indicator-builders.ts';
import { formatMeasured, measureValue, ratioValue } from './measures.ts';
import { formatPercent, formatValue, parseQuantity } from './quantity.ts';
import { Rational } from './rational.ts';
import type {
  AllOfDefinition,
  AnyOfDefinition,
  AttributeMatchDefinition,
  CagrDefinition,
  FlagDefinition,
  ManualDefinition,
  RatioThresholdDefinition,
  SubItem,
  ThreeYearRatioDefinition,
  ThresholdDefinition,
} from './rule-set.contracts.ts';

export type EvaluatePart = (part: SubItem, parent: ItemMeta) => IndicatorResult;

export function evaluateThreshold(definition: ThresholdDefinition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  const measured = measureValue(definition.measure, context);
  const requirement = describeRequirement(definition.op, definition.value);
  const threshold = parseQuantity(definition.value).value;
  const truth = measured.value === undefined ? truthFromLowerBound(measured.atLeast, definition.op, threshold) : compare(measured.value, definition.op, threshold);
  const value = formatMeasured(measured.value ?? (truth === undefined ? undefined : measured.atLeast), measured.unit);
  const shown = measured.value === undefined && value !== undefined ? `≥ ${value}` : value;
  return conditionResult(meta, definition.kind, truth, { inputs: measured.inputs, missing: measured.missing, requirement, ...(shown ? { value: shown } : {}) });
}

/** With facts missing, a known lower bound still decides "≥ t" (true) and "≤ t" (false) once it passes t. */
function truthFromLowerBound(atLeast: Rational | undefined, op: ThresholdDefinition['op'], threshold: Rational): boolean | undefined {
  if (atLeast === undefined) return undefined;
  if ((op === '>=' || op === '>') && compare(atLeast, op, threshold)) return true;
  if ((op === '<=' || op === '<') && !compare(atLeast, op, threshold)) return false;
  return undefined;
}

export function evaluateRatioThreshold(definition: RatioThresholdDefinition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  const measured = ratioValue(definition, context);
  const requirement = describeRequirement(definition.op, definition.value);
  const truth = measured.value === undefined ? undefined : compare(measured.value, definition.op, parseQuantity(definition.value).value);
  const value = formatMeasured(measured.value, 'ratio');
  return conditionResult(meta, definition.kind, truth, {
    inputs: measured.inputs,
    missing: measured.missing,
    requirement,
    ...(value ? { value } : {}),
    ...(measured.problem ? { reason: measured.problem } : {}),
  });
}

export function evaluateAllOf(definition: AllOfDefinition, meta: ItemMeta, evaluatePart: EvaluatePart): IndicatorResult {
  const children = definition.conditions.map((part) => evaluatePart(part, meta));
  const truth = allOf(children.map(truthOf));
  return compound(meta, definition.kind, truth, children);
}

export function evaluateAnyOf(definition: AnyOfDefinition, meta: ItemMeta, evaluatePart: EvaluatePart): IndicatorResult {
  const children = definition.conditions.map((part) => evaluatePart(part, meta));
  const truth = anyOf(children.map(truthOf));
  return compound(meta, definition.kind, truth, children);
}

function compound(meta: ItemMeta, kind: 'all_of' | 'any_of', truth: boolean | undefined, children: IndicatorResult[]): IndicatorResult {
  const undecided = children.filter((child) => truthOf(child) === undefined);
  const inputs: FactInputs = {};
  for (const child of children) Object.assign(inputs, child.inputs);
  const missing = undecided.flatMap((child) => child.missingFacts);
  const reasons = undecided.map((child) => child.reason).filter((reason) => reason !== undefined);
  const reason = truth === undefined && reasons.length > 0 ? { zh: reasons.map((r) => r.zh).join('；'), en: reasons.map((r) => r.en).join('; ') } : undefined;
  return conditionResult(meta, kind, truth, { inputs, missing, children, ...(reason ? { reason } : {}) });
}

const flagFactNames = new Map<string, string>();

/** `flags.<name>`, remembered (there are a handful of flags). */
function flagFactName(flag: string): string {
  let name = flagFactNames.get(flag);
  if (name === undefined) {
    name = `flags.${flag}`;
    flagFactNames.set(flag, name);
  }
  return name;
}

export function evaluateFlag(definition: FlagDefinition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  const name = flagFactName(definition.flag);
  const flag = context.facts.flags?.[definition.flag];
  const expected = definition.expected ?? true;
  const truth = flag === undefined ? undefined : flag === expected;
  const inputs: FactInputs = {};
  inputs[name] = flag ?? null;
  return conditionResult(meta, definition.kind, truth, { inputs, missing: [name], requirement: expected === true ? '= true' : `= ${String(expected)}` });
}

export function evaluateAttributeMatch(definition: AttributeMatchDefinition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  const value = context.facts[definition.attribute];
  const inputs = { [definition.attribute]: value ?? null };
  if (value === undefined) return conditionResult(meta, definition.kind, undefined, { inputs, missing: [definition.attribute] });
  const isIn = definition.in === undefined || definition.in.includes(value);
  const hasPrefix = definition.prefixes === undefined || definition.prefixes.some((prefix) => value.startsWith(prefix));
  const avoidsPrefixes = definition.notPrefixes === undefined || !definition.notPrefixes.some((prefix) => value.startsWith(prefix));
  return conditionResult(meta, definition.kind, isIn && hasPrefix && avoidsPrefixes, { inputs, value, requirement: attributeRequirement(definition) });
}

const attributeRequirements = new WeakMap<AttributeMatchDefinition, string>();

/** `∈ {micro, small}; not C39`, worked out once per definition (rule sets do not change). */
function attributeRequirement(definition: AttributeMatchDefinition): string {
  let requirement = attributeRequirements.get(definition);
  if (requirement === undefined) {
    requirement = [
      definition.in ? `∈ {${definition.in.join(', ')}}` : undefined,
      definition.prefixes ? `starts with ${definition.prefixes.join(' | ')}` : undefined,
      definition.notPrefixes ? `not ${definition.notPrefixes.join(' | ')}` : undefined,
    ]
      .filter((part) => part !== undefined)
      .join('; ');
    attributeRequirements.set(definition, requirement);
  }
  return requirement;
}

export function evaluateManual(definition: ManualDefinition, meta: ItemMeta): IndicatorResult {
  return conditionResult(meta, definition.kind, undefined, { reason: definition.reason });
}

/** CAGR over `years` fiscal years, compared without roots: v[Y] / v[Y−n+1] against (1 + t)^(n−1). */
export function evaluateCagr(definition: CagrDefinition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  const inputs: FactInputs = {};
  const missing: string[] = [];
  const periods = definition.years - 1;
  const first = readYearField(context, 'years', context.fiscalYear - periods, definition.field, inputs, missing);
  const last = readYearField(context, 'years', context.fiscalYear, definition.field, inputs, missing);
  const requirement = describeRequirement(definition.op, definition.value);
  if (first === undefined || last === undefined) return conditionResult(meta, definition.kind, undefined, { inputs, missing, requirement });
  if (first.isZero() || first.isNegative()) {
    const reason = { zh: '首年数值为零或负数，无法计算复合增长率', en: 'the first year is zero or negative, so CAGR cannot be computed' };
    return conditionResult(meta, definition.kind, undefined, { inputs, requirement, reason });
  }
  const growthFactor = last.div(first);
  const target = Rational.one.add(parseQuantity(definition.value).value).pow(periods);
  const order = growthFactor.compare(target);
  const truth = definition.op === '>=' ? order >= 0 : order > 0;
  const cagr = Math.pow(growthFactor.toNumber(), 1 / periods) - 1;
  return conditionResult(meta, definition.kind, truth, { inputs, requirement, value: `${(Math.trunc(cagr * 10_000) / 100).toString()}%` });
}

/**
 * 高企 第十一条（四）: the R&D share of sales over the operating years of the last three, against
 * the minimum set by the latest year's sales.
 */
export function evaluateThreeYearRatio(definition: ThreeYearRatioDefinition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  const inputs: FactInputs = {};
  const missing: string[] = [];
  const years = windowYears(context, definition.years - 1, 0);
  let numerator = Rational.zero;
  let denominator = Rational.zero;
  for (const year of years) {
    const top = readYearField(context, 'years', year, definition.numeratorField, inputs, missing);
    const bottom = readYearField(context, 'years', year, definition.denominatorField, inputs, missing);
    if (top) numerator = numerator.add(top);
    if (bottom) denominator = denominator.add(bottom);
  }
  if (missing.length > 0) return conditionResult(meta, definition.kind, undefined, { inputs, missing });
  const latest = readYearField(context, 'years', context.fiscalYear, definition.denominatorField, inputs, missing) ?? Rational.zero;
  const threshold = thresholdFor(definition, latest);
  const requirement = `≥ ${formatPercent(threshold.minRatio)}（最近一年 ${formatValue(latest, 'fen')}）`;
  if (denominator.isZero()) {
    return conditionResult(meta, definition.kind, undefined, { inputs, requirement, reason: { zh: '销售收入合计为零，无法计算比例', en: 'total sales are zero, so the ratio cannot be computed' } });
  }
  const ratio = numerator.div(denominator);
  return conditionResult(meta, definition.kind, ratio.compare(threshold.minRatio) >= 0, { inputs, requirement, value: formatPercent(ratio) });
}

export function thresholdFor(definition: ThreeYearRatioDefinition, latestRevenue: Rational): { minRatio: Rational } {
  for (const threshold of definition.thresholds) {
    if (threshold.maxRevenue === undefined) return { minRatio: parseQuantity(threshold.minRatio).value };
    const order = latestRevenue.compare(parseQuantity(threshold.maxRevenue).value);
    if (order < 0 || (order === 0 && (threshold.includeMax ?? true))) return { minRatio: parseQuantity(threshold.minRatio).value };
  }
  throw new RangeError('three-year ratio thresholds must end with one without maxRevenue');
}
