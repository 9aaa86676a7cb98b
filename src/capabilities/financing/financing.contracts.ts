import { z } from 'zod';
import { declineReasons } from './demand-status.ts';
import { demandKinds, productTypes } from './financing-kinds.ts';
import { eligibilityConditionSchema } from './eligibility.contracts.ts';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const fen = z.number().int().min(0).max(1_000_000_000_000_000);
const isoDate = z.iso.date();
const pageRequest = { page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20) };

export { demandKinds, productTypes, type DemandKind } from './financing-kinds.ts';
export const productStatuses = ['active', 'suspended', 'retired'] as const;

export const productInput = z
  .object({
    name: z.string().trim().min(2).max(100),
    nameEn: z.string().trim().max(200).optional(),
    productType: z.enum(productTypes),
    demandKind: z.enum(demandKinds),
    minAmountFen: fen.optional(),
    maxAmountFen: fen.optional(),
    minTermMonths: z.number().int().min(0).max(600).optional(),
    maxTermMonths: z.number().int().min(0).max(600).optional(),
    minRateBp: z.number().int().min(0).max(10_000).optional(),
    maxRateBp: z.number().int().min(0).max(10_000).optional(),
    eligibility: eligibilityConditionSchema.nullable().optional(),
    description: z.string().max(2000).optional(),
    launchedOn: isoDate,
    isNewUnderPolicy: z.boolean().default(false),
    status: z.enum(productStatuses).default('active'),
    /** Admin only: the institution's organisation code; an institution officer always writes its own. */
    institutionCode: z.string().max(100).optional(),
  })
  .refine((value) => value.minAmountFen === undefined || value.maxAmountFen === undefined || value.minAmountFen <= value.maxAmountFen, { message: 'minAmountFen > maxAmountFen', path: ['minAmountFen'] })
  .refine((value) => value.minTermMonths === undefined || value.maxTermMonths === undefined || value.minTermMonths <= value.maxTermMonths, { message: 'minTermMonths > maxTermMonths', path: ['minTermMonths'] })
  .refine((value) => value.minRateBp === undefined || value.maxRateBp === undefined || value.minRateBp <= value.maxRateBp, { message: 'minRateBp > maxRateBp', path: ['minRateBp'] });
export type ProductInput = z.infer<typeof productInput>;

