import { z } from 'zod';

export const consentScopes = ['profile', 'yearly_facts', 'intellectual_property', 'qualifications', 'evaluation', 'cultivation', 'contacts'] as const;
export type ConsentScope = (typeof consentScopes)[number];
export const consentScopeNames: Record<ConsentScope, { zh: string; en: string }> = {
  profile: { zh: '基本信息', en: 'Profile' },
  yearly_facts: { zh: '年度经营数据', en: 'Yearly facts' },
  intellectual_property: { zh: '知识产权', en: 'Intellectual property' },
  qualifications: { zh: '资质荣誉', en: 'Qualifications' },
  evaluation: { zh: '评价结果', en: 'Evaluation results' },
  cultivation: { zh: '培育库分层', en: 'Cultivation tier' },
  contacts: { zh: '联系人', en: 'Contacts' },
};

export const grantConsentInput = z.object({
  institutionCode: z.string().min(1).max(100),
  scopes: z.array(z.enum(consentScopes)).min(1).max(consentScopes.length),
  purpose: z.string().trim().min(2).max(500),
  validUntil: z.iso.date(),
});
export type GrantConsentInput = z.infer<typeof grantConsentInput>;

export const consentViewSchema = z.object({
  id: z.string(),
  enterprise: z.object({ uscc: z.string(), name: z.string() }),
  institution: z.object({ code: z.string(), name: z.string() }),
  scopes: z.array(z.enum(consentScopes)),
  purpose: z.string(),
  validUntil: z.string(),
  grantedAt: z.string(),
  revokedAt: z.string().nullable(),
  isActive: z.boolean(),
});
export type ConsentView = z.infer<typeof consentViewSchema>;
export const consentIdParams = z.object({ consentId: z.string().min(1).max(60) });

export const accessLogEntrySchema = z.object({
  institution: z.object({ code: z.string(), name: z.string() }),
  userId: z.string().nullable(),
  scopes: z.array(z.string()),
  basis: z.enum(['consent', 'demand']),
  basisId: z.string(),
  at: z.string(),
});
export const accessLogPageSchema = z.object({ items: z.array(accessLogEntrySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const pageInput = z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50) });

/** What an institution sees of an enterprise under its consent: only the granted parts. */
export const consentedViewSchema = z.object({
  consentId: z.string(),
  enterprise: z.object({ uscc: z.string(), name: z.string() }),
  scopes: z.array(z.enum(consentScopes)),
  validUntil: z.string(),
  parts: z.record(z.string(), z.unknown()),
});
