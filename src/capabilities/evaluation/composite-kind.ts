import { findBand, pointsRangeOf } from './bands.ts';
import type { IndicatorResult } from './evaluation-result.ts';
import { addDays, type EvaluationContext, type FactInputs, readYearField, wholeYearsBefore } from './fact-paths.ts';
import { type ItemMeta, missingReason, uniqueSorted } from './indicator-builders.ts';
import { formatMeasured, growthValue, type MeasuredValue, measureValue, ratioValue } from './measures.ts';
import { parseQuantity } from './quantity.ts';
import { Rational, weightedSum } from './rational.ts';
import type { Bilingual, CompositeIndicator, WeightedCompositeDefinition } from './rule-set.contracts.ts';

const hundred = Rational.of(100n);
const unknownRange: [Rational, Rational] = [Rational.zero, hundred];

function measureIndicator(indicator: CompositeIndicator, context: EvaluationContext): MeasuredValue {
  if (typeof indicator.measure === 'string') return measureValue(indicator.measure, context);
  if ('growthOf' in indicator.measure) return growthValue(indicator.measure.growthOf, context);
  return ratioValue(indicator.measure, context);
}

/** The normalised score 0–100 of a value; undefined when the value is unknown. */
function normalise(indicator: CompositeIndicator, value: Rational, context: EvaluationContext): { score: Rational; band?: string } {
  const normaliser = indicator.normaliser;
  if (normaliser.method === 'bands') {
    const band = findBand(value, normaliser.bands, context.boundaryPolicy);
    const points = band ? pointsRangeOf(band.points)[0] : 0;
    return { score: Rational.of(BigInt(points)), ...(band ? { band: band.label } : {}) };
  }
  const from = parseQuantity(normaliser.from).value;
  const span = parseQuantity(normaliser.to).value.sub(from);
  // (value − from) / (to − from) clamped to [0, 1], times 100: as one fraction, reduced once.
  const offset = value.sub(from);
  const score = Rational.of(offset.numerator * span.denominator * 100n, offset.denominator * span.numerator);
  return { score: score.isNegative() ? Rational.zero : score.compare(hundred) > 0 ? hundred : score };
}

/** The stages the enterprise may be in: exactly one when the facts decide it. */
export function candidateStages(definition: WeightedCompositeDefinition, context: EvaluationContext, inputs: FactInputs, missing: string[]): string[] {
  const foundedOn = context.facts.foundedOn;
  inputs.foundedOn = foundedOn ?? null;
  const ageYears = foundedOn === undefined ? undefined : wholeYearsBefore(foundedOn, addDays(context.asOf, 1));
  const candidates: string[] = [];
  for (const stage of definition.stages) {
    const checks: Array<boolean | undefined> = [];
    if (stage.maxAgeYears !== undefined) {
      if (ageYears === undefined) missing.push('foundedOn');
      checks.push(ageYears === undefined ? undefined : ageYears < stage.maxAgeYears);
    }
    if (stage.minRevenue !== undefined) {
      const revenue = readYearField(context, 'years', context.fiscalYear, 'revenueFen', inputs, missing);
      checks.push(revenue === undefined ? undefined : revenue.compare(parseQuantity(stage.minRevenue).value) >= 0);
    }
    if (checks.includes(false)) continue;
    candidates.push(stage.code);
    if (checks.every((check) => check === true)) break;
  }
  return candidates;
}

export function gradeOf(definition: WeightedCompositeDefinition, score: Rational): string | undefined {
  return definition.grades.find((grade) => score.compare(parseQuantity(grade.min).value) >= 0)?.grade;
}

function roundHalfUp(value: Rational): number {
  return Number(value.toFixed(2));
}

function roundDown(value: Rational): number {
  return Math.floor(value.toNumber() * 100) / 100;
}

function roundUp(value: Rational): number {
  return Math.ceil(value.toNumber() * 100 - 1e-9) / 100;
}

/**
 * The platform's composite index: each indicator normalised to 0–100, weighted by the stage's
 * weights (which add up to 100), summed to 0–100 and graded by the cut-offs. A missing fact
 * leaves its indicator anywhere in 0–100; an undecided stage leaves every candidate's weights.
 */
