import { bandBounds, isInBounds, pointsRangeOf } from './bands.ts';
import { isScoreDefinition } from './evaluate-definition.ts';
import type { IndicatorResult } from './evaluation-result.ts';
import type { EvaluationContext } from './fact-paths.ts';
import { amountGap, type Gap, growthGap, ratioGap } from './gap-changes.ts';
import { type Planning, planSize } from './gap-planning.ts';
import { growthValue, measureValue, ratioValue } from './measures.ts';
import type { Bilingual, Definition, RuleSet, ScoreTest } from './rule-set.contracts.ts';

interface ScoreOption {
  points: number;
  gaps: Gap[];
}

/** The bands above the current one that changing the item's own numbers can reach. */
function scoreOptions(definition: Definition, indicator: IndicatorResult, context: EvaluationContext, code: string, name: Bilingual): ScoreOption[] {
  const current = indicator.pointsRange?.[0] ?? 0;
  const options: ScoreOption[] = [];
  const higher = (bands: Extract<Definition, { kind: 'ratio_bands' }>['bands']) => bands.filter((band) => pointsRangeOf(band.points)[0] > current);
  switch (definition.kind) {
    case 'ratio_bands': {
      const value = ratioValue(definition, context).value;
      if (value === undefined) break;
      for (const band of higher(definition.bands)) {
        const bounds = bandBounds(band, context.boundaryPolicy);
        if (isInBounds(value, bounds)) continue;
        const isBelow = bounds.min !== undefined && value.compare(bounds.min) <= 0;
        const target = isBelow ? bounds.min : bounds.max;
        if (target === undefined) continue;
        const gap = ratioGap(
          { code, name, numerator: definition.numerator, denominator: definition.denominator, numeratorIsPartOfDenominator: definition.numeratorIsPartOfDenominator ?? false, target, isStrict: isBelow ? !bounds.includeMin : !bounds.includeMax, direction: isBelow ? 'up' : 'down' },
          context,
        );
        if (gap) options.push({ points: pointsRangeOf(band.points)[0], gaps: [gap] });
      }
      break;
    }
    case 'count_bands': {
      const value = measureValue(definition.measure, context).value;
      if (value === undefined) break;
      for (const band of higher(definition.bands)) {
        const bounds = bandBounds(band, context.boundaryPolicy);
        if (bounds.min === undefined || value.compare(bounds.min) > 0) continue;
        const gap = amountGap(code, name, definition.measure, bounds.min, !bounds.includeMin, context);
        if (gap) options.push({ points: pointsRangeOf(band.points)[0], gaps: [gap] });
      }
      break;
    }
    case 'growth_bands': {
      const value = growthValue(definition.field, context).value;
      if (value === undefined) break;
      for (const band of higher(definition.bands)) {
        const bounds = bandBounds(band, context.boundaryPolicy);
        if (bounds.min === undefined || value.compare(bounds.min) > 0) continue;
        const gap = growthGap(code, name, definition.field, bounds.min, !bounds.includeMin, 1, context);
        if (gap) options.push({ points: pointsRangeOf(band.points)[0], gaps: [gap] });
      }
      break;
    }
    case 'best_of':
      definition.options.forEach((option, index) => {
        const child = indicator.children?.[index];
        if (!child) return;
        for (const found of scoreOptions(option.definition, { ...child, pointsRange: [current, current] }, context, code, option.name)) options.push(found);
      });
      break;
    default:
      break;
  }
  return [{ points: current, gaps: [] }, ...options.filter((option) => option.points > current)];
}

