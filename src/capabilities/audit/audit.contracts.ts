import { z } from 'zod';

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorOrganisationId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const listAuditEntriesInput = z.object({
  action: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(100).optional(),
  actorUserId: z.string().trim().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListAuditEntriesInput = z.infer<typeof listAuditEntriesInput>;

export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const chainVerificationSchema = z.object({
  isIntact: z.boolean(),
  checkedCount: z.number().int(),
  headSeq: z.number().int().nullable(),
  headHash: z.string().nullable(),
  firstBrokenSeq: z.number().int().nullable(),
  problem: z.string().nullable(),
});

export const verificationHistorySchema = z.array(
  chainVerificationSchema.extend({ id: z.string(), verifiedAt: z.string(), trigger: z.string() }),
);
