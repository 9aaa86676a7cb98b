import { findBand, pointsRangeOf, pointsSpan } from './bands.ts';
import type { IndicatorResult } from './evaluation-result.ts';
import type { EvaluationContext } from './fact-paths.ts';
import { type ItemMeta, missingReason, scoreResult } from './indicator-builders.ts';
import { formatMeasured, growthValue, type MeasuredValue, measureValue, ratioValue } from './measures.ts';
import type {
  Band,
  BestOfDefinition,
  CountBandsDefinition,
  DefinitionKind,
  ExpertRangeDefinition,
  FlagPointsDefinition,
  GrowthBandsDefinition,
  RatioBandsDefinition,
} from './rule-set.contracts.ts';

/** A measured value placed in its band; an unknown value scores the whole span of the bands. */
export function bandedScore(meta: ItemMeta, kind: DefinitionKind, bands: Band[], measured: MeasuredValue, context: EvaluationContext): IndicatorResult {
  const extras = { inputs: measured.inputs, missing: measured.missing };
  if (measured.value === undefined) {
    const reason = measured.problem ?? missingReason(measured.missing);
    return scoreResult(meta, kind, pointsSpan(bands), { ...extras, reason });
  }
  const value = formatMeasured(measured.value, measured.unit);
  const band = findBand(measured.value, bands, context.boundaryPolicy);
  if (!band) {
    const reason = { zh: `数值 ${value ?? ''} 不在任何档位内`, en: `the value ${value ?? ''} is in no band` };
    return scoreResult(meta, kind, pointsSpan(bands), { ...extras, ...(value ? { value } : {}), reason });
  }
  const range = pointsRangeOf(band.points);
  const reason =
    range[0] === range[1] ? undefined : { zh: `档位 ${band.label}：由专家在 ${range[0]}–${range[1]} 分内评定`, en: `band ${band.label}: an expert scores within ${range[0]}–${range[1]}` };
  return scoreResult(meta, kind, range, { ...extras, ...(value ? { value } : {}), band: band.label, ...(reason ? { reason } : {}) });
}

export function evaluateRatioBands(definition: RatioBandsDefinition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  return bandedScore(meta, definition.kind, definition.bands, ratioValue(definition, context), context);
}

export function evaluateCountBands(definition: CountBandsDefinition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  return bandedScore(meta, definition.kind, definition.bands, measureValue(definition.measure, context), context);
}

export function evaluateGrowthBands(definition: GrowthBandsDefinition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  return bandedScore(meta, definition.kind, definition.bands, growthValue(definition.field, context), context);
}

export function evaluateFlagPoints(definition: FlagPointsDefinition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  const flag = context.facts.flags?.[definition.flag];
  const name = `flags.${definition.flag}`;
  const inputs = { [name]: flag ?? null };
  if (flag === undefined) {
    const low = Math.min(definition.pointsIfTrue, definition.pointsIfFalse);
    const high = Math.max(definition.pointsIfTrue, definition.pointsIfFalse);
    return scoreResult(meta, definition.kind, [low, high], { inputs, missing: [name] });
  }
  const points = flag ? definition.pointsIfTrue : definition.pointsIfFalse;
  return scoreResult(meta, definition.kind, [points, points], { inputs, value: flag ? '是' : '否' });
}

export function evaluateExpertRange(definition: ExpertRangeDefinition, meta: ItemMeta): IndicatorResult {
  return scoreResult(meta, definition.kind, definition.range, { reason: definition.reason });
}

/**
 * The best of the options: its low end is the best low end, its high end the best high end, so
 * a certain 30 from one option is exact even when another option's facts are missing.
 */
export function evaluateBestOf(
  definition: BestOfDefinition,
  meta: ItemMeta,
  evaluatePart: (part: BestOfDefinition['options'][number], parent: ItemMeta) => IndicatorResult,
): IndicatorResult {
  const children = definition.options.map((option) => evaluatePart(option, meta));
  const ranges = children.map((child): [number, number] => child.pointsRange ?? [0, 0]);
  const low = Math.max(...ranges.map((range) => range[0]));
  const high = Math.max(...ranges.map((range) => range[1]));
  const best = children.find((child) => (child.pointsRange ?? [0, 0])[0] === low && child.value !== undefined) ?? children.find((child) => (child.pointsRange ?? [0, 0])[0] === low);
  const isExact = low === high;
  const missing = isExact ? [] : children.filter((child) => (child.pointsRange ?? [0, 0])[1] > low).flatMap((child) => child.missingFacts);
  const inputs = Object.assign({}, ...children.map((child) => child.inputs)) as IndicatorResult['inputs'];
  return scoreResult(meta, definition.kind, [low, high], {
    inputs,
    missing,
    ...(best ? { usedOption: best.code } : {}),
    ...(best?.value ? { value: best.value } : {}),
    ...(best?.band ? { band: best.band } : {}),
    children,
    ...(!isExact && missing.length === 0 && best?.reason ? { reason: best.reason } : {}),
  });
}
