import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export interface BilingualText {
  zh: string;
  en: string;
}

/** 站内消息: the in-app inbox, addressed to an organisation (its users see it) or to every user of a role. */
export const inboxMessages = pgTable(
  'inbox_messages',
  {
    id: text('id').primaryKey(),
    recipientOrganisationId: text('recipient_organisation_id'),
    recipientRole: text('recipient_role'),
    /** demand_posted | demand_claimed | deadline_near | deadline_missed | outcome | referral | consent … */
    kind: text('kind').notNull(),
    title: jsonb('title').$type<BilingualText>().notNull(),
    body: jsonb('body').$type<BilingualText>().notNull(),
    /** Where the web app opens it, e.g. `/financing/demands/dmd_…`. */
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [index('inbox_messages_organisation_idx').on(table.recipientOrganisationId, table.createdAt), index('inbox_messages_role_idx').on(table.recipientRole, table.createdAt)],
);

/**
 * 外发队列: what e-mail, SMS or webhook adapters are to send, written in the same transaction as the
 * inbox message. No adapter is configured by default, so nothing leaves the platform.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: text('id').primaryKey(),
    inboxMessageId: text('inbox_message_id'),
    /** email | sms | webhook */
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** pending | sent | failed */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [index('outbox_messages_status_idx').on(table.status, table.createdAt)],
);
