import type { FactQualificationKind, FlagName } from './facts.contracts.ts';

/**
 * A rule set as read from `rule-sets/*.yaml` after `rule-sets/rule-set.schema.json` accepted it.
 * Every number a rule uses (bands, thresholds, weights, cut-offs) is here, never in the engine.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

/** standards.md's confidence tags: [V] verified, [S] single source, [M] recalled, [U] unknown. */
export type Confidence = 'V' | 'S' | 'M' | 'U';

/**
 * How a value exactly on a band boundary is placed (standards.md §0): `higher_band_owns_boundary`
 * gives bands [min, max); `lower_band_owns_boundary` gives (min, max].
 */
export type BoundaryPolicy = 'higher_band_owns_boundary' | 'lower_band_owns_boundary';

/** `10` (a count, days, years or points), `"6%"` (a ratio) or `"5000万元"` / `"2亿元"` / `"100元"` (money). */
export type QuantityText = number | string;

/** A range of values and what it scores. An absent `min` is −∞, an absent `max` +∞. */
export interface Band {
  label: string;
  min?: QuantityText;
  max?: QuantityText;
  /** Overrides the boundary policy where the document says so explicitly (≤, >, 含). */
  includeMin?: boolean;
  includeMax?: boolean;
  /** Exact points, or a [low, high] range an expert picks from. */
  points: number | [number, number];
  description?: Bilingual;
}

export type Comparison = '>=' | '>' | '<=' | '<';

export interface RatioMeasure {
  numerator: string;
  denominator: string;
  /** The numerator is counted inside the denominator (tech staff within all staff): a gap is closed by adding to both. */
  numeratorIsPartOfDenominator?: boolean;
}

export interface RatioBandsDefinition extends RatioMeasure {
  kind: 'ratio_bands';
  bands: Band[];
}

/** Bands over a count, an amount of money or an average (`avg(...)`). */
export interface CountBandsDefinition {
  kind: 'count_bands';
  measure: string;
  bands: Band[];
}

/** Bands over the year-on-year growth of a yearly field: (v[Y] − v[Y−1]) / v[Y−1]. */
export interface GrowthBandsDefinition {
  kind: 'growth_bands';
  field: string;
  bands: Band[];
}

/** The best of several scored options; the result records which one counted. */
export interface BestOfDefinition {
  kind: 'best_of';
  options: SubItem[];
}

export interface ThresholdDefinition {
  kind: 'threshold';
  measure: string;
  op: Comparison;
  value: QuantityText;
}

export interface RatioThresholdDefinition extends RatioMeasure {
  kind: 'ratio_threshold';
  op: Comparison;
  value: QuantityText;
}

export interface AllOfDefinition {
  kind: 'all_of';
  conditions: SubItem[];
}

export interface AnyOfDefinition {
  kind: 'any_of';
  conditions: SubItem[];
}

/** 高企 第十一条（四）: Σ numerator / Σ denominator over the operating years of the window, against a minimum set by the latest year's denominator. */
export interface ThreeYearRatioDefinition {
  kind: 'three_year_ratio_with_threshold_by_revenue';
  numeratorField: string;
  denominatorField: string;
  years: number;
  thresholds: Array<{ maxRevenue?: QuantityText; includeMax?: boolean; minRatio: QuantityText }>;
}

/** 高企 指引 企业成长性: g = ½(v2/v1 + v3/v2) − 1 with the 指引's edge rules. */
export interface GrowthScoreDefinition {
  kind: 'growth_score';
  field: string;
  bands: Band[];
  /** Operating history shorter than three years: `single_period` uses v[Y]/v[Y−1] − 1 for two years and zero points for one. */
  shortHistory: 'single_period' | 'manual_review';
}

export interface ExpertRangeDefinition {
  kind: 'expert_range';
  range: [number, number];
  reason: Bilingual;
}

export type AwardLevel = 'national' | 'provincial' | 'municipal';

export type DirectRouteDefinition =
  | { kind: 'direct_route'; via: 'qualification'; qualificationKinds: FactQualificationKind[]; uncertainQualificationKinds?: FactQualificationKind[] }
  | { kind: 'direct_route'; via: 'award'; minLevel: AwardLevel; withinYears?: number; maxRank?: number }
  | { kind: 'direct_route'; via: 'rnd_institution'; minLevel: AwardLevel };

export interface FlagDefinition {
  kind: 'flag';
  flag: FlagName;
  expected?: boolean;
}

export interface FlagPointsDefinition {
  kind: 'flag_points';
  flag: FlagName;
  pointsIfTrue: number;
  pointsIfFalse: number;
}

