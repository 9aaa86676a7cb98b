import { z } from 'zod';

export const importKinds = ['enterprises', 'yearly_facts', 'intellectual_property', 'qualifications', 'talent_enterprises'] as const;
export type ImportKind = (typeof importKinds)[number];

export const importStatuses = ['uploaded', 'validating', 'validated', 'committing', 'committed', 'rejected', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];

export const importStatusNames: Record<ImportStatus, { zh: string; en: string }> = {
  uploaded: { zh: '已上传', en: 'uploaded' },
  validating: { zh: '校验中', en: 'validating' },
  validated: { zh: '校验通过', en: 'validated' },
  committing: { zh: '导入中', en: 'committing' },
  committed: { zh: '已导入', en: 'committed' },
  rejected: { zh: '有未通过校验的行', en: 'rows rejected' },
  failed: { zh: '失败', en: 'failed' },
};

/** Background jobs for files above the row threshold (limits.jobThresholdRows). */
export const importJobNames = { validate: 'imports.validate', commit: 'imports.commit' } as const;

export const templateFormats = ['xlsx', 'csv'] as const;
export type TemplateFormat = (typeof templateFormats)[number];

const bilingual = z.object({ zh: z.string(), en: z.string() });

export const importTotalsSchema = z.object({
  rows: z.number().int(),
  new: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
});

export const importRowErrorSchema = z.object({
  /** The header as written in the file. */
  column: z.string(),
  code: z.string(),
  message: bilingual,
});

export const rowStatuses = ['new', 'changed', 'unchanged', 'rejected'] as const;

/** One data row's outcome; `row` is the spreadsheet's row number (the header is row 1). */
export const importRowResultSchema = z.object({
  row: z.number().int(),
  status: z.enum(rowStatuses),
  errors: z.array(importRowErrorSchema),
});
export type ImportRowResult = z.infer<typeof importRowResultSchema>;

export const importSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(importKinds),
  kindName: bilingual,
  fileName: z.string(),
  fileSha256: z.string(),
  fileSize: z.number().int(),
  status: z.enum(importStatuses),
  statusName: bilingual,
  sourceOrganisationId: z.string().nullable(),
  sourceOrganisationName: z.string().nullable(),
  totals: importTotalsSchema.nullable(),
  progress: z.object({ done: z.number().int(), total: z.number().int(), percent: z.number().int() }),
  isOnlyValidRowsCommitted: z.boolean(),
  failure: z.object({ code: z.string(), message: bilingual }).nullable(),
  createdByUserId: z.string().nullable(),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importDetailSchema = importSummarySchema.extend({
  rejectedRows: z.array(importRowResultSchema),
  /** Only the first rejected rows are kept for the preview; `totals.rejected` counts them all. */
  isRejectedRowsTruncated: z.boolean(),
  /** The same file (by SHA-256) was committed before: re-importing it changes nothing. */
  earlierCommit: z.object({ id: z.string(), committedAt: z.string() }).nullable(),
});
export type ImportDetail = z.infer<typeof importDetailSchema>;

export const importPageSchema = z.object({
  items: z.array(importSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const listImportsInput = z.object({
  kind: z.enum(importKinds).optional(),
  status: z.enum(importStatuses).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ListImportsInput = z.infer<typeof listImportsInput>;

export const importIdParams = z.object({ id: z.string().min(1).max(64) });

export const uploadImportQuery = z.object({
  kind: z.enum(importKinds),
  fileName: z.string().trim().min(1).max(255),
});

/** An empty body (no content) means the defaults. */
export const commitImportBody = z.object({ onlyValidRows: z.boolean().optional() }).nullish();

export const templateParams = z.object({ kind: z.enum(importKinds) });
export const templateQuery = z.object({ format: z.enum(templateFormats).default('xlsx') });
