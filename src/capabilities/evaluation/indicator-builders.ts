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

export function missingReason(missing: string[]): Bilingual {
  return { zh: `缺少数据：${missing.join('、')}`, en: `missing facts: ${missing.join(', ')}` };
}

function base(meta: ItemMeta, kind: DefinitionKind, extras: Extras): Omit<IndicatorResult, 'status'> {
  const missing = [...new Set(extras.missing ?? [])].sort();
  return {
    code: meta.code,
    name: meta.name,
    clause: meta.clause,
    confidence: meta.confidence,
    kind,
    ...(meta.group === undefined ? {} : { group: meta.group }),
    ...(meta.isDirectRoute ? { isDirectRoute: true } : {}),
    inputs: extras.inputs ?? {},
    ...(extras.value === undefined ? {} : { value: extras.value }),
    ...(extras.requirement === undefined ? {} : { requirement: extras.requirement }),
    ...(extras.band === undefined ? {} : { band: extras.band }),
    ...(extras.usedOption === undefined ? {} : { usedOption: extras.usedOption }),
    ...(extras.grade === undefined ? {} : { grade: extras.grade }),
    ...(extras.weight === undefined ? {} : { weight: extras.weight }),
    ...(extras.reason === undefined ? {} : { reason: extras.reason }),
    missingFacts: missing,
    ...(extras.children === undefined ? {} : { children: extras.children }),
  };
}

/** A condition: met, not met, or — when the facts do not decide it — manual review. */
export function conditionResult(meta: ItemMeta, kind: DefinitionKind, truth: Truth, extras: Extras = {}): IndicatorResult {
  const missing = truth === undefined ? (extras.missing ?? []) : [];
  const reason = extras.reason ?? (truth === undefined && missing.length > 0 ? missingReason(missing) : undefined);
  const status = truth === undefined ? 'manual_review' : truth ? 'met' : 'not_met';
  return { ...base(meta, kind, { ...extras, missing, ...(reason ? { reason } : {}) }), status };
}

/** A score item: exact points, or a range that an expert or a missing fact leaves open. */
export function scoreResult(meta: ItemMeta, kind: DefinitionKind, range: [number, number], extras: Extras = {}): IndicatorResult {
  const isExact = range[0] === range[1];
  const missing = isExact ? [] : (extras.missing ?? []);
  const reason = extras.reason ?? (!isExact && missing.length > 0 ? missingReason(missing) : undefined);
  return {
    ...base(meta, kind, { ...extras, missing, ...(reason ? { reason } : {}) }),
    status: isExact ? 'scored' : 'manual_review',
    ...(isExact ? { points: range[0] } : {}),
    pointsRange: range,
  };
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
