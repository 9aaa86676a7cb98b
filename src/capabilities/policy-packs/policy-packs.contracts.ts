import { z } from 'zod';

/**
 * The shape of a pack as the API returns it. The file format's authority is
 * `policies/policy-pack.schema.json` (checked by ajv on load); a test keeps the two in step.
 */
export const bilingualSchema = z.object({ zh: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof bilingualSchema>;

export const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day `YYYY-MM-DD` that exists (2025-02-29 does not). */
export function isCalendarDate(text: string): boolean {
  if (!isoDatePattern.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export const calendarDateSchema = z.string().refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD');

export const departmentKinds = ['government_department', 'regulator', 'district_government', 'state_owned_enterprise', 'collective'] as const;
export const targetUnits = ['fen', 'count'] as const;
export const comparators = ['>=', '>'] as const;
export const targetMeasures = ['balance', 'total', 'new_since_effective'] as const;
export const targetChannels = ['credit', 'insurance', 'equity', 'listing', 'fund', 'organisation'] as const;
export const parameterUnits = ['fen', 'basis_points', 'period', 'stages', 'list', 'text'] as const;
export const parameterPeriods = ['calendar_year', 'per_beneficiary_once', 'per_event'] as const;
export const policyPackStatuses = ['active', 'superseded'] as const;
export type PolicyPackStatus = (typeof policyPackStatuses)[number];

export const departmentSchema = z.object({
  code: z.string(),
  name: bilingualSchema,
  kind: z.enum(departmentKinds),
  aliases: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export type Department = z.infer<typeof departmentSchema>;

export const targetSchema = z.object({
  code: z.string(),
  name: bilingualSchema,
  unit: z.enum(targetUnits),
  countNoun: bilingualSchema.optional(),
  comparator: z.enum(comparators),
  /** Integer fen when `unit` is fen, otherwise a count. */
  value: z.number().int(),
  measure: z.enum(targetMeasures),
  deadline: z.string(),
  clause: z.string(),
  channel: z.enum(targetChannels).optional(),
  sourceText: z.string(),
});
export type Target = z.infer<typeof targetSchema>;

export const stageSchema = z.object({ name: bilingualSchema, amount: z.number().int() });
export type Stage = z.infer<typeof stageSchema>;

export const parameterValueSchema = z.union([z.number().int(), z.string(), z.array(z.string()), z.array(stageSchema)]).nullable();
export type ParameterValue = z.infer<typeof parameterValueSchema>;

export const parameterSchema = z.object({
  code: z.string(),
  name: bilingualSchema,
  unit: z.enum(parameterUnits),
  /** null: the document leaves it open. */
  value: parameterValueSchema,
  required: z.boolean(),
  sourceText: z.string().optional(),
  note: z.string().optional(),
});
export type Parameter = z.infer<typeof parameterSchema>;

export const subsidyLineSchema = z.object({
  code: z.string(),
  name: bilingualSchema,
  beneficiary: bilingualSchema,
  clause: z.string(),
  mainTask: z.number().int().optional(),
  sourceText: z.string(),
  parameters: z.array(parameterSchema),
});
export type SubsidyLine = z.infer<typeof subsidyLineSchema>;

export const mainTaskSchema = z.object({
  number: z.number().int(),
  title: bilingualSchema,
  clause: z.string(),
  summary: bilingualSchema,
  responsibleDepartments: z.array(z.string()),
  subsidyLines: z.array(z.string()).optional(),
});
export type MainTask = z.infer<typeof mainTaskSchema>;

export const keyTaskSchema = z.object({
  number: z.number().int(),
  text: bilingualSchema,
  leadDepartments: z.array(z.string()),
  responsibleDepartments: z.array(z.string()),
  clause: z.string(),
  mainTasks: z.array(z.number().int()).optional(),
  sourceNote: z.string().optional(),
});
export type KeyTask = z.infer<typeof keyTaskSchema>;

export const safeguardSchema = z.object({ number: z.number().int(), title: bilingualSchema, clause: z.string(), summary: bilingualSchema });

/** 服务时限 a pack sets for financing demands; whatever it leaves out keeps the platform's default. */
export const serviceDeadlinesSchema = z.object({
  claimWorkingDays: z.number().int().optional(),
  contactWorkingDays: z.number().int().optional(),
  decisionWorkingDays: z.number().int().optional(),
  reminderHours: z.number().int().optional(),
  isReopenedOnMiss: z.boolean().optional(),
  clause: z.string().optional(),
});
export type PackServiceDeadlines = z.infer<typeof serviceDeadlinesSchema>;

export const policyPackContentSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  isExample: z.boolean().optional(),
  documentNumber: z.string(),
  fileCode: z.string().optional(),
  title: bilingualSchema,
  issuer: bilingualSchema,
  addressees: z.string().optional(),
  dates: z.object({
    signedOn: z.string().optional(),
    printedOn: z.string().optional(),
    effectiveFrom: z.string(),
    expiresOn: z.string().nullable(),
    sourceText: z.string().optional(),
  }),
  supersedes: z.array(z.string()).optional(),
  departments: z.array(departmentSchema),
  targets: z.array(targetSchema),
  subsidyLines: z.array(subsidyLineSchema),
  mainTasks: z.array(mainTaskSchema),
  keyTasks: z.array(keyTaskSchema),
  safeguards: z.array(safeguardSchema).optional(),
  serviceDeadlines: serviceDeadlinesSchema.optional(),
});
/** A validated pack, as written in its YAML file. */
export type PolicyPackContent = z.infer<typeof policyPackContentSchema>;

/** A subsidy line as the API shows it: each parameter says whether it is open, the line whether it can be computed. */
export const subsidyLineViewSchema = subsidyLineSchema.extend({
  parameters: z.array(parameterSchema.extend({ isOpen: z.boolean() })),
  openParameters: z.array(z.string()),
  isComputable: z.boolean(),
});
export type SubsidyLineView = z.infer<typeof subsidyLineViewSchema>;

export const policyPackSummarySchema = z.object({
  id: z.string(),
  documentNumber: z.string(),
  fileCode: z.string().nullable(),
  title: bilingualSchema,
  issuer: bilingualSchema,
  signedOn: z.string().nullable(),
  effectiveFrom: z.string(),
  expiresOn: z.string().nullable(),
  status: z.enum(policyPackStatuses),
  supersededBy: z.string().nullable(),
  isExample: z.boolean(),
  contentSha256: z.string(),
  loadedAt: z.string(),
  loadedBy: z.string().nullable(),
  counts: z.object({
    departments: z.number().int(),
    targets: z.number().int(),
    subsidyLines: z.number().int(),
    openParameters: z.number().int(),
    mainTasks: z.number().int(),
    keyTasks: z.number().int(),
  }),
});
export type PolicyPackSummary = z.infer<typeof policyPackSummarySchema>;

export const policyPackDetailSchema = policyPackSummarySchema.extend({
  content: policyPackContentSchema.extend({ subsidyLines: z.array(subsidyLineViewSchema) }),
});
export type PolicyPackDetail = z.infer<typeof policyPackDetailSchema>;

export const policyPackListSchema = z.object({ items: z.array(policyPackSummarySchema) });

export const packIdSchema = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and -').max(64);
export const policyPackIdParams = z.object({ id: packIdSchema });
export type PolicyPackIdInput = z.infer<typeof policyPackIdParams>;

export const findPackInForceInput = z.object({ date: calendarDateSchema });
export type FindPackInForceInput = z.infer<typeof findPackInForceInput>;

export const loadPolicyPackInput = z.object({
  fileName: z.string().trim().min(1).max(200),
  text: z.string().min(1).max(512 * 1024),
});
export type LoadPolicyPackInput = z.infer<typeof loadPolicyPackInput>;

export const loadOutcomes = ['created', 'replaced', 'unchanged'] as const;
export const loadPolicyPackResultSchema = z.object({
  outcome: z.enum(loadOutcomes),
  pack: policyPackSummarySchema,
  /** Packs this one marked superseded because it declares `supersedes`. */
  superseded: z.array(z.string()),
});
export type LoadPolicyPackResult = z.infer<typeof loadPolicyPackResultSchema>;

export const supersedePolicyPackInput = z.object({ id: packIdSchema, supersededBy: packIdSchema });
export type SupersedePolicyPackInput = z.infer<typeof supersedePolicyPackInput>;

/** One thing wrong in a pack file: where (`targets[3].value`, line and column when known) and what, in both languages. */
export const packProblemSchema = z.object({
  path: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  message: bilingualSchema,
});
export type PackProblem = z.infer<typeof packProblemSchema>;
