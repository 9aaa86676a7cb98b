import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { EligibilityCondition } from './eligibility.contracts.ts';
import type { ServiceTerms } from './financing.contracts.ts';

/** 金融产品: an institution's product with its ranges and its eligibility rule as data. */
export const financialProducts = pgTable(
  'financial_products',
  {
    id: text('id').primaryKey(),
    institutionId: text('institution_id').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    /** credit_loan | ip_pledge_loan | equity_pledge_loan | talent_loan | supply_chain | tech_insurance | ip_insurance | talent_insurance | investment_loan_linkage | guarantee | equity_investment | digital_rmb */
    productType: text('product_type').notNull(),
    /** What kind of demand it answers: debt | equity | insurance | guarantee */
    demandKind: text('demand_kind').notNull(),
    minAmountFen: bigint('min_amount_fen', { mode: 'number' }),
    maxAmountFen: bigint('max_amount_fen', { mode: 'number' }),
    minTermMonths: integer('min_term_months'),
    maxTermMonths: integer('max_term_months'),
    /** Annual rate (or premium rate) range in basis points (万分之一). */
    minRateBp: integer('min_rate_bp'),
    maxRateBp: integer('max_rate_bp'),
    eligibility: jsonb('eligibility').$type<EligibilityCondition | null>(),
    description: text('description'),
    launchedOn: date('launched_on', { mode: 'string' }).notNull(),
    /** 政策实施后新推出: counts toward the pack's new-product target. */
    isNewUnderPolicy: boolean('is_new_under_policy').notNull().default(false),
    /** active | suspended | retired */
    status: text('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('financial_products_institution_idx').on(table.institutionId), index('financial_products_kind_idx').on(table.demandKind, table.status)],
);

/** 融资需求: what an enterprise asks for, how it is dispatched, and where it stands (status code, see demand-status.ts). */
export const financingDemands = pgTable(
  'financing_demands',
  {
    id: text('id').primaryKey(),
    enterpriseId: text('enterprise_id').notNull(),
    /** debt | equity | insurance | guarantee */
    kind: text('kind').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    termMonths: integer('term_months'),
    purpose: text('purpose').notNull(),
    /** debt: what it can offer as collateral (ip, equity, property, receivables, none …) */
    collateral: jsonb('collateral').$type<string[]>().notNull().default([]),
    maxRateBp: integer('max_rate_bp'),
    /** equity: round, pre-money valuation, use of funds */
    equityRound: text('equity_round'),
    valuationFen: bigint('valuation_fen', { mode: 'number' }),
    /** chosen: only the institutions the enterprise picked; open: every eligible institution may claim up to the cap. */
    dispatchMode: text('dispatch_mode').notNull(),
    claimCap: smallint('claim_cap').notNull(),
    status: smallint('status').notNull(),
    claimDeadline: timestamp('claim_deadline', { withTimezone: true }),
    /** 服务时限 in force when the demand was posted (platform defaults or the policy pack's), kept with the demand. */
    serviceTerms: jsonb('service_terms').$type<ServiceTerms>().notNull(),
    postedAt: timestamp('posted_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdByUserId: text('created_by_user_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('financing_demands_enterprise_idx').on(table.enterpriseId, table.postedAt), index('financing_demands_status_idx').on(table.status, table.claimDeadline)],
);

/** The institutions a demand is addressed to (chosen dispatch, or a referral). */
export const demandRecipients = pgTable(
  'demand_recipients',
  {
    demandId: text('demand_id').notNull(),
    institutionId: text('institution_id').notNull(),
    /** dispatch | referral */
    reason: text('reason').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.demandId, table.institutionId] }), index('demand_recipients_institution_idx').on(table.institutionId)],
);

