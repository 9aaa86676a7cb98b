import { bigserial, date, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** 授权: an enterprise lets one institution see named parts of its portrait, for a purpose, until a date. */
export const consents = pgTable(
  'consents',
  {
    id: text('id').primaryKey(),
    enterpriseId: text('enterprise_id').notNull(),
    institutionId: text('institution_id').notNull(),
    /** profile | yearly_facts | intellectual_property | qualifications | evaluation | cultivation | contacts */
    scopes: jsonb('scopes').$type<string[]>().notNull(),
    purpose: text('purpose').notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    grantedByUserId: text('granted_by_user_id'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedByUserId: text('revoked_by_user_id'),
  },
  (table) => [index('consents_institution_idx').on(table.institutionId, table.enterpriseId), index('consents_enterprise_idx').on(table.enterpriseId, table.grantedAt)],
);

/** 查阅记录: every read of an enterprise's data by an institution, and on what basis — what "who looked at my data" shows. */
export const dataAccessLog = pgTable(
  'data_access_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    enterpriseId: text('enterprise_id').notNull(),
    institutionId: text('institution_id').notNull(),
    userId: text('user_id'),
    scopes: jsonb('scopes').$type<string[]>().notNull(),
    /** consent | demand */
    basis: text('basis').notNull(),
    basisId: text('basis_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('data_access_log_enterprise_idx').on(table.enterpriseId, table.at)],
);
