import { boolean, date, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** 组织机构: every party on the platform — departments, districts, regulators, institutions, enterprises. */
export const organisations = pgTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    /** A stable short code, e.g. `gov-kejiju` or a USCC for an enterprise. */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    type: text('type').notNull(),
    parentId: text('parent_id'),
    /** GB/T 2260 code of the district the organisation belongs to, when it belongs to one. */
    districtCode: text('district_code'),
    isDemo: boolean('is_demo').notNull().default(false),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('organisations_type_idx').on(table.type), index('organisations_district_idx').on(table.districtCode)],
);

/** 金融机构信息: the tech-finance flags and dates of a financial institution (one row per institution organisation). */
export const institutionProfiles = pgTable('institution_profiles', {
  organisationId: text('organisation_id').primaryKey(),
  /** 科技金融特色机构 (specialised tech-finance branch or institution) and since when. */
  isTechFinanceSpecialised: boolean('is_tech_finance_specialised').notNull().default(false),
  techFinanceSpecialisedSince: date('tech_finance_specialised_since', { mode: 'string' }),
  /** 科技金融事业部 / 专营团队 */
  hasTechFinanceDivision: boolean('has_tech_finance_division').notNull().default(false),
  techFinanceDivisionName: text('tech_finance_division_name'),
  techFinanceDivisionSince: date('tech_finance_division_since', { mode: 'string' }),
  /** 入驻南太湖绿色金融中心 */
  isSettledInGreenFinanceCentre: boolean('is_settled_in_green_finance_centre').notNull().default(false),
  settledInGreenFinanceCentreSince: date('settled_in_green_finance_centre_since', { mode: 'string' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
