import assert from 'node:assert/strict';
import type { EvaluationResult, IndicatorResult } from './evaluation-result.ts';
import type { EnterpriseFacts, IntellectualPropertyFacts, YearFacts } from './facts.contracts.ts';
import { loadBundledRuleSets } from './load-bundled-rule-sets.ts';
import type { RuleSet } from './rule-set.contracts.ts';

/** Test support for the evaluation tests: a well-documented enterprise and ways to vary it. */

/** 万元 → fen. */
export const wan = (amount: number): number => Math.round(amount * 1_000_000);
/** 亿元 → fen. */
export const yi = (amount: number): number => Math.round(amount * 10_000_000_000);

let bundled: RuleSet[] | undefined;

export function ruleSet(id: string): RuleSet {
  bundled ??= loadBundledRuleSets();
  const found = bundled.find((entry) => entry.id === id);
  if (!found) throw new Error(`no bundled rule set ${id}`);
  return found;
}

/**
 * 湖州示例科技有限公司, assessed on 2026-05-01 (so Y = 2025): five years of complete facts, every
 * flag confirmed clean, no qualification, award, institution or standard — so every direct route
 * is decided "not met" and each test decides the outcome by what it changes.
 */
export function baseFacts(): EnterpriseFacts {
  const years: YearFacts[] = [2021, 2022, 2023, 2024, 2025].map((year, index) => ({
    year,
    employees: 100,
    techStaff: 25,
    rndStaff: 20,
    revenueFen: wan(2000 + 500 * index),
    mainBusinessRevenueFen: wan(1900 + 475 * index),
    costsAndExpensesFen: wan(1800 + 450 * index),
    rndExpenseFen: wan(100 + 25 * index),
    rndExpenseDomesticFen: wan(100 + 25 * index),
    highTechRevenueFen: wan(1400 + 350 * index),
    totalAssetsFen: wan(3000 + 500 * index),
    totalLiabilitiesFen: wan(1200 + 100 * index),
    netProfitFen: wan(150 + 40 * index),
    taxPaidFen: wan(80 + 20 * index),
    qualifiedEquityRaisedFen: 0,
  }));
  const intellectualProperty: IntellectualPropertyFacts[] = [2021, 2022, 2023, 2024, 2025].map((year) => ({
    year,
    classOneCount: 1,
    classTwoCount: 3,
    highValueClassOneCount: 0,
    selfDevelopedClassOneCount: 1,
    classOneAppliedInMainProductsCount: 1,
    inventionPatentsInMainBusiness: 1,
    softwareCopyrights: 1,
    standardsLed: 0,
    achievementsTransferred: 2,
    awards: [],
    rndInstitutions: [],
  }));
  return {
    uscc: '91330502MA2D000017',
    name: '湖州示例科技有限公司',
    asOf: '2026-05-01',
    foundedOn: '2018-06-01',
    districtCode: '330502',
    industryCode: 'C3973',
    sizeClass: 'small',
    taxCollectionMethod: 'audited',
    years,
    intellectualProperty,
    qualifications: [],
    flags: {
      accountsSoundAndRndExpensesTracked: true,
      productsNotProhibitedRestrictedOrEliminated: true,
      noSeriousViolationsInPriorAndCurrentYear: true,
      notListedAbnormalOrDishonestInPriorAndCurrentYear: true,
      noMajorSafetyQualityEnvironmentIncidentsInLastYear: true,
      notListedAbnormalOrDishonest: true,
      noMajorIncidentsOrViolationsInLastThreeYears: true,
      mainProductInStrategicEmergingIndustry: true,
    },
    market: { nicheMarketSince: '2019-01-01', srdiDevelopmentScore: 65 },
  };
}

type Patch<T> = { [K in keyof T]?: T[K] | undefined };

/** A copy with one year's facts changed; `undefined` removes a fact. */
export function withYear(facts: EnterpriseFacts, year: number, patch: Patch<YearFacts>): EnterpriseFacts {
  const copy = structuredClone(facts);
  const entry = copy.years.find((item) => item.year === year);
  if (!entry) throw new Error(`no year ${year}`);
  applyPatch(entry as unknown as Record<string, unknown>, patch);
  return copy;
}

export function withIp(facts: EnterpriseFacts, year: number, patch: Patch<IntellectualPropertyFacts>): EnterpriseFacts {
  const copy = structuredClone(facts);
  const entry = copy.intellectualProperty.find((item) => item.year === year);
  if (!entry) throw new Error(`no IP year ${year}`);
  applyPatch(entry as unknown as Record<string, unknown>, patch);
  return copy;
}

/** The same change for every year (e.g. a constant ratio). */
export function withEveryYear(facts: EnterpriseFacts, patch: (year: number) => Patch<YearFacts>): EnterpriseFacts {
  return facts.years.reduce((current, entry) => withYear(current, entry.year, patch(entry.year)), facts);
}

export function withFacts(facts: EnterpriseFacts, patch: Patch<EnterpriseFacts>): EnterpriseFacts {
  const copy = structuredClone(facts);
  applyPatch(copy as unknown as Record<string, unknown>, patch);
  return copy;
}

function applyPatch(target: Record<string, unknown>, patch: object): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete target[key];
    else target[key] = value;
  }
}

export function indicatorOf(result: EvaluationResult, code: string): IndicatorResult {
  const found = findIndicator(result.indicators, code);
  if (!found) assert.fail(`no indicator ${code} in ${result.ruleSetId}`);
  return found;
}

function findIndicator(indicators: IndicatorResult[], code: string): IndicatorResult | undefined {
  for (const indicator of indicators) {
    if (indicator.code === code) return indicator;
    const inner = findIndicator(indicator.children ?? [], code);
    if (inner) return inner;
  }
  return undefined;
}

/** Deterministic pseudo-random numbers (mulberry32) for the property tests. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
