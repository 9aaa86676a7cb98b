import type { EvaluationResult } from './evaluation-result.ts';
import type { RuleSet } from './rule-set.contracts.ts';

export interface DimensionScore {
  code: string;
  name: { zh: string; en: string };
  /** 0–100: the weighted mean of the dimension's indicator scores; null when none was scored. */
  score: number | null;
}

/** The composite's dimensions (the radar chart), from its weighted indicators' points and weights. */
export function compositeDimensions(ruleSet: RuleSet, result: EvaluationResult): DimensionScore[] {
  const item = ruleSet.items.find((candidate) => candidate.definition.kind === 'weighted_composite');
  if (!item || item.definition.kind !== 'weighted_composite') return [];
  const indicator = result.indicators.find((candidate) => candidate.code === item.code);
  const definition = item.definition;
  return definition.dimensions.map((dimension) => {
    const codes = new Set(definition.indicators.filter((entry) => entry.dimension === dimension.code).map((entry) => entry.code));
    const children = (indicator?.children ?? []).filter((child) => codes.has(child.code) && child.points !== undefined && child.weight !== undefined && child.weight > 0);
    const weight = children.reduce((sum, child) => sum + (child.weight ?? 0), 0);
    const score = weight === 0 ? null : Math.round((children.reduce((sum, child) => sum + (child.points ?? 0) * (child.weight ?? 0), 0) / weight) * 100) / 100;
    return { code: dimension.code, name: dimension.name, score };
  });
}
