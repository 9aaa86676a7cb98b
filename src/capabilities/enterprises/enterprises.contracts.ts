import { z } from 'zod';
import { districtCodePattern } from '../../platform/districts.ts';

export const sizeClasses = ['micro', 'small', 'medium', 'large'] as const;
export const enterpriseStatuses = ['active', 'deregistered', 'revoked', 'moved_out'] as const;
export const taxCollectionMethods = ['audited', 'assessed'] as const;

/** Qualification kinds (资质) and their Chinese names. */
export const qualificationKinds = [
  'high_tech_enterprise',
  'tech_sme',
  'innovative_sme',
  'specialised_sme',
  'little_giant',
  'talent_enterprise',
  'listed',
  'quoted',
] as const;
export type QualificationKind = (typeof qualificationKinds)[number];

export const qualificationNames: Record<QualificationKind, { zh: string; en: string }> = {
  high_tech_enterprise: { zh: '高新技术企业', en: 'High and new technology enterprise' },
  tech_sme: { zh: '科技型中小企业（入库）', en: 'Tech-based SME (registered)' },
  innovative_sme: { zh: '创新型中小企业', en: 'Innovative SME' },
  specialised_sme: { zh: '专精特新中小企业', en: 'Specialised and sophisticated SME' },
  little_giant: { zh: '专精特新“小巨人”', en: '"Little giant" enterprise' },
  talent_enterprise: { zh: '人才企业', en: 'Talent enterprise' },
  listed: { zh: '上市企业', en: 'Listed company' },
  quoted: { zh: '挂牌企业', en: 'Quoted company' },
};

const usccText = z.string().trim().min(1).max(40);
const isoDate = z.iso.date();
const count = z.number().int().min(0).max(10_000_000);
const fen = z.number().int().min(-9_000_000_000_000_000).max(9_000_000_000_000_000);
const nonNegativeFen = fen.min(0);

/** An enterprise's profile as supplied by a source. Absent fields are "not supplied". */
export const enterpriseRecord = z.object({
  uscc: usccText,
  name: z.string().trim().min(2).max(200).optional(),
  districtCode: z.string().trim().regex(districtCodePattern).optional(),
  industryCode: z.string().trim().regex(/^[A-T](\d{2,4})?$/).optional(),
  foundedOn: isoDate.optional(),
  sizeClass: z.enum(sizeClasses).optional(),
  status: z.enum(enterpriseStatuses).optional(),
  taxCollectionMethod: z.enum(taxCollectionMethods).optional(),
  legalRepresentative: z.string().trim().max(100).optional(),
  contactName: z.string().trim().max(100).optional(),
  contactPhone: z.string().trim().max(40).optional(),
  contactEmail: z.string().trim().max(200).optional(),
});
export type EnterpriseRecord = z.infer<typeof enterpriseRecord>;

export const yearlyFactsRecord = z.object({
  uscc: usccText,
  year: z.number().int().min(1980).max(2100),
  employees: count.optional(),
  techStaff: count.optional(),
  rndStaff: count.optional(),
  revenueFen: nonNegativeFen.optional(),
  mainBusinessRevenueFen: nonNegativeFen.optional(),
  costsAndExpensesFen: nonNegativeFen.optional(),
  rndExpenseFen: nonNegativeFen.optional(),
  rndExpenseDomesticFen: nonNegativeFen.optional(),
  highTechRevenueFen: nonNegativeFen.optional(),
  totalAssetsFen: nonNegativeFen.optional(),
  totalLiabilitiesFen: nonNegativeFen.optional(),
  netProfitFen: fen.optional(),
  taxPaidFen: nonNegativeFen.optional(),
  qualifiedEquityRaisedFen: nonNegativeFen.optional(),
});
export type YearlyFactsRecord = z.infer<typeof yearlyFactsRecord>;

export const awardSchema = z.object({ level: z.enum(['national', 'provincial', 'municipal']), year: z.number().int(), rank: z.string().nullable(), name: z.string() });
export const rndInstitutionSchema = z.object({ level: z.enum(['national', 'provincial', 'municipal']), name: z.string() });

