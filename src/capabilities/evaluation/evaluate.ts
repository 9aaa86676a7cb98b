import { compositeGradeTruth } from './composite-kind.ts';
import { evaluateDefinition, isScoreDefinition } from './evaluate-definition.ts';
import type { EvaluationResult, EvaluationStatus, GroupResult, IndicatorResult } from './evaluation-result.ts';
import { buildContext } from './fact-paths.ts';
import type { EnterpriseFacts } from './facts.contracts.ts';
import { allOf, anyOf, type Truth, truthOf } from './indicator-builders.ts';
import type { Bilingual, DecisionNode, RuleSet, ScoreTest } from './rule-set.contracts.ts';

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
  const scoreItems = indicators.filter((indicator) => indicator.pointsRange !== undefined && ruleSet.items.some((item) => item.code === indicator.code && isScoreDefinition(item.definition)));
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

function atLeast(range: [number, number], min: number, strictly: boolean): Truth {
  const passes = (value: number) => (strictly ? value > min : value >= min);
  if (passes(range[0])) return true;
  return passes(range[1]) ? undefined : false;
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
  return { truth, reasons: [], missing: [] };
}

function decide(node: DecisionNode, ruleSet: RuleSet, summary: ScoreSummary, byCode: Map<string, IndicatorResult>): Verdict {
  if (typeof node === 'string') return leafVerdict(byCode.get(node), node);
  if ('score' in node) return scoreVerdict(node.score, summary, byCode);
  if ('grade' in node) {
    const item = ruleSet.items.find((entry) => entry.code === node.grade);
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
  if (truth === true) return { truth, reasons: [], missing: [] };
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
  const indicators = ruleSet.items.map((item) =>
    evaluateDefinition(item.definition, { code: item.code, name: item.name, clause: item.clause, confidence: item.confidence, ...(item.group ? { group: item.group } : {}), ...(item.isDirectRoute ? { isDirectRoute: true } : {}) }, context),
  );
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const composite = indicators.find((indicator) => indicator.kind === 'weighted_composite');
  const summary = summariseScore(ruleSet, indicators);
  const verdict = decide(ruleSet.decision, ruleSet, summary, byCode);
  const status: EvaluationStatus = verdict.truth === true ? 'pass' : verdict.truth === false ? 'fail' : 'manual_review';
  const route = status === 'pass' ? indicators.find((indicator) => indicator.isDirectRoute && indicator.status === 'met') : undefined;
  const totalRange = composite?.pointsRange ?? summary.total;
  const hasScore = composite !== undefined || ruleSet.items.some((item) => isScoreDefinition(item.definition));
  const missingFacts = [...new Set([...verdict.missing, ...indicators.filter((indicator) => indicator.status === 'manual_review').flatMap((indicator) => indicator.missingFacts)])].sort();
  return {
    ruleSetId: ruleSet.id,
    ruleSetFamily: ruleSet.family,
    ruleSetVersion: ruleSet.version,
    asOf: facts.asOf,
    fiscalYear: context.fiscalYear,
    status,
    ...(hasScore && totalRange[0] === totalRange[1] ? { total: totalRange[0] } : {}),
    ...(hasScore ? { totalRange } : {}),
    ...(composite?.grade === undefined ? {} : { grade: composite.grade }),
    groups: summary.groups,
    indicators,
    missingFacts,
    ...(route ? { passedByDirectRoute: route.code } : {}),
    reasons: [...new Map(verdict.reasons.map((reason) => [reason.zh, reason])).values()],
    isOfficial: ruleSet.isOfficial,
    needsOfficialCheck: ruleSet.needsOfficialCheck,
  };
}
