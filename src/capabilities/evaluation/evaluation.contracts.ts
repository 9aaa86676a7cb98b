import { z } from 'zod';
import { enterpriseSummarySchema } from '../enterprises/enterprises.contracts.ts';
import type { GapAnalysis } from './analyse-gaps.ts';
import type { EvaluationResult } from './evaluation-result.ts';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const isoDate = z.iso.date();

export const evaluationJobNames = {
  /** One registry re-evaluation a user or the CLI asked for. */
  run: 'evaluation.evaluate-registry',
  /** The periodic re-evaluation. */
  scheduled: 'evaluation.scheduled-run',
} as const;

export const evaluationRunStatuses = ['queued', 'running', 'finished', 'failed'] as const;
export type EvaluationRunStatus = (typeof evaluationRunStatuses)[number];

export const ruleSetSummarySchema = z.object({
  id: z.string(),
  family: z.string(),
  version: z.string(),
  name: bilingual,
  documents: z.array(z.object({ number: z.string(), title: z.string(), issuer: z.string() })),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  isInForce: z.boolean(),
  isOfficial: z.boolean(),
  needsOfficialCheck: z.boolean(),
  itemCount: z.number().int(),
});
export type RuleSetSummary = z.infer<typeof ruleSetSummarySchema>;

/** The engine's full result; its shape is `evaluation-result.ts` (documented in docs/facts-format.md). */
export const evaluationResultSchema = z.looseObject({
  ruleSetId: z.string(),
  ruleSetFamily: z.string(),
  ruleSetVersion: z.string(),
  asOf: isoDate,
  status: z.enum(['pass', 'fail', 'manual_review']),
}) as unknown as z.ZodType<EvaluationResult>;
export const gapAnalysisSchema = z.looseObject({ ruleSetId: z.string(), plans: z.array(z.unknown()), unresolved: z.array(z.unknown()) }) as unknown as z.ZodType<GapAnalysis>;

export const calculateInput = z.object({
  ruleSetId: z.string().min(1).max(100),
  asOf: isoDate.optional(),
  /** Records in the facts format (`schemas/enterprise-facts.schema.json`); validated one by one. */
  records: z.array(z.unknown()).min(1).max(1000),
  withGaps: z.boolean().default(true),
});
export type CalculateInput = z.infer<typeof calculateInput>;

export const calculatedRecordSchema = z.object({
  index: z.number().int(),
  uscc: z.string().nullable(),
  result: evaluationResultSchema.nullable(),
  gaps: gapAnalysisSchema.nullable(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type CalculatedRecord = z.infer<typeof calculatedRecordSchema>;
export const calculateOutputSchema = z.object({ ruleSet: ruleSetSummarySchema, records: z.array(calculatedRecordSchema) });

export const evaluationRunSchema = z.object({
  id: z.string(),
  status: z.enum(evaluationRunStatuses),
  asOf: isoDate,
  trigger: z.string(),
  progressDone: z.number().int(),
  progressTotal: z.number().int(),
  resultsWritten: z.number().int(),
  proposalsMade: z.number().int(),
  failure: z.object({ code: z.string(), message: bilingual }).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type EvaluationRunView = z.infer<typeof evaluationRunSchema>;
export const startRunInput = z.object({ asOf: isoDate.optional() });
export const runIdParams = z.object({ runId: z.string().min(1).max(60) });

export const storedResultSchema = z.object({
  ruleSetId: z.string(),
  ruleSetFamily: z.string(),
  ruleSetVersion: z.string(),
  name: bilingual,
  isOfficial: z.boolean(),
  needsOfficialCheck: z.boolean(),
  asOf: isoDate,
  status: z.enum(['pass', 'fail', 'manual_review']),
  totalLow: z.number().nullable(),
  totalHigh: z.number().nullable(),
  grade: z.string().nullable(),
  evaluatedAt: z.string().nullable(),
  result: evaluationResultSchema,
  gaps: gapAnalysisSchema.nullable(),
});
export type StoredResult = z.infer<typeof storedResultSchema>;

const percentileSchema = z.object({ peerGroup: z.string().nullable(), peers: z.number().int(), percentile: z.number().nullable() });

/** 全景画像: what the portrait page shows beside the registry record. */
export const portraitSchema = z.object({
  enterprise: enterpriseSummarySchema.pick({ id: true, uscc: true, name: true, districtCode: true, industryCode: true, foundedOn: true, sizeClass: true }),
  qualifications: z.array(z.object({ kind: z.string(), certificateNumber: z.string(), validFrom: z.string().nullable(), validTo: z.string().nullable(), programme: z.string().nullable(), level: z.string().nullable(), isValid: z.boolean() })),
  /** Stored results; `isStored` false: none stored yet, computed now from the registry and not saved. */
  isStored: z.boolean(),
  results: z.array(storedResultSchema),
  composite: z
    .object({
      ruleSetId: z.string(),
      total: z.number().nullable(),
      grade: z.string().nullable(),
      dimensions: z.array(z.object({ code: z.string(), name: bilingual, score: z.number().nullable() })),
      inDistrict: percentileSchema,
      inIndustry: percentileSchema,
    })
    .nullable(),
  /** Financing and subsidy history arrive with their capabilities; until then the page says so. */
  financing: z.object({ isAvailable: z.literal(false) }),
  subsidies: z.object({ isAvailable: z.literal(false) }),
});
export type Portrait = z.infer<typeof portraitSchema>;