export const intellectualPropertyRecord = z.object({
  uscc: usccText,
  year: z.number().int().min(1980).max(2100),
  classOneCount: count.optional(),
  classTwoCount: count.optional(),
  inventionPatentsInMainBusiness: count.optional(),
  softwareCopyrights: count.optional(),
  standardsLed: count.optional(),
  achievementsTransferred: count.optional(),
  awards: z.array(awardSchema).optional(),
  rndInstitutions: z.array(rndInstitutionSchema).optional(),
});
export type IntellectualPropertyRecord = z.infer<typeof intellectualPropertyRecord>;

export const qualificationRecord = z.object({
  uscc: usccText,
  /** When the enterprise is not in the registry yet, a name lets the record create it. */
  name: z.string().trim().min(2).max(200).optional(),
  kind: z.enum(qualificationKinds),
  certificateNumber: z.string().trim().min(1).max(100),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  programme: z.string().trim().max(200).optional(),
  level: z.string().trim().max(100).optional(),
  isRevoked: z.boolean().optional(),
});
export type QualificationRecord = z.infer<typeof qualificationRecord>;

export const factSubjects = ['enterprise', 'yearly', 'ip', 'qualification'] as const;
export type FactSubject = (typeof factSubjects)[number];

export const listEnterprisesInput = z.object({
  search: z.string().trim().max(100).optional(),
  districtCode: z.string().trim().max(20).optional(),
  /** A GB/T 4754 code or its prefix: `C` (manufacturing), `C39`, `C3973`. */
  industryCode: z.string().trim().max(5).optional(),
  qualification: z.enum(qualificationKinds).optional(),
  sizeClass: z.enum(sizeClasses).optional(),
  sortBy: z.enum(['name', 'uscc', 'foundedOn', 'updatedAt']).default('name'),
  sortOrder: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListEnterprisesInput = z.infer<typeof listEnterprisesInput>;

export const enterpriseSummarySchema = z.object({
  id: z.string(),
  uscc: z.string(),
  name: z.string(),
  districtCode: z.string().nullable(),
  industryCode: z.string().nullable(),
  foundedOn: z.string().nullable(),
  sizeClass: z.string().nullable(),
  status: z.string(),
  qualifications: z.array(z.string()),
  updatedAt: z.string(),
});
export type EnterpriseSummary = z.infer<typeof enterpriseSummarySchema>;

export const enterprisePageSchema = z.object({ items: z.array(enterpriseSummarySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

const sourceSchema = z.object({
  id: z.string(),
  channel: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  fileName: z.string().nullable(),
  fileSha256: z.string().nullable(),
  recordedAt: z.string(),
  recordedByUserId: z.string().nullable(),
});
export type FactSourceView = z.infer<typeof sourceSchema>;

const factRowSchema = z.object({ values: z.record(z.string(), z.unknown()), sources: z.record(z.string(), z.string()) });

export const enterpriseDetailSchema = z.object({
  profile: factRowSchema.extend({ id: z.string(), uscc: z.string(), usccExceptionReason: z.string().nullable(), areContactsMasked: z.boolean() }),
  yearlyFacts: z.array(factRowSchema.extend({ year: z.number().int() })),
  intellectualProperty: z.array(factRowSchema.extend({ year: z.number().int() })),
  qualifications: z.array(factRowSchema.extend({ id: z.string(), kind: z.string(), certificateNumber: z.string(), isValidToday: z.boolean() })),
  history: z.array(
    z.object({ subject: z.string(), period: z.string(), field: z.string(), oldValue: z.unknown(), newValue: z.unknown(), oldSourceId: z.string().nullable(), sourceId: z.string(), changedAt: z.string() }),
  ),
  sources: z.record(z.string(), sourceSchema),
});
export type EnterpriseDetail = z.infer<typeof enterpriseDetailSchema>;

export const usccParams = z.object({ uscc: z.string().trim().min(1).max(40) });