function scoreTestHolds(test: ScoreTest, ruleSet: RuleSet, points: Map<string, number>, fixed: Map<string, number>): { holds: boolean; total: number } {
  const groupTotals = new Map<string, number>();
  let total = 0;
  for (const item of ruleSet.items) {
    if (!isScoreDefinition(item.definition)) continue;
    const value = points.get(item.code) ?? fixed.get(item.code) ?? 0;
    if (item.group) groupTotals.set(item.group, (groupTotals.get(item.group) ?? 0) + value);
    else total += value;
  }
  for (const group of ruleSet.groups ?? []) {
    const capped = Math.min(group.cap ?? Infinity, groupTotals.get(group.code) ?? 0);
    groupTotals.set(group.code, capped);
    total += capped;
  }
  const holds =
    total >= test.minTotal &&
    (test.minGroups ?? []).every((requirement) => (groupTotals.get(requirement.group) ?? 0) >= requirement.min) &&
    (test.minItems ?? []).every((requirement) => {
      const value = points.get(requirement.item) ?? fixed.get(requirement.item) ?? 0;
      return requirement.moreThan !== undefined ? value > requirement.moreThan : value >= (requirement.min ?? 0);
    });
  return { holds, total };
}

/** The fewest score items to raise, each to the lowest band that suffices; up to three alternatives. */
export function scorePlanning(test: ScoreTest, ruleSet: RuleSet, byCode: Map<string, IndicatorResult>, context: EvaluationContext): Planning {
  const fixed = new Map<string, number>();
  const choices: Array<{ code: string; options: ScoreOption[] }> = [];
  for (const item of ruleSet.items) {
    const indicator = byCode.get(item.code);
    if (!isScoreDefinition(item.definition) || !indicator) continue;
    const options = scoreOptions(item.definition, indicator, context, item.code, item.name);
    if (options.length > 1) choices.push({ code: item.code, options });
    else fixed.set(item.code, options[0]?.points ?? 0);
  }
  const found: Array<{ changed: string[]; gaps: Gap[]; total: number }> = [];
  const points = new Map<string, number>();
  const walk = (index: number, changed: string[], gaps: Gap[]) => {
    if (index === choices.length) {
      const check = scoreTestHolds(test, ruleSet, points, fixed);
      if (check.holds) found.push({ changed: [...changed], gaps: [...gaps], total: check.total });
      return;
    }
    const choice = choices[index];
    if (!choice) return;
    choice.options.forEach((option, optionIndex) => {
      points.set(choice.code, option.points);
      walk(index + 1, optionIndex === 0 ? changed : [...changed, choice.code], [...gaps, ...option.gaps]);
    });
    points.delete(choice.code);
  };
  walk(0, [], []);
  if (found.length === 0) {
    const best = new Map(choices.map((choice) => [choice.code, Math.max(...choice.options.map((option) => option.points))]));
    const reachable = scoreTestHolds(test, ruleSet, best, fixed).total;
    const highest = new Map([...byCode.values()].map((indicator) => [indicator.code, indicator.pointsRange?.[1] ?? 0]));
    // Experts or missing facts may still carry it: that is manual review, not a numeric dead end.
    const couldPass = scoreTestHolds(test, ruleSet, highest, new Map()).holds;
    return {
      plans: couldPass ? [[]] : [],
      unresolved: [{ indicatorCode: 'score', reason: { zh: `可由数据计算的部分即使都达到最高档，确定得分也只有 ${reachable} 分（要求 ≥ ${test.minTotal}）；其余依赖专家评分或缺少的数据`, en: `even with every computable item at its top band the certain score is ${reachable} (≥ ${test.minTotal} required); the rest depends on experts or missing facts` } }],
    };
  }
  // Smallest relative change first (two staff and ¥1M beat 27 staff), then fewer items, then the least overshoot.
  found.sort((a, b) => planSize(a.gaps) - planSize(b.gaps) || a.changed.length - b.changed.length || a.total - b.total);
  const chosen: typeof found = [];
  for (const candidate of found) {
    if (chosen.some((plan) => plan.changed.every((code) => candidate.changed.includes(code)))) continue;
    chosen.push(candidate);
    if (chosen.length === 3) break;
  }
  return { plans: chosen.map((plan) => plan.gaps), unresolved: [] };
}
