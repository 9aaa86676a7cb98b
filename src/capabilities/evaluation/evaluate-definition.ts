import { evaluateWeightedComposite } from './composite-kind.ts';
import {
  evaluateAllOf,
  evaluateAnyOf,
  evaluateAttributeMatch,
  evaluateCagr,
  evaluateFlag,
  evaluateManual,
  evaluateRatioThreshold,
  evaluateThreeYearRatio,
  evaluateThreshold,
} from './condition-kinds.ts';
import type { IndicatorResult } from './evaluation-result.ts';
import type { EvaluationContext } from './fact-paths.ts';
import { evaluateGrowthScore } from './growth-score-kind.ts';
import type { ItemMeta } from './indicator-builders.ts';
import { evaluateDirectRoute } from './route-kinds.ts';
import type { Definition, DefinitionKind, SubItem } from './rule-set.contracts.ts';
import { evaluateBestOf, evaluateCountBands, evaluateExpertRange, evaluateFlagPoints, evaluateGrowthBands, evaluateRatioBands } from './score-kinds.ts';

/** Kinds that give points (score items); all others are conditions. */
export const scoreKinds: ReadonlySet<DefinitionKind> = new Set(['ratio_bands', 'count_bands', 'growth_bands', 'best_of', 'growth_score', 'expert_range', 'flag_points', 'weighted_composite']);

export function isScoreDefinition(definition: Definition): boolean {
  return scoreKinds.has(definition.kind);
}

/** One item (or part of one) against the facts. Pure: same definition and facts, same result. */
export function evaluateDefinition(definition: Definition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  const evaluatePart = (part: SubItem, parent: ItemMeta): IndicatorResult =>
    evaluateDefinition(part.definition, { code: part.code, name: part.name, clause: part.clause ?? parent.clause, confidence: part.confidence ?? parent.confidence }, context);
  switch (definition.kind) {
    case 'ratio_bands':
      return evaluateRatioBands(definition, meta, context);
    case 'count_bands':
      return evaluateCountBands(definition, meta, context);
    case 'growth_bands':
      return evaluateGrowthBands(definition, meta, context);
    case 'best_of':
      return evaluateBestOf(definition, meta, evaluatePart);
    case 'flag_points':
      return evaluateFlagPoints(definition, meta, context);
    case 'expert_range':
      return evaluateExpertRange(definition, meta);
    case 'growth_score':
      return evaluateGrowthScore(definition, meta, context);
    case 'weighted_composite':
      return evaluateWeightedComposite(definition, meta, context);
    case 'threshold':
      return evaluateThreshold(definition, meta, context);
    case 'ratio_threshold':
      return evaluateRatioThreshold(definition, meta, context);
    case 'all_of':
      return evaluateAllOf(definition, meta, evaluatePart);
    case 'any_of':
      return evaluateAnyOf(definition, meta, evaluatePart);
    case 'three_year_ratio_with_threshold_by_revenue':
      return evaluateThreeYearRatio(definition, meta, context);
    case 'cagr':
      return evaluateCagr(definition, meta, context);
    case 'direct_route':
      return evaluateDirectRoute(definition, meta, context);
    case 'flag':
      return evaluateFlag(definition, meta, context);
    case 'attribute_match':
      return evaluateAttributeMatch(definition, meta, context);
    case 'manual':
      return evaluateManual(definition, meta);
    default: {
      const unknown: never = definition;
      throw new TypeError(`unknown indicator kind: ${JSON.stringify(unknown)}`);
    }
  }
}