export function evaluateWeightedComposite(definition: WeightedCompositeDefinition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  const stageInputs: FactInputs = {};
  const stageMissing: string[] = [];
  const stages = candidateStages(definition, context, stageInputs, stageMissing);
  const isStageKnown = stages.length === 1;
  const children: IndicatorResult[] = [];
  const ranges = new Map<string, [Rational, Rational]>();
  const missing: string[] = isStageKnown ? [] : [...stageMissing];
  for (const indicator of definition.indicators) {
    const measured = measureIndicator(indicator, context);
    const normalised = measured.value === undefined ? undefined : normalise(indicator, measured.value, context);
    const range: [Rational, Rational] = normalised ? [normalised.score, normalised.score] : [Rational.zero, hundred];
    ranges.set(indicator.code, range);
    missing.push(...measured.missing);
    const weight = isStageKnown ? definition.weights[stages[0] ?? '']?.[indicator.code] : undefined;
    const value = formatMeasured(measured.value, measured.unit);
    const points = normalised ? roundHalfUp(normalised.score) : undefined;
    const reason: Bilingual | undefined = measured.value === undefined ? (measured.problem ?? missingReason(measured.missing)) : indicator.note;
    const child = { code: indicator.code, name: indicator.name, clause: meta.clause, confidence: meta.confidence, kind: 'weighted_composite', group: indicator.dimension } as IndicatorResult;
    // The rest in the result's key order, optional fields only when present.
    child.status = normalised ? 'scored' : 'manual_review';
    child.inputs = measured.inputs;
    if (value) child.value = value;
    if (normalised?.band) child.band = normalised.band;
    if (points !== undefined) child.points = points;
    child.pointsRange = points === undefined ? [roundDown(range[0]), roundUp(range[1])] : [points, points];
    if (weight !== undefined) child.weight = weight;
    if (reason) child.reason = reason;
    child.missingFacts = normalised ? [] : uniqueSorted(measured.missing);
    children.push(child);
  }
  let low: Rational | undefined;
  let high: Rational | undefined;
  for (const stage of stages) {
    const weights = definition.weights[stage] ?? {};
    const percents = definition.indicators.map((indicator) => BigInt(weights[indicator.code] ?? 0));
    const indicatorRanges = definition.indicators.map((indicator) => ranges.get(indicator.code) ?? unknownRange);
    const stageLow = weightedSum(indicatorRanges.map((range) => range[0]), percents, 100n);
    const stageHigh = weightedSum(indicatorRanges.map((range) => range[1]), percents, 100n);
    low = low === undefined || stageLow.compare(low) < 0 ? stageLow : low;
    high = high === undefined || stageHigh.compare(high) > 0 ? stageHigh : high;
  }
  const lowScore = low ?? Rational.zero;
  const highScore = high ?? hundred;
  const lowGrade = gradeOf(definition, lowScore);
  const highGrade = gradeOf(definition, highScore);
  const isScoreExact = lowScore.compare(highScore) === 0;
  const stageNames = stages.map((code) => definition.stages.find((stage) => stage.code === code)?.name ?? { zh: code, en: code });
  const stageText = { zh: `企业阶段：${stageNames.map((name) => name.zh).join(' 或 ')}`, en: `stage: ${stageNames.map((name) => name.en).join(' or ')}` };
  const uniqueMissing = uniqueSorted(missing);
  const lowText = lowScore.toFixed(2);
  const reason = uniqueMissing.length > 0 && !isScoreExact ? { zh: `${stageText.zh}；${missingReason(uniqueMissing).zh}`, en: `${stageText.en}; ${missingReason(uniqueMissing).en}` } : stageText;
  return {
    code: meta.code,
    name: meta.name,
    clause: meta.clause,
    confidence: meta.confidence,
    kind: 'weighted_composite',
    status: isScoreExact ? 'scored' : 'manual_review',
    inputs: stageInputs,
    value: isScoreExact ? lowText : `${lowText}–${highScore.toFixed(2)}`,
    band: stages.join('|'),
    ...(isScoreExact ? { points: Number(lowText) } : {}),
    pointsRange: isScoreExact ? [Number(lowText), Number(lowText)] : [roundDown(lowScore), roundUp(highScore)],
    ...(lowGrade !== undefined && lowGrade === highGrade ? { grade: lowGrade } : {}),
    reason,
    missingFacts: isScoreExact ? [] : uniqueMissing,
    children,
  };
}

/** Whether the composite's grade is settled, for the decision: true = graded, false = below every grade. */
export function compositeGradeTruth(definition: WeightedCompositeDefinition, result: IndicatorResult): boolean | undefined {
  if (result.grade !== undefined) return true;
  const lowestCutOff = Math.min(...definition.grades.map((grade) => grade.min));
  const high = result.pointsRange?.[1] ?? 100;
  return high < lowestCutOff ? false : undefined;
}
