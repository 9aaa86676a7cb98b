import type { EvaluationResult, EvaluationStatus, IndicatorResult } from './evaluation-result.ts';
import { buildContext, type EvaluationContext } from './fact-paths.ts';
import type { EnterpriseFacts } from './facts.contracts.ts';
import { amountGap, type Gap, growthGap, ratioGap, threeYearGap } from './gap-changes.ts';
import { allOfPlanning, anyOfPlanning, type Planning, satisfied, type UnresolvedGap } from './gap-planning.ts';
import { parseQuantity } from './quantity.ts';
import type { Bilingual, DecisionNode, Definition, RuleSet } from './rule-set.contracts.ts';
import { scorePlanning } from './score-gap-planning.ts';

export type { UnresolvedGap } from './gap-planning.ts';
export type { Gap } from './gap-changes.ts';

export interface GapPlan {
  /** All of these together make the rule set pass (other undecided items aside). */
  changes: Gap[];
}

export interface GapAnalysis {
  ruleSetId: string;
  status: EvaluationStatus;
  /** Alternatives, smallest first: each is a set of changes that would pass. */
  plans: GapPlan[];
  /** What numbers cannot fix: a ceiling exceeded, a flag, a qualification, an expert's judgement, a missing fact. */
  unresolved: UnresolvedGap[];
}

function isStrict(op: string): boolean {
  return op === '>' || op === '<';
}

/** How a condition that is not met could be met, by the enterprise's own numbers. */
function conditionPlanning(definition: Definition, indicator: IndicatorResult, context: EvaluationContext): Planning {
  if (indicator.status === 'met') return satisfied;
  const code = indicator.code;
  if (indicator.status === 'manual_review' && definition.kind !== 'all_of' && definition.kind !== 'any_of') {
    return { plans: [[]], unresolved: [{ indicatorCode: code, reason: indicator.reason ?? { zh: '需人工审核', en: 'needs manual review' } }] };
  }
  const notFixable = (reason: Bilingual): Planning => ({ plans: [], unresolved: [{ indicatorCode: code, reason }] });
  switch (definition.kind) {
    case 'threshold': {
      if (definition.op === '<=' || definition.op === '<') return notFixable({ zh: `${indicator.name.zh}：${indicator.value ?? ''} 超过上限 ${indicator.requirement ?? ''}`, en: `${indicator.name.en}: ${indicator.value ?? ''} exceeds the limit ${indicator.requirement ?? ''}` });
      const gap = amountGap(code, indicator.name, definition.measure, parseQuantity(definition.value).value, isStrict(definition.op), context);
      return gap ? { plans: [[gap]], unresolved: [] } : notFixable({ zh: `${indicator.name.zh} 不满足`, en: `${indicator.name.en} not met` });
    }
    case 'ratio_threshold': {
      const direction = definition.op === '>=' || definition.op === '>' ? 'up' : 'down';
      const gap = ratioGap(
        { code, name: indicator.name, numerator: definition.numerator, denominator: definition.denominator, numeratorIsPartOfDenominator: definition.numeratorIsPartOfDenominator ?? false, target: parseQuantity(definition.value).value, isStrict: isStrict(definition.op), direction },
        context,
      );
      return gap ? { plans: [[gap]], unresolved: [] } : notFixable({ zh: `${indicator.name.zh} 不满足`, en: `${indicator.name.en} not met` });
    }
    case 'three_year_ratio_with_threshold_by_revenue': {
      const gap = threeYearGap(definition, indicator, context);
      return gap ? { plans: [[gap]], unresolved: [] } : notFixable({ zh: `${indicator.name.zh} 不满足`, en: `${indicator.name.en} not met` });
    }
    case 'cagr': {
      const gap = growthGap(code, indicator.name, definition.field, parseQuantity(definition.value).value, definition.op === '>', definition.years - 1, context);
      return gap ? { plans: [[gap]], unresolved: [] } : notFixable({ zh: `${indicator.name.zh} 不满足`, en: `${indicator.name.en} not met` });
    }
    case 'all_of':
    case 'any_of': {
      const children = indicator.children ?? [];
      const parts = definition.conditions.map((part, index) => {
        const child = children[index];
        return child ? conditionPlanning(part.definition, child, context) : satisfied;
      });
      return definition.kind === 'all_of' ? allOfPlanning(parts) : anyOfPlanning(parts);
    }
    default:
      return notFixable({ zh: `${indicator.name.zh} 不满足${indicator.value ? `（${indicator.value}）` : ''}`, en: `${indicator.name.en} not met${indicator.value ? ` (${indicator.value})` : ''}` });
  }
}

function planNode(node: DecisionNode, ruleSet: RuleSet, byCode: Map<string, IndicatorResult>, context: EvaluationContext): Planning {
  if (typeof node === 'string') {
    const item = ruleSet.items.find((entry) => entry.code === node);
    const indicator = byCode.get(node);
    return item && indicator ? conditionPlanning(item.definition, indicator, context) : satisfied;
  }
  if ('score' in node) return scorePlanning(node.score, ruleSet, byCode, context);
  if ('grade' in node) return { plans: [], unresolved: [{ indicatorCode: node.grade, reason: { zh: '综合指数：提高各指标得分可提升等级，见各指标明细', en: 'composite index: raise the indicators to move up a grade; see each indicator' } }] };
  if ('not' in node) return satisfied;
  const parts = ('all' in node ? node.all : node.any).map((child) => planNode(child, ruleSet, byCode, context));
  return 'all' in node ? allOfPlanning(parts) : anyOfPlanning(parts);
}

/**
 * For a rule set the enterprise fails or cannot yet pass: the smallest changes to its own numbers
 * that would pass, as alternative plans, and what numbers cannot fix. Pure.
 */
export function analyseGaps(ruleSet: RuleSet, facts: EnterpriseFacts, result: EvaluationResult): GapAnalysis {
  if (result.status === 'pass') return { ruleSetId: ruleSet.id, status: result.status, plans: [], unresolved: [] };
  const context = buildContext(facts, ruleSet.boundaryPolicy, result.fiscalYear);
  const byCode = new Map(result.indicators.map((indicator) => [indicator.code, indicator]));
  const planning = planNode(ruleSet.decision, ruleSet, byCode, context);
  const unresolved = new Map(planning.unresolved.map((entry) => [`${entry.indicatorCode}|${entry.reason.zh}`, entry]));
  return {
    ruleSetId: ruleSet.id,
    status: result.status,
    plans: planning.plans.filter((plan) => plan.length > 0).slice(0, 3).map((changes) => ({ changes })),
    unresolved: [...unresolved.values()],
  };
}
