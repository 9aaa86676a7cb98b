import { boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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