/** 接单: one institution taking up one demand, with its own deadlines and outcome. */
export const demandClaims = pgTable(
  'demand_claims',
  {
    id: text('id').primaryKey(),
    demandId: text('demand_id').notNull(),
    institutionId: text('institution_id').notNull(),
    claimedByUserId: text('claimed_by_user_id'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
    /** claimed | contacted | approved | declined | released (deadline missed) | withdrawn */
    status: text('status').notNull(),
    contactDeadline: timestamp('contact_deadline', { withTimezone: true }),
    decisionDeadline: timestamp('decision_deadline', { withTimezone: true }),
    contactedAt: timestamp('contacted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** approved: { amountFen, rateBp, termMonths, productType, isCredit, isFirstLoan, isRenewal, isIpPledge } */
    approval: jsonb('approval').$type<Record<string, unknown>>(),
    declineReason: text('decline_reason'),
    declineText: text('decline_text'),
    /** When the institution was reminded of its next deadline (one reminder per deadline). */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('demand_claims_once_idx').on(table.demandId, table.institutionId), index('demand_claims_institution_idx').on(table.institutionId, table.status)],
);

/** The demand's timeline: every status change and who made it. */
export const demandEvents = pgTable(
  'demand_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    demandId: text('demand_id').notNull(),
    claimId: text('claim_id'),
    event: text('event').notNull(),
    fromStatus: smallint('from_status'),
    toStatus: smallint('to_status').notNull(),
    actorLabel: text('actor_label').notNull(),
    details: jsonb('details'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('demand_events_demand_idx').on(table.demandId, table.id)],
);

/** 服务评价: the enterprise's rating of an institution's service on one demand. */
export const institutionRatings = pgTable(
  'institution_ratings',
  {
    demandId: text('demand_id').notNull(),
    institutionId: text('institution_id').notNull(),
    enterpriseId: text('enterprise_id').notNull(),
    stars: smallint('stars').notNull(),
    comment: text('comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.demandId, table.institutionId] }), index('institution_ratings_institution_idx').on(table.institutionId)],
);

/** 投资意向: an investor's interest in an equity demand it may see. */
export const equityInterests = pgTable(
  'equity_interests',
  {
    demandId: text('demand_id').notNull(),
    institutionId: text('institution_id').notNull(),
    note: text('note'),
    expressedAt: timestamp('expressed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.demandId, table.institutionId] })],
);

/** 路演: a roadshow where enterprises present to investors. */
export const roadshows = pgTable('roadshows', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  heldOn: date('held_on', { mode: 'string' }).notNull(),
  location: text('location').notNull(),
  organiserOrganisationId: text('organiser_organisation_id'),
  /** planned | held | cancelled */
  status: text('status').notNull().default('planned'),
  summary: text('summary'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 路演报名: an enterprise (presenter) or an investor registered for a roadshow, its attendance and outcome. */
export const roadshowRegistrations = pgTable(
  'roadshow_registrations',
  {
    roadshowId: text('roadshow_id').notNull(),
    organisationId: text('organisation_id').notNull(),
    /** presenter | investor */
    role: text('role').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    attended: boolean('attended'),
    /** follow_up | term_sheet | invested | no_interest */
    outcome: text('outcome'),
    outcomeNote: text('outcome_note'),
  },
  (table) => [primaryKey({ columns: [table.roadshowId, table.organisationId] })],
);

/**
 * 服务时限设置: the platform's default deadlines as an administrator set them (one row, id 'platform').
 * Without the row the built-in defaults of SPEC §2.5 apply; a pack in force still overrides either.
 */
export const serviceDeadlineSettings = pgTable('service_deadline_settings', {
  id: text('id').primaryKey(),
  claimWorkingDays: integer('claim_working_days').notNull(),
  contactWorkingDays: integer('contact_working_days').notNull(),
  decisionWorkingDays: integer('decision_working_days').notNull(),
  reminderHours: integer('reminder_hours').notNull(),
  isReopenedOnMiss: boolean('is_reopened_on_miss').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: text('updated_by').notNull(),
});
