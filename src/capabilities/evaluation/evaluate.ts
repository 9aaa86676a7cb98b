import { compositeGradeTruth } from './composite-kind.ts';
import { evaluateDefinition } from './evaluate-definition.ts';
import type { EvaluationResult, EvaluationStatus, GroupResult, IndicatorResult } from './evaluation-result.ts';
import { buildContext } from './fact-paths.ts';
import type { EnterpriseFacts } from './facts.contracts.ts';
import { allOf, anyOf, type ItemMeta, type Truth, truthOf, uniqueSorted } from './indicator-builders.ts';
import type { Bilingual, DecisionNode, RuleSet, ScoreTest } from './rule-set.contracts.ts';
import { indexRuleSet } from './rule-set-index.ts';

export interface EvaluationOptions {
  /** The latest fiscal year to read (Y); by default the year before the assessment date. */
  fiscalYear?: number;
}

interface Verdict {
  truth: Truth;
  reasons: Bilingual[];
  missing: string[];
}

export interface ScoreSummary {
  groups: GroupResult[];
  total: [number, number];
}

/** Group points after caps, and the total: each as [lowest, highest] possible. */
export function summariseScore(ruleSet: RuleSet, indicators: IndicatorResult[]): ScoreSummary {
  const { scoreItemCodes } = indexRuleSet(ruleSet);
  const scoreItems = indicators.filter((indicator) => indicator.pointsRange !== undefined && scoreItemCodes.has(indicator.code));
  const groups: GroupResult[] = (ruleSet.groups ?? []).map((group) => {
    const members = scoreItems.filter((indicator) => indicator.group === group.code);
    const low = members.reduce((sum, indicator) => sum + (indicator.pointsRange?.[0] ?? 0), 0);
    const high = members.reduce((sum, indicator) => sum + (indicator.pointsRange?.[1] ?? 0), 0);
    const cap = group.cap ?? Infinity;
    return { code: group.code, name: group.name, ...(group.cap === undefined ? {} : { cap: group.cap }), pointsRange: [Math.min(cap, low), Math.min(cap, high)] };
  });
  const ungrouped = scoreItems.filter((indicator) => indicator.group === undefined);
  const low = groups.reduce((sum, group) => sum + group.pointsRange[0], 0) + ungrouped.reduce((sum, indicator) => sum + (indicator.pointsRange?.[0] ?? 0), 0);
  const high = groups.reduce((sum, group) => sum + group.pointsRange[1], 0) + ungrouped.reduce((sum, indicator) => sum + (indicator.pointsRange?.[1] ?? 0), 0);
  return { groups, total: [low, high] };
}

function passes(value: number, min: number, strictly: boolean): boolean {
  return strictly ? value > min : value >= min;
}

function atLeast(range: [number, number], min: number, strictly: boolean): Truth {
  if (passes(range[0], min, strictly)) return true;
  return passes(range[1], min, strictly) ? undefined : false;
}

function rangeText(range: [number, number]): string {
  return range[0] === range[1] ? String(range[0]) : `${range[0]}–${range[1]}`;
}

function scoreVerdict(test: ScoreTest, summary: ScoreSummary, byCode: Map<string, IndicatorResult>): Verdict {
  const checks: Array<{ truth: Truth; reason: Bilingual; missing: string[] }> = [];
  const undecidedMissing = [...byCode.values()].filter((indicator) => indicator.pointsRange && indicator.pointsRange[0] !== indicator.pointsRange[1]).flatMap((indicator) => indicator.missingFacts);
  checks.push({
    truth: atLeast(summary.total, test.minTotal, false),
    reason: { zh: `总分 ${rangeText(summary.total)}，要求 ≥ ${test.minTotal}（${test.clause}）`, en: `total ${rangeText(summary.total)}, required ≥ ${test.minTotal} (${test.clause})` },
    missing: undecidedMissing,
  });
  for (const requirement of test.minGroups ?? []) {
    const group = summary.groups.find((entry) => entry.code === requirement.group);
    const range = group?.pointsRange ?? [0, 0];
    checks.push({
      truth: atLeast(range, requirement.min, false),
      reason: { zh: `${group?.name.zh ?? requirement.group} ${rangeText(range)}，要求 ≥ ${requirement.min}`, en: `${group?.name.en ?? requirement.group} ${rangeText(range)}, required ≥ ${requirement.min}` },
      missing: undecidedMissing,
    });
  }
  for (const requirement of test.minItems ?? []) {
    const indicator = byCode.get(requirement.item);
    const range = indicator?.pointsRange ?? [0, 0];
    const strictly = requirement.moreThan !== undefined;
    const min = requirement.moreThan ?? requirement.min ?? 0;
    checks.push({
      truth: atLeast(range, min, strictly),
      reason: {
        zh: `${indicator?.name.zh ?? requirement.item} 得分 ${rangeText(range)}，要求 ${strictly ? '>' : '≥'} ${min}`,
        en: `${indicator?.name.en ?? requirement.item} scores ${rangeText(range)}, required ${strictly ? '>' : '≥'} ${min}`,
      },
      missing: indicator?.missingFacts ?? [],
    });
  }
  const truth = allOf(checks.map((check) => check.truth));
  const relevant = checks.filter((check) => (truth === false ? check.truth === false : truth === undefined ? check.truth === undefined : false));
  return { truth, reasons: relevant.map((check) => check.reason), missing: relevant.flatMap((check) => check.missing) };
}

/** Shared by every condition that holds: nothing reads a verdict's lists in order to change them. */
const settled: Verdict = Object.freeze({ truth: true, reasons: Object.freeze([]) as unknown as Bilingual[], missing: Object.freeze([]) as unknown as string[] });

