import type { FactInputs } from './fact-paths.ts';
import type { Bilingual, Confidence, DefinitionKind } from './rule-set.contracts.ts';

/**
 * `met` / `not_met`: a condition or direct route that the facts decide; `scored`: a score item
 * with exact points; `manual_review`: the facts do not decide it (a missing fact, an expert's
 * judgement, or a points range an expert narrows).
 */
export type IndicatorStatus = 'met' | 'not_met' | 'scored' | 'manual_review';

export type EvaluationStatus = 'pass' | 'fail' | 'manual_review';

export interface IndicatorResult {
  code: string;
  name: Bilingual;
  clause: string;
  confidence: Confidence;
  kind: DefinitionKind;
  group?: string;
  isDirectRoute?: boolean;
  status: IndicatorStatus;
  /** Every fact read, by its name in the facts format; null when absent. */
  inputs: FactInputs;
  /** The measured value, formatted (`12.5%`, `1200万元`, `3项`). */
  value?: string;
  /** What a condition asks for (`≥ 10%`). */
  requirement?: string;
  band?: string;
  points?: number;
  pointsRange?: [number, number];
  /** best_of: the option that counted. */
  usedOption?: string;
  grade?: string;
  /** weighted_composite indicators: the weight under the enterprise's stage. */
  weight?: number;
  reason?: Bilingual;
  missingFacts: string[];
  children?: IndicatorResult[];
}

export interface GroupResult {
  code: string;
  name: Bilingual;
  cap?: number;
  pointsRange: [number, number];
}

export interface EvaluationResult {
  ruleSetId: string;
  ruleSetFamily: string;
  ruleSetVersion: string;
  asOf: string;
  /** The latest fiscal year read (Y). */
  fiscalYear: number;
  status: EvaluationStatus;
  total?: number;
  totalRange?: [number, number];
  grade?: string;
  groups: GroupResult[];
  indicators: IndicatorResult[];
  /** Absent facts that an undecided item needed, sorted (a pass or fail may be decided without them). */
  missingFacts: string[];
  passedByDirectRoute?: string;
  /** Why the status is what it is, one line per deciding condition. */
  reasons: Bilingual[];
  isOfficial: boolean;
  needsOfficialCheck: boolean;
}
