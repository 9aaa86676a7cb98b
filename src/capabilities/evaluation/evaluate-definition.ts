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

/** Made only for the kinds with parts (most items have none): under tsx every named closure costs a call to name it. */
function partEvaluator(context: EvaluationContext): (part: SubItem, parent: ItemMeta) => IndicatorResult {
  return (part, parent) => evaluateDefinition(part.definition, partMeta(part, parent), context);
}

// A part's meta depends only on the part and its parent's meta, which is itself remembered (rule sets do not change).
const partMetas = new WeakMap<SubItem, { parent: ItemMeta; meta: ItemMeta }>();

function partMeta(part: SubItem, parent: ItemMeta): ItemMeta {
  const known = partMetas.get(part);
  if (known?.parent === parent) return known.meta;
  const meta = { code: part.code, name: part.name, clause: part.clause ?? parent.clause, confidence: part.confidence ?? parent.confidence };
  partMetas.set(part, { parent, meta });
  return meta;
}

/** One item (or part of one) against the facts. Pure: same definition and facts, same result. */
export function evaluateDefinition(definition: Definition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  switch (definition.kind) {
    case 'ratio_bands':
      return evaluateRatioBands(definition, meta, context);
    case 'count_bands':
      return evaluateCountBands(definition, meta, context);
    case 'growth_bands':
      return evaluateGrowthBands(definition, meta, context);
    case 'best_of':
      return evaluateBestOf(definition, meta, partEvaluator(context));
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
      return evaluateAllOf(definition, meta, partEvaluator(context));
    case 'any_of':
      return evaluateAnyOf(definition, meta, partEvaluator(context));
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
