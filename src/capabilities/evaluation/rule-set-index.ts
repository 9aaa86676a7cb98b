import { isScoreDefinition } from './evaluate-definition.ts';
import type { ItemMeta } from './indicator-builders.ts';
import type { RuleItem, RuleSet } from './rule-set.contracts.ts';

/** What evaluate() looks up in a rule set on every call, worked out once per rule set object. */
export interface RuleSetIndex {
  /** One per item, in the rule set's order. */
  metas: ItemMeta[];
  /** Codes of the items that give points. */
  scoreItemCodes: ReadonlySet<string>;
  hasScoreItem: boolean;
  /** The first item with each code. */
  itemByCode: ReadonlyMap<string, RuleItem>;
}

// Rule sets are values: parsed and checked once, never changed afterwards (a changed copy is a new object).
const indexes = new WeakMap<RuleSet, RuleSetIndex>();

export function indexRuleSet(ruleSet: RuleSet): RuleSetIndex {
  let index = indexes.get(ruleSet);
  if (index === undefined) {
    index = buildIndex(ruleSet);
    indexes.set(ruleSet, index);
  }
  return index;
}

function buildIndex(ruleSet: RuleSet): RuleSetIndex {
  const scoreItems = ruleSet.items.filter((item) => isScoreDefinition(item.definition));
  const itemByCode = new Map<string, RuleItem>();
  for (const item of ruleSet.items) if (!itemByCode.has(item.code)) itemByCode.set(item.code, item);
  return {
    metas: ruleSet.items.map((item) => ({
      code: item.code,
      name: item.name,
      clause: item.clause,
      confidence: item.confidence,
      ...(item.group ? { group: item.group } : {}),
      ...(item.isDirectRoute ? { isDirectRoute: true } : {}),
    })),
    scoreItemCodes: new Set(scoreItems.map((item) => item.code)),
    hasScoreItem: scoreItems.length > 0,
    itemByCode,
  };
}
