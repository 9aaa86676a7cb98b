import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export interface TierReason {
  zh: string;
  en: string;
}

/** 培育库在库企业: the tier each enterprise is in now, as last decided by an officer. */
export const cultivationMemberships = pgTable(
  'cultivation_memberships',
  {
    enterpriseId: text('enterprise_id').primaryKey(),
    tierCode: text('tier_code').notNull(),
    since: date('since', { mode: 'string' }).notNull(),
    decisionId: text('decision_id').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('cultivation_memberships_tier_idx').on(table.tierCode)],
);

/**
 * 调整建议与决定: a proposed tier change with its reasons, and what the officer decided. Rows are
 * never deleted: together they are the enterprise's tier history. At most one proposal per
 * enterprise is pending; a newer proposal supersedes it.
 */
export const cultivationProposals = pgTable(
  'cultivation_proposals',
  {
    id: text('id').primaryKey(),
    enterpriseId: text('enterprise_id').notNull(),
    /** null: not in the database */
    fromTier: text('from_tier'),
    /** null: leave the database */
    toTier: text('to_tier'),
    reasons: jsonb('reasons').$type<TierReason[]>().notNull(),
    tierSetVersion: text('tier_set_version').notNull(),
    runId: text('run_id'),
    /** pending | approved | overridden | superseded */
    status: text('status').notNull(),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    decidedTier: text('decided_tier'),
    decisionReason: text('decision_reason'),
    decidedByUserId: text('decided_by_user_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('cultivation_proposals_one_pending_idx').on(table.enterpriseId).where(sql`status = 'pending'`),
    index('cultivation_proposals_status_idx').on(table.status, table.proposedAt),
    index('cultivation_proposals_enterprise_idx').on(table.enterpriseId, table.proposedAt),
  ],
);