function leafVerdict(indicator: IndicatorResult | undefined, code: string): Verdict {
  if (!indicator) return { truth: undefined, reasons: [{ zh: `未知指标 ${code}`, en: `unknown item ${code}` }], missing: [] };
  const truth = truthOf(indicator);
  const shown = indicator.value === undefined ? '' : `（${indicator.value}${indicator.requirement ? `，要求 ${indicator.requirement}` : ''}）`;
  const shownEn = indicator.value === undefined ? '' : ` (${indicator.value}${indicator.requirement ? `, required ${indicator.requirement}` : ''})`;
  if (truth === false) return { truth, reasons: [{ zh: `${code} ${indicator.name.zh} 不满足${shown}`, en: `${code} ${indicator.name.en} not met${shownEn}` }], missing: [] };
  if (truth === undefined) {
    const why = indicator.reason ?? { zh: '需人工审核', en: 'needs manual review' };
    return { truth, reasons: [{ zh: `${code} ${indicator.name.zh}：${why.zh}`, en: `${code} ${indicator.name.en}: ${why.en}` }], missing: indicator.missingFacts };
  }
  return settled;
}

function decide(node: DecisionNode, ruleSet: RuleSet, summary: ScoreSummary, byCode: Map<string, IndicatorResult>): Verdict {
  if (typeof node === 'string') return leafVerdict(byCode.get(node), node);
  if ('score' in node) return scoreVerdict(node.score, summary, byCode);
  if ('grade' in node) {
    const item = indexRuleSet(ruleSet).itemByCode.get(node.grade);
    const indicator = byCode.get(node.grade);
    if (!item || item.definition.kind !== 'weighted_composite' || !indicator) return leafVerdict(undefined, node.grade);
    const truth = compositeGradeTruth(item.definition, indicator);
    const reasons = truth === true ? [] : [{ zh: `${indicator.name.zh} ${indicator.value ?? ''}：${truth === false ? '低于最低等级' : '等级未定'}`, en: `${indicator.name.en} ${indicator.value ?? ''}: ${truth === false ? 'below the lowest grade' : 'grade not settled'}` }];
    return { truth, reasons, missing: truth === undefined ? indicator.missingFacts : [] };
  }
  if ('not' in node) {
    const inner = decide(node.not, ruleSet, summary, byCode);
    const truth = inner.truth === undefined ? undefined : !inner.truth;
    const reasons = truth === false ? [{ zh: `排除条件成立：${describeNode(node.not)}`, en: `excluding condition holds: ${describeNode(node.not)}` }] : inner.reasons;
    return { truth, reasons: truth === true ? [] : reasons, missing: truth === undefined ? inner.missing : [] };
  }
  const parts = ('all' in node ? node.all : node.any).map((child) => decide(child, ruleSet, summary, byCode));
  const truth = 'all' in node ? allOf(parts.map((part) => part.truth)) : anyOf(parts.map((part) => part.truth));
  if (truth === true) return settled;
  const relevant = truth === false && 'all' in node ? parts.filter((part) => part.truth === false) : parts.filter((part) => part.truth !== true);
  return { truth, reasons: relevant.flatMap((part) => part.reasons), missing: parts.filter((part) => part.truth === undefined).flatMap((part) => part.missing) };
}

function describeNode(node: DecisionNode): string {
  return typeof node === 'string' ? node : JSON.stringify(node);
}

/**
 * One enterprise against one rule set. Pure and deterministic: the same rule set and facts give
 * a deep-equal result. `pass` and `fail` only when the facts decide it whatever the missing
 * facts and expert ranges turn out to be; otherwise `manual_review`, naming what is missing.
 */
export function evaluate(ruleSet: RuleSet, facts: EnterpriseFacts, options: EvaluationOptions = {}): EvaluationResult {
  const context = buildContext(facts, ruleSet.boundaryPolicy, options.fiscalYear);
  const index = indexRuleSet(ruleSet);
  const indicators = ruleSet.items.map((item, position) => evaluateDefinition(item.definition, index.metas[position] as ItemMeta, context));
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const composite = indicators.find((indicator) => indicator.kind === 'weighted_composite');
  const summary = summariseScore(ruleSet, indicators);
  const verdict = decide(ruleSet.decision, ruleSet, summary, byCode);
  const status: EvaluationStatus = verdict.truth === true ? 'pass' : verdict.truth === false ? 'fail' : 'manual_review';
  const route = status === 'pass' ? indicators.find((indicator) => indicator.isDirectRoute && indicator.status === 'met') : undefined;
  const totalRange = composite?.pointsRange ?? summary.total;
  const hasScore = composite !== undefined || index.hasScoreItem;
  const missingFacts = uniqueSorted([...verdict.missing, ...indicators.filter((indicator) => indicator.status === 'manual_review').flatMap((indicator) => indicator.missingFacts)]);
  // Fields assigned in their fixed order (the result's JSON is hashed), optional ones only when present.
  const result = { ruleSetId: ruleSet.id, ruleSetFamily: ruleSet.family, ruleSetVersion: ruleSet.version, asOf: facts.asOf, fiscalYear: context.fiscalYear, status } as EvaluationResult;
  if (hasScore && totalRange[0] === totalRange[1]) result.total = totalRange[0];
  if (hasScore) result.totalRange = totalRange;
  if (composite?.grade !== undefined) result.grade = composite.grade;
  result.groups = summary.groups;
  result.indicators = indicators;
  result.missingFacts = missingFacts;
  if (route) result.passedByDirectRoute = route.code;
  result.reasons = verdict.reasons.length < 2 ? [...verdict.reasons] : [...new Map(verdict.reasons.map((reason) => [reason.zh, reason])).values()];
  result.isOfficial = ruleSet.isOfficial;
  result.needsOfficialCheck = ruleSet.needsOfficialCheck;
  return result;
}
