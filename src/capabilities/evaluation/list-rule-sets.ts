import { assertCan } from '../../platform/auth/actor.ts';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { RuleSetSummary } from './evaluation.contracts.ts';
import { findRuleSetInForce, isRuleSetInForce } from './find-rule-set-in-force.ts';
import { loadBundledRuleSets } from './load-bundled-rule-sets.ts';
import type { RuleSet } from './rule-set.contracts.ts';

let bundled: RuleSet[] | undefined;

/** The rule sets shipped in `rule-sets/`, parsed once per process. */
export function bundledRuleSets(): RuleSet[] {
  bundled ??= loadBundledRuleSets();
  return bundled;
}

/** One version per family: those in force on `asOf`. */
export function ruleSetsInForce(asOf: string, ruleSets: RuleSet[] = bundledRuleSets()): RuleSet[] {
  const families = [...new Set(ruleSets.map((ruleSet) => ruleSet.family))].sort();
  return families.map((family) => findRuleSetInForce(ruleSets, family, asOf)).filter((ruleSet): ruleSet is RuleSet => ruleSet !== undefined);
}

export function summariseRuleSet(ruleSet: RuleSet, today: string): RuleSetSummary {
  return {
    id: ruleSet.id,
    family: ruleSet.family,
    version: ruleSet.version,
    name: ruleSet.name,
    documents: ruleSet.documents.map((document) => ({ number: document.number, title: document.title, issuer: document.issuer })),
    effectiveFrom: ruleSet.effectiveFrom,
    effectiveTo: ruleSet.effectiveTo ?? null,
    isInForce: isRuleSetInForce(ruleSet, today),
    isOfficial: ruleSet.isOfficial,
    needsOfficialCheck: ruleSet.needsOfficialCheck,
    itemCount: ruleSet.items.length,
  };
}

/** 评价规则: every bundled rule set with its documents and whether it is in force. */
export const listRuleSets: UseCase<Record<string, never>, RuleSetSummary[]> = async (_input, ctx) => {
  assertCan(ctx.actor, 'session');
  const today = shanghaiDate(ctx.now);
  return bundledRuleSets().map((ruleSet) => summariseRuleSet(ruleSet, today));
};
