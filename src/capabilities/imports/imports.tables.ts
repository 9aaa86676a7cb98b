import { boolean, customType, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export interface ImportTotals {
  rows: number;
  new: number;
  changed: number;
  unchanged: number;
  rejected: number;
}

export interface ImportRowError {
  column: string;
  code: string;
  message: { zh: string; en: string };
}

/** 导入批次: one uploaded file, from upload through validation and preview to commit. */
export const imports = pgTable(
  'imports',
  {
    id: text('id').primaryKey(),
    /** enterprises | yearly_facts | intellectual_property | qualifications | talent_enterprises */
    kind: text('kind').notNull(),
    sourceOrganisationId: text('source_organisation_id'),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    fileSize: integer('file_size').notNull(),
    /** The file itself, kept until the import is committed or abandoned, so that a job can work on it. */
    fileContent: bytea('file_content'),
    /** uploaded | validating | validated | committing | committed | rejected | failed */
    status: text('status').notNull(),
    totals: jsonb('totals').$type<ImportTotals>(),
    rejectedRows: jsonb('rejected_rows').$type<Array<{ row: number; errors: ImportRowError[] }>>(),
    isOnlyValidRowsCommitted: boolean('is_only_valid_rows_committed').notNull().default(false),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    failure: jsonb('failure').$type<{ code: string; message: { zh: string; en: string } }>(),
    createdByUserId: text('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (table) => [index('imports_created_idx').on(table.createdAt)],
);