export type EnterpriseAttribute = 'districtCode' | 'industryCode' | 'sizeClass' | 'taxCollectionMethod';

export interface AttributeMatchDefinition {
  kind: 'attribute_match';
  attribute: EnterpriseAttribute;
  in?: string[];
  prefixes?: string[];
  notPrefixes?: string[];
}

export interface ManualDefinition {
  kind: 'manual';
  reason: Bilingual;
}

/** Compound annual growth over `years` fiscal years (years − 1 periods), compared exactly: v[Y] ≥ v[Y−n+1]·(1+t)^(n−1). */
export interface CagrDefinition {
  kind: 'cagr';
  field: string;
  years: number;
  op: '>=' | '>';
  value: QuantityText;
}

export type Normaliser =
  | { method: 'bands'; bands: Band[] }
  /** Linear from `from` (score 0) to `to` (score 100), clamped. */
  | { method: 'linear'; from: QuantityText; to: QuantityText };

export interface CompositeIndicator {
  code: string;
  name: Bilingual;
  dimension: string;
  measure: string | RatioMeasure | { growthOf: string };
  normaliser: Normaliser;
  note?: Bilingual;
}

export interface WeightedCompositeDefinition {
  kind: 'weighted_composite';
  dimensions: Array<{ code: string; name: Bilingual }>;
  stages: Array<{ code: string; name: Bilingual; maxAgeYears?: number; minRevenue?: QuantityText; note?: Bilingual }>;
  indicators: CompositeIndicator[];
  /** stage → indicator code → weight; each stage's weights add up to 100. */
  weights: Record<string, Record<string, number>>;
  /** Highest first: the first grade whose `min` the score reaches. */
  grades: Array<{ grade: string; min: number }>;
}

export type Definition =
  | RatioBandsDefinition
  | CountBandsDefinition
  | GrowthBandsDefinition
  | BestOfDefinition
  | ThresholdDefinition
  | RatioThresholdDefinition
  | AllOfDefinition
  | AnyOfDefinition
  | ThreeYearRatioDefinition
  | GrowthScoreDefinition
  | ExpertRangeDefinition
  | DirectRouteDefinition
  | FlagDefinition
  | FlagPointsDefinition
  | AttributeMatchDefinition
  | ManualDefinition
  | CagrDefinition
  | WeightedCompositeDefinition;

export type DefinitionKind = Definition['kind'];

/** The closed set of indicator kinds the engine implements (the schema's `definition.oneOf` lists the same). */
export const definitionKinds = [
  'ratio_bands',
  'count_bands',
  'growth_bands',
  'best_of',
  'threshold',
  'ratio_threshold',
  'all_of',
  'any_of',
  'three_year_ratio_with_threshold_by_revenue',
  'growth_score',
  'expert_range',
  'direct_route',
  'flag',
  'flag_points',
  'attribute_match',
  'manual',
  'cagr',
  'weighted_composite',
] as const satisfies readonly DefinitionKind[];

/** A part of an item (an option of best_of, a condition of all_of / any_of). */
export interface SubItem {
  code: string;
  name: Bilingual;
  clause?: string;
  confidence?: Confidence;
  definition: Definition;
}

export interface RuleItem {
  code: string;
  name: Bilingual;
  clause: string;
  confidence: Confidence;
  /** Score items only: the 一级指标 it counts towards. */
  group?: string;
  /** A condition that on its own confirms the enterprise (直接认定 / 直通). */
  isDirectRoute?: boolean;
  note?: Bilingual;
  definition: Definition;
}

export interface ScoreTest {
  /** Total (after group caps) at least this. */
  minTotal: number;
  minGroups?: Array<{ group: string; min: number }>;
  minItems?: Array<{ item: string; min?: number; moreThan?: number }>;
  clause: string;
}

/** A three-valued (pass / fail / unknown) expression over item codes. */
export type DecisionNode = string | { all: DecisionNode[] } | { any: DecisionNode[] } | { not: DecisionNode } | { score: ScoreTest } | { grade: string };

export interface RuleSetDocument {
  number: string;
  title: string;
  issuer: string;
  issuedOn?: string;
  url?: string;
}

export interface RuleSet {
  schemaVersion: 1;
  id: string;
  family: string;
  version: string;
  name: Bilingual;
  documents: RuleSetDocument[];
  effectiveFrom: string;
  effectiveTo?: string;
  supersededBy?: string;
  boundaryPolicy: BoundaryPolicy;
  isOfficial: boolean;
  needsOfficialCheck: boolean;
  notes?: Bilingual[];
  groups?: Array<{ code: string; name: Bilingual; cap?: number }>;
  items: RuleItem[];
  decision: DecisionNode;
}
