import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * 审计日志: append-only and hash-chained. `seq`, `occurred_at`, `prev_hash` and `hash` are set by the
 * database trigger `kjt_audit_chain` (migration 0001), never by the application.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().default(0),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: text('actor_user_id'),
    actorOrganisationId: text('actor_organisation_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (table) => [index('audit_log_entity_idx').on(table.entityType, table.entityId), index('audit_log_actor_idx').on(table.actorUserId)],
);

/** The result of each chain verification, kept so that the head hash seen at that time is anchored. */
export const auditVerifications = pgTable('audit_verifications', {
  id: text('id').primaryKey(),
  verifiedAt: timestamp('verified_at', { withTimezone: true }).notNull().defaultNow(),
  isIntact: boolean('is_intact').notNull(),
  checkedCount: integer('checked_count').notNull(),
  firstBrokenSeq: bigint('first_broken_seq', { mode: 'number' }),
  headSeq: bigint('head_seq', { mode: 'number' }),
  headHash: text('head_hash'),
  problem: text('problem'),
  trigger: text('trigger').notNull(),
});