export const productViewSchema = z.object({
  id: z.string(),
  institution: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  name: z.string(),
  nameEn: z.string().nullable(),
  productType: z.enum(productTypes),
  demandKind: z.enum(demandKinds),
  minAmountFen: z.number().nullable(),
  maxAmountFen: z.number().nullable(),
  minTermMonths: z.number().nullable(),
  maxTermMonths: z.number().nullable(),
  minRateBp: z.number().nullable(),
  maxRateBp: z.number().nullable(),
  eligibility: z.unknown().nullable(),
  description: z.string().nullable(),
  launchedOn: isoDate,
  isNewUnderPolicy: z.boolean(),
  status: z.enum(productStatuses),
});
export type ProductView = z.infer<typeof productViewSchema>;
export const listProductsInput = z.object({ demandKind: z.enum(demandKinds).optional(), productType: z.enum(productTypes).optional(), institutionCode: z.string().max(100).optional(), ...pageRequest });
export type ListProductsInput = z.infer<typeof listProductsInput>;
export const productPageSchema = z.object({ items: z.array(productViewSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const postDemandInput = z
  .object({
    kind: z.enum(demandKinds),
    amountFen: fen.min(1),
    termMonths: z.number().int().min(1).max(600).optional(),
    purpose: z.string().trim().min(2).max(500),
    collateral: z.array(z.enum(['none', 'intellectual_property', 'equity', 'property', 'receivables', 'guarantee', 'other'])).max(7).default([]),
    maxRateBp: z.number().int().min(0).max(10_000).optional(),
    equityRound: z.string().trim().max(40).optional(),
    valuationFen: fen.optional(),
    dispatchMode: z.enum(['chosen', 'open']),
    /** chosen: the institutions' organisation codes. */
    institutionCodes: z.array(z.string().max(100)).max(10).default([]),
    claimCap: z.number().int().min(1).max(10).default(3),
  })
  .refine((value) => value.dispatchMode === 'open' || value.institutionCodes.length > 0, { message: 'chosen dispatch needs at least one institution', path: ['institutionCodes'] });
export type PostDemandInput = z.infer<typeof postDemandInput>;

export const matchSchema = z.object({
  product: productViewSchema,
  isEligible: z.boolean(),
  reasons: z.array(bilingual),
});
export type ProductMatch = z.infer<typeof matchSchema>;

export const claimViewSchema = z.object({
  id: z.string(),
  institution: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  status: z.string(),
  claimedAt: z.string(),
  contactDeadline: z.string().nullable(),
  decisionDeadline: z.string().nullable(),
  contactedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  approval: z.record(z.string(), z.unknown()).nullable(),
  declineReason: z.string().nullable(),
  declineText: z.string().nullable(),
  /** The enterprise's rating of this institution on this demand; null if not rated yet, and always null for an institution (see mayReadRatings). */
  rating: z.object({ stars: z.number().int(), comment: z.string().nullable(), ratedAt: z.string() }).nullable(),
});
export type ClaimView = z.infer<typeof claimViewSchema>;
/** A claim as the demand lists show it: who, where it stands, its deadlines, a decline's reason. */
export const claimSummarySchema = claimViewSchema
  .pick({ id: true, status: true, contactDeadline: true, decisionDeadline: true, declineReason: true, declineText: true })
  .extend({ institution: z.object({ id: z.string(), name: z.string() }) });
export type ClaimSummary = z.infer<typeof claimSummarySchema>;

/**
 * 服务时限 (SPEC §2.5) the demand was posted under: whole Chinese working days after the day of the
 * event, ending 23:59:59 Asia/Shanghai (financing/service-deadlines.ts decides which apply).
 */
export const serviceTermsSchema = z.object({
  claimWorkingDays: z.number().int(),
  contactWorkingDays: z.number().int(),
  decisionWorkingDays: z.number().int(),
  /** Remind the institution this many hours before a deadline. */
  reminderHours: z.number().int(),
  /** A chosen-dispatch demand nobody claimed in time re-opens once to every eligible institution. */
  isReopenedOnMiss: z.boolean(),
  /** The pack (and its clause) that set any of the terms; null when all are the platform's defaults (built in, or as an administrator set them). */
  source: z.object({ packId: z.string(), clause: z.string().nullable() }).nullable(),
});
export type ServiceTerms = z.infer<typeof serviceTermsSchema>;

/** 服务时限设置: the platform's defaults an administrator may set, in the ranges a pack's section allows. */
export const serviceDeadlineSettingsInput = z.object({
  claimWorkingDays: z.number().int().min(1).max(30),
  contactWorkingDays: z.number().int().min(1).max(30),
  decisionWorkingDays: z.number().int().min(1).max(90),
  reminderHours: z.number().int().min(1).max(72),
  isReopenedOnMiss: z.boolean(),
});
export type ServiceDeadlineSettingsInput = z.infer<typeof serviceDeadlineSettingsInput>;

/** The platform's defaults (as set, else built in), the built-in ones, and the terms in force today (a pack may override). */
export const serviceDeadlinesViewSchema = z.object({
  defaults: serviceTermsSchema,
  builtIn: serviceTermsSchema,
  isCustomised: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  inForce: serviceTermsSchema,
});
export type ServiceDeadlinesView = z.infer<typeof serviceDeadlinesViewSchema>;

export const demandViewSchema = z.object({
  id: z.string(),
  enterprise: z.object({ uscc: z.string(), name: z.string(), districtCode: z.string().nullable() }),
  kind: z.enum(demandKinds),
  amountFen: z.number(),
  termMonths: z.number().nullable(),
  purpose: z.string(),
  collateral: z.array(z.string()),
  maxRateBp: z.number().nullable(),
  equityRound: z.string().nullable(),
  valuationFen: z.number().nullable(),
  dispatchMode: z.enum(['chosen', 'open']),
  claimCap: z.number().int(),
  status: z.number().int(),
  statusName: bilingual,
  claimDeadline: z.string().nullable(),
  serviceTerms: serviceTermsSchema,
  postedAt: z.string(),
  /** Every claim ever made on the demand; an institution's `claims` hold only its own. */
  claimCount: z.number().int(),
  recipients: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), reason: z.string() })),
  claims: z.array(claimViewSchema),
  timeline: z.array(z.object({ event: z.string(), fromStatus: z.number().nullable(), toStatus: z.number(), actor: z.string(), at: z.string(), details: z.unknown().nullable() })),
  /** 投资意向 on an equity demand: every investor's for the enterprise and overseers, an institution's own only. */
  interests: z.array(z.object({ institution: z.object({ id: z.string(), code: z.string(), name: z.string() }), note: z.string().nullable(), expressedAt: z.string() })),
});
export type DemandView = z.infer<typeof demandViewSchema>;
/** A listed demand: the view without recipients and timeline, and its claims in brief (the same claims the detail shows). */
export const demandSummarySchema = demandViewSchema.omit({ recipients: true, claims: true, timeline: true, interests: true }).extend({ claims: z.array(claimSummarySchema) });
export type DemandSummary = z.infer<typeof demandSummarySchema>;
export const listDemandsInput = z.object({ status: z.coerce.number().int().optional(), band: z.enum(['waiting', 'handling', 'financed', 'not_financed', 'closed']).optional(), ...pageRequest });
export type ListDemandsInput = z.infer<typeof listDemandsInput>;
export const demandPageSchema = z.object({ items: z.array(demandSummarySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const demandIdParams = z.object({ demandId: z.string().min(1).max(60) });

export const decideClaimInput = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('approve'),
    amountFen: fen.min(1),
    rateBp: z.number().int().min(0).max(10_000),
    termMonths: z.number().int().min(1).max(600),
    productType: z.enum(productTypes),
    isCredit: z.boolean().default(false),
    isFirstLoan: z.boolean().default(false),
    isRenewal: z.boolean().default(false),
    isIpPledge: z.boolean().default(false),
  }),
  z.object({ decision: z.literal('decline'), reason: z.enum(Object.keys(declineReasons) as [keyof typeof declineReasons, ...Array<keyof typeof declineReasons>]), text: z.string().trim().min(2).max(1000) }),
]);
export type DecideClaimInput = z.infer<typeof decideClaimInput>;

