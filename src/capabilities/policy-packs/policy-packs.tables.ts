import { date, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** 政策包: a policy document encoded as data (targets, subsidy lines, key tasks, departments). */
export const policyPacks = pgTable('policy_packs', {
  id: text('id').primaryKey(),
  documentNumber: text('document_number').notNull(),
  title: text('title').notNull(),
  issuer: text('issuer').notNull(),
  signedOn: date('signed_on', { mode: 'string' }),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  expiresOn: date('expires_on', { mode: 'string' }),
  status: text('status').notNull(),
  content: jsonb('content').notNull(),
  contentSha256: text('content_sha256').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
  loadedBy: text('loaded_by'),
});
