import { factLabel } from './fact-labels.ts';
import type { FactInputs } from './fact-paths.ts';
import type { IndicatorResult } from './evaluation-result.ts';
import type { Bilingual, Confidence, DefinitionKind } from './rule-set.contracts.ts';

/** What an item (or a part of one) is, before its facts are read. */
export interface ItemMeta {
  code: string;
  name: Bilingual;
  clause: string;
  confidence: Confidence;
  group?: string;
  isDirectRoute?: boolean;
}

export type Truth = boolean | undefined;

export interface Extras {
  inputs?: FactInputs;
  missing?: string[];
  value?: string;
  requirement?: string;
  band?: string;
  usedOption?: string;
  grade?: string;
  weight?: number;
  reason?: Bilingual;
  children?: IndicatorResult[];
}

/** "缺少数据：「2025 年研发费用总额（加计扣除口径）」" — the facts named for people (their paths are in `missingFacts`). */
export function missingReason(missing: string[]): Bilingual {
  const labels = missing.map(factLabel);
  return { zh: `缺少数据：${labels.map((label) => `「${label.zh}」`).join('、')}`, en: `missing facts: ${labels.map((label) => `"${label.en}"`).join(', ')}` };
}

/** Sorted without duplicates; most items miss nothing or one fact. */
export function uniqueSorted(names: readonly string[]): string[] {
  if (names.length === 0) return [];
  if (names.length === 1) return [names[0] as string];
  return [...new Set(names)].sort();
}

/**
 * The result's fields in their fixed order (the JSON of a result is hashed, so the order matters).
 * Assigned one by one rather than spread from optional parts: the same object, without the copies.
 */
function base(meta: ItemMeta, kind: DefinitionKind, status: IndicatorResult['status'], extras: Extras, missing: string[], reason: Bilingual | undefined): IndicatorResult {
  const result = { code: meta.code, name: meta.name, clause: meta.clause, confidence: meta.confidence, kind } as IndicatorResult;
  if (meta.group !== undefined) result.group = meta.group;
  if (meta.isDirectRoute) result.isDirectRoute = true;
  result.inputs = extras.inputs ?? {};
  if (extras.value !== undefined) result.value = extras.value;
  if (extras.requirement !== undefined) result.requirement = extras.requirement;
  if (extras.band !== undefined) result.band = extras.band;
  if (extras.usedOption !== undefined) result.usedOption = extras.usedOption;
  if (extras.grade !== undefined) result.grade = extras.grade;
  if (extras.weight !== undefined) result.weight = extras.weight;
  if (reason !== undefined) result.reason = reason;
  result.missingFacts = uniqueSorted(missing);
  if (extras.children !== undefined) result.children = extras.children;
  result.status = status;
  return result;
}

/** A condition: met, not met, or — when the facts do not decide it — manual review. */
export function conditionResult(meta: ItemMeta, kind: DefinitionKind, truth: Truth, extras: Extras = {}): IndicatorResult {
  const missing = truth === undefined ? (extras.missing ?? []) : [];
  const reason = extras.reason ?? (truth === undefined && missing.length > 0 ? missingReason(missing) : undefined);
  const status = truth === undefined ? 'manual_review' : truth ? 'met' : 'not_met';
  return base(meta, kind, status, extras, missing, reason);
}

/** A score item: exact points, or a range that an expert or a missing fact leaves open. */
export function scoreResult(meta: ItemMeta, kind: DefinitionKind, range: [number, number], extras: Extras = {}): IndicatorResult {
  const isExact = range[0] === range[1];
  const missing = isExact ? [] : (extras.missing ?? []);
  const reason = extras.reason ?? (!isExact && missing.length > 0 ? missingReason(missing) : undefined);
  const result = base(meta, kind, isExact ? 'scored' : 'manual_review', extras, missing, reason);
  if (isExact) result.points = range[0];
  result.pointsRange = range;
  return result;
}

export function truthOf(result: IndicatorResult): Truth {
  return result.status === 'met' ? true : result.status === 'not_met' ? false : undefined;
}

/** Kleene conjunction: false if any is false, true if all are true, otherwise unknown. */
export function allOf(truths: Truth[]): Truth {
  if (truths.includes(false)) return false;
  return truths.every((truth) => truth === true) ? true : undefined;
}

/** Kleene disjunction. */
export function anyOf(truths: Truth[]): Truth {
  if (truths.includes(true)) return true;
  return truths.every((truth) => truth === false) ? false : undefined;
}
