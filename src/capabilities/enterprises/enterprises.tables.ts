import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Where each field's current value came from: field name → `fact_sources.id`. Kept on every fact row
 * so that provenance is read together with the value.
 */
export type FieldSources = Record<string, string>;

/** 一企一档: one record per enterprise, keyed by its 统一社会信用代码. */
export const enterprises = pgTable(
  'enterprises',
  {
    id: text('id').primaryKey(),
    uscc: text('uscc').notNull().unique(),
    /** Set when an officer accepted a USCC whose check character fails (pilot-era codes): the written reason. */
    usccExceptionReason: text('uscc_exception_reason'),
    name: text('name').notNull(),
    /** GB/T 2260 region of registration (e.g. 330502), or a platform zone code such as 330500-NTH. */
    districtCode: text('district_code'),
    /** GB/T 4754-2017 industry code (门类 letter plus up to 4 digits, e.g. C3973). */
    industryCode: text('industry_code'),
    foundedOn: date('founded_on', { mode: 'string' }),
    /** 《中小企业划型标准规定》: micro | small | medium | large. */
    sizeClass: text('size_class'),
    status: text('status').notNull().default('active'),
    /** 查账征收 or 核定征收 (the 科小 evaluation requires 查账征收). */
    taxCollectionMethod: text('tax_collection_method'),
    legalRepresentative: text('legal_representative'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    /** The enterprise's own organisation on the platform, once it has users. */
    organisationId: text('organisation_id'),
    fieldSources: jsonb('field_sources').$type<FieldSources>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('enterprises_district_idx').on(table.districtCode),
    index('enterprises_industry_idx').on(table.industryCode),
    index('enterprises_name_idx').on(table.name),
  ],
);

/** Yearly facts (年度数据). Money in integer fen; a null is "not known", never zero. */
export const enterpriseYearlyFacts = pgTable(
  'enterprise_yearly_facts',
  {
    enterpriseId: text('enterprise_id').notNull(),
    year: integer('year').notNull(),
    employees: integer('employees'),
    techStaff: integer('tech_staff'),
    rndStaff: integer('rnd_staff'),
    revenueFen: bigint('revenue_fen', { mode: 'number' }),
    mainBusinessRevenueFen: bigint('main_business_revenue_fen', { mode: 'number' }),
    costsAndExpensesFen: bigint('costs_and_expenses_fen', { mode: 'number' }),
    rndExpenseFen: bigint('rnd_expense_fen', { mode: 'number' }),
    rndExpenseDomesticFen: bigint('rnd_expense_domestic_fen', { mode: 'number' }),
    highTechRevenueFen: bigint('high_tech_revenue_fen', { mode: 'number' }),
    totalAssetsFen: bigint('total_assets_fen', { mode: 'number' }),
    totalLiabilitiesFen: bigint('total_liabilities_fen', { mode: 'number' }),
    netProfitFen: bigint('net_profit_fen', { mode: 'number' }),
    taxPaidFen: bigint('tax_paid_fen', { mode: 'number' }),
    qualifiedEquityRaisedFen: bigint('qualified_equity_raised_fen', { mode: 'number' }),
    fieldSources: jsonb('field_sources').$type<FieldSources>().notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.enterpriseId, table.year] })],
);

/** Intellectual property held at the end of a year (Ⅰ类 / Ⅱ类 as standards.md §0 defines them). */
export const enterpriseIntellectualProperty = pgTable(
  'enterprise_intellectual_property',
  {
    enterpriseId: text('enterprise_id').notNull(),
    year: integer('year').notNull(),
    classOneCount: integer('class_one_count'),
    classTwoCount: integer('class_two_count'),
    inventionPatentsInMainBusiness: integer('invention_patents_in_main_business'),
    softwareCopyrights: integer('software_copyrights'),
    standardsLed: integer('standards_led'),
    /** 科技成果转化 per year (高企 指引 2.3.2). */
    achievementsTransferred: integer('achievements_transferred'),
    /** [{ level: national|provincial|municipal, year, rank, name }] */
    awards: jsonb('awards').$type<Array<{ level: string; year: number; rank: string | null; name: string }>>(),
    /** [{ level: national|provincial|municipal, name }] */
    rndInstitutions: jsonb('rnd_institutions').$type<Array<{ level: string; name: string }>>(),
    fieldSources: jsonb('field_sources').$type<FieldSources>().notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.enterpriseId, table.year] })],
);

/** Qualifications with validity windows: 高企, 科小入库, 创新型, 专精特新, 小巨人, 人才企业, listed/quoted. */
export const enterpriseQualifications = pgTable(
  'enterprise_qualifications',
  {
    id: text('id').primaryKey(),
    enterpriseId: text('enterprise_id').notNull(),
    kind: text('kind').notNull(),
    /** Certificate or list number; for a listing, the stock code. */
    certificateNumber: text('certificate_number').notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    /** Talent programme (人才企业) or board (上市/挂牌). */
    programme: text('programme'),
    level: text('level'),
    isRevoked: boolean('is_revoked').notNull().default(false),
    fieldSources: jsonb('field_sources').$type<FieldSources>().notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('enterprise_qualifications_certificate_idx').on(table.enterpriseId, table.kind, table.certificateNumber),
    index('enterprise_qualifications_kind_idx').on(table.kind, table.validTo),
  ],
);

/** 数据来源: one row per import file, API call or manual edit that supplied facts. */
export const factSources = pgTable('fact_sources', {
  id: text('id').primaryKey(),
  organisationId: text('organisation_id'),
  /** import | api | manual | demo */
  channel: text('channel').notNull(),
  fileName: text('file_name'),
  fileSha256: text('file_sha256'),
  importId: text('import_id'),
  recordedByUserId: text('recorded_by_user_id'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The history of every fact: the value it replaced stays visible. Written only when a value changes. */
export const factChanges = pgTable(
  'fact_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    enterpriseId: text('enterprise_id').notNull(),
    /** enterprise | yearly | ip | qualification */
    subject: text('subject').notNull(),
    /** The year for yearly facts and IP, the certificate key for a qualification, '' for the profile. */
    period: text('period').notNull().default(''),
    field: text('field').notNull(),
    oldValue: jsonb('old_value'),
    newValue: jsonb('new_value'),
    oldSourceId: text('old_source_id'),
    sourceId: text('source_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('fact_changes_enterprise_idx').on(table.enterpriseId, table.subject, table.period)],
);