export const acceptReferralInput = z.object({ institutionCodes: z.array(z.string().max(100)).min(1).max(10) });
export const rateInput = z.object({ institutionCode: z.string().max(100), stars: z.number().int().min(1).max(5), comment: z.string().max(1000).optional() });

/** Who is asking: the enterprise for its own demands, an institution for its work, an overseer for the city or district. */
export const demandAudiences = ['enterprise', 'institution', 'overseer'] as const;
export type DemandAudience = (typeof demandAudiences)[number];
export const audiencePermission = { enterprise: 'financing.demand', institution: 'financing.handle', overseer: 'financing.supervise' } as const;

export const institutionProfileSchema = z.object({
  organisationId: z.string(),
  isTechFinanceSpecialised: z.boolean(),
  techFinanceSpecialisedSince: z.string().nullable(),
  hasTechFinanceDivision: z.boolean(),
  techFinanceDivisionName: z.string().nullable(),
  techFinanceDivisionSince: z.string().nullable(),
  isSettledInGreenFinanceCentre: z.boolean(),
  settledInGreenFinanceCentreSince: z.string().nullable(),
});
export const institutionRegistrySchema = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string().nullable(),
      type: z.string(),
      districtCode: z.string().nullable(),
      profile: institutionProfileSchema.nullable(),
      activeProducts: z.number().int(),
      rating: z.object({ count: z.number().int(), average: z.number().nullable() }),
    }),
  ),
  /** New since the policy took effect: what the pack's institution and product targets count. */
  sinceThePolicy: z.object({
    since: z.string().nullable(),
    specialisedInstitutions: z.number().int(),
    techFinanceDivisions: z.number().int(),
    settledInGreenFinanceCentre: z.number().int(),
    newProducts: z.number().int(),
    /** The pack's targets these counts measure, with the count against each (目标 vs 已完成). */
    targets: z.array(z.object({ counts: z.enum(['specialisedInstitutions', 'newProducts']), packId: z.string(), code: z.string(), name: bilingual, comparator: z.string(), value: z.number().int(), deadline: z.string(), clause: z.string(), achieved: z.number().int() })),
  }),
});
export type InstitutionRegistry = z.infer<typeof institutionRegistrySchema>;

export const roadshowOutcomes = ['follow_up', 'term_sheet', 'invested', 'no_interest'] as const;
export const roadshowInput = z.object({ title: z.string().trim().min(2).max(200), heldOn: isoDate, location: z.string().trim().min(2).max(200) });
export type RoadshowInput = z.infer<typeof roadshowInput>;
export const roadshowViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  heldOn: isoDate,
  location: z.string(),
  status: z.enum(['planned', 'held', 'cancelled']),
  summary: z.string().nullable(),
  /** How many registered to present and to invest: public. */
  presenterCount: z.number().int(),
  investorCount: z.number().int(),
  /** Everyone's registration for an overseer; for anyone else only its own organisation's (if any). */
  registrations: z.array(z.object({ organisation: z.object({ code: z.string(), name: z.string() }), role: z.enum(['presenter', 'investor']), attended: z.boolean().nullable(), outcome: z.string().nullable(), outcomeNote: z.string().nullable() })),
});
export type RoadshowView = z.infer<typeof roadshowViewSchema>;
export const roadshowOutcomeInput = z.object({
  summary: z.string().max(2000).optional(),
  participants: z.array(z.object({ organisationCode: z.string().max(100), attended: z.boolean(), outcome: z.enum(roadshowOutcomes).optional(), outcomeNote: z.string().max(500).optional() })).min(1),
});
export type RoadshowOutcomeInput = z.infer<typeof roadshowOutcomeInput>;
export const equitySeekerSchema = z.object({
  demandId: z.string(),
  enterprise: z.object({ uscc: z.string(), name: z.string(), districtCode: z.string().nullable(), industryCode: z.string().nullable() }),
  amountFen: z.number(),
  equityRound: z.string().nullable(),
  valuationFen: z.number().nullable(),
  status: z.number().int(),
  postedAt: z.string(),
  tierCode: z.string().nullable(),
  compositeGrade: z.string().nullable(),
  interestedInvestors: z.number().int(),
});
export type EquitySeeker = z.infer<typeof equitySeekerSchema>;
