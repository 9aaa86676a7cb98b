import { z } from 'zod';
import { districtCodePattern } from '../../platform/districts.ts';

export const organisationTypes = [
  'operator',
  'government_department',
  'district_government',
  'regulator',
  'bank',
  'insurer',
  'guarantor',
  'fund_manager',
  'local_financial_organisation',
  'new_financial_organisation',
  'ecosystem_firm',
  'enterprise',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

export const organisationTypeNames: Record<OrganisationType, { zh: string; en: string }> = {
  operator: { zh: '平台运营方', en: 'Platform operator' },
  government_department: { zh: '政府部门', en: 'Government department' },
  district_government: { zh: '区县政府', en: 'District government' },
  regulator: { zh: '金融监管机构', en: 'Financial regulator' },
  bank: { zh: '银行', en: 'Bank' },
  insurer: { zh: '保险机构', en: 'Insurer' },
  guarantor: { zh: '担保机构', en: 'Guarantor' },
  fund_manager: { zh: '基金管理人', en: 'Fund manager' },
  local_financial_organisation: { zh: '地方金融组织', en: 'Local financial organisation' },
  new_financial_organisation: { zh: '新型金融组织', en: 'New financial organisation' },
  ecosystem_firm: { zh: '金融生态企业', en: 'Financial ecosystem firm' },
  enterprise: { zh: '企业', en: 'Enterprise' },
};

export const institutionTypes: readonly OrganisationType[] = [
  'bank',
  'insurer',
  'guarantor',
  'fund_manager',
  'local_financial_organisation',
  'new_financial_organisation',
  'ecosystem_firm',
];

export const organisationSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  type: z.enum(organisationTypes),
  parentId: z.string().nullable(),
  districtCode: z.string().nullable(),
  isDemo: z.boolean(),
  isActive: z.boolean(),
  createdAt: z.string(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const createOrganisationInput = z.object({
  code: z.string().trim().min(2).max(64).regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only'),
  name: z.string().trim().min(2).max(200),
  nameEn: z.string().trim().max(200).nullish(),
  type: z.enum(organisationTypes),
  parentCode: z.string().trim().nullish(),
  districtCode: z.string().trim().regex(districtCodePattern, 'GB/T 2260 six-digit code').nullish(),
  isDemo: z.boolean().optional(),
});
export type CreateOrganisationInput = z.infer<typeof createOrganisationInput>;

export const listOrganisationsInput = z.object({
  type: z.enum(organisationTypes).optional(),
  search: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListOrganisationsInput = z.infer<typeof listOrganisationsInput>;

export const organisationPageSchema = z.object({
  items: z.array(organisationSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const flagDate = z.iso.date().nullish();
/** 机构科技金融信息: a flag set needs the date it began (the policy counts new ones from its effective date). */
export const institutionProfileInput = z
  .object({
    isTechFinanceSpecialised: z.boolean(),
    techFinanceSpecialisedSince: flagDate,
    hasTechFinanceDivision: z.boolean(),
    techFinanceDivisionName: z.string().trim().max(100).nullish(),
    techFinanceDivisionSince: flagDate,
    isSettledInGreenFinanceCentre: z.boolean(),
    settledInGreenFinanceCentreSince: flagDate,
  })
  .refine((value) => !value.isTechFinanceSpecialised || Boolean(value.techFinanceSpecialisedSince), { message: 'techFinanceSpecialisedSince is required when isTechFinanceSpecialised', path: ['techFinanceSpecialisedSince'] })
  .refine((value) => !value.hasTechFinanceDivision || Boolean(value.techFinanceDivisionSince), { message: 'techFinanceDivisionSince is required when hasTechFinanceDivision', path: ['techFinanceDivisionSince'] })
  .refine((value) => !value.isSettledInGreenFinanceCentre || Boolean(value.settledInGreenFinanceCentreSince), { message: 'settledInGreenFinanceCentreSince is required when isSettledInGreenFinanceCentre', path: ['settledInGreenFinanceCentreSince'] });
export type InstitutionProfileInput = z.infer<typeof institutionProfileInput>;
