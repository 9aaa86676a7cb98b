import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { selectPage, type Page } from '../../platform/db/paging.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { AuditEntryView, ListAuditEntriesInput } from './audit.contracts.ts';
import { auditLog, auditVerifications } from './audit.tables.ts';

export const listAuditEntries: UseCase<ListAuditEntriesInput, Page<AuditEntryView>> = async (
  input,
  ctx,
) => {
  assertCan(ctx.actor, 'audit.read');
  const conditions: (SQL | undefined)[] = [
    input.action ? eq(auditLog.action, input.action) : undefined,
    input.entityType ? eq(auditLog.entityType, input.entityType) : undefined,
    input.entityId ? eq(auditLog.entityId, input.entityId) : undefined,
    input.actorUserId ? eq(auditLog.actorUserId, input.actorUserId) : undefined,
    input.from ? gte(auditLog.occurredAt, new Date(input.from)) : undefined,
    input.to ? lte(auditLog.occurredAt, new Date(input.to)) : undefined,
  ];
  const { rows, total } = await selectPage(ctx.tx, auditLog, and(...conditions), [desc(auditLog.seq)], input);
  return {
    items: rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
};

export const listAuditVerifications: UseCase<{ limit: number }, Array<{ id: string; verifiedAt: string; trigger: string; isIntact: boolean; checkedCount: number; headSeq: number | null; headHash: string | null; firstBrokenSeq: number | null; problem: string | null }>> = async (
  input,
  ctx,
) => {
  assertCan(ctx.actor, 'audit.read');
  const rows = await ctx.tx.select().from(auditVerifications).orderBy(desc(auditVerifications.verifiedAt)).limit(input.limit);
  return rows.map((row) => ({ ...row, verifiedAt: row.verifiedAt.toISOString() }));
};
