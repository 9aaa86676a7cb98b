import type { RuleSet } from './rule-set.contracts.ts';

/** Whether `date` (YYYY-MM-DD) lies in [effectiveFrom, effectiveTo]. */
export function isRuleSetInForce(ruleSet: Pick<RuleSet, 'effectiveFrom' | 'effectiveTo'>, date: string): boolean {
  return ruleSet.effectiveFrom <= date && (ruleSet.effectiveTo === undefined || date <= ruleSet.effectiveTo);
}

/**
 * The version of a family in force on a day. Where windows overlap, the version that took effect
 * later wins (a new document replaces the old from its own effective date); ties go to the
 * version that is not superseded, then to the id, so the answer never depends on input order.
 */
export function findRuleSetInForce(ruleSets: RuleSet[], family: string, date: string): RuleSet | undefined {
  return ruleSets
    .filter((ruleSet) => ruleSet.family === family && isRuleSetInForce(ruleSet, date))
    .sort(
      (a, b) =>
        b.effectiveFrom.localeCompare(a.effectiveFrom) ||
        Number(a.supersededBy !== undefined) - Number(b.supersededBy !== undefined) ||
        a.id.localeCompare(b.id),
    )[0];
}
