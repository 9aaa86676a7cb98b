import { and, count, desc, eq, getTableColumns } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { Page } from '../../platform/db/paging.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { ImportSummary, ListImportsInput } from './imports.contracts.ts';
import { imports } from './imports.tables.ts';
import { importScope, toImportSummaries } from './import-row.ts';

const { fileContent: _fileContent, rejectedRows: _rejectedRows, ...listColumns } = getTableColumns(imports);

/** 导入记录: the caller's imports and their organisation's, newest first (admins see all). */
export const listImports: UseCase<ListImportsInput, Page<ImportSummary>> = async (input, ctx) => {
  assertCan(ctx.actor, 'registry.write');
  const where = and(importScope(ctx.actor), input.kind ? eq(imports.kind, input.kind) : undefined, input.status ? eq(imports.status, input.status) : undefined);
  const [totalRow] = await ctx.tx.select({ total: count() }).from(imports).where(where);
  const rows = await ctx.tx
    .select(listColumns)
    .from(imports)
    .where(where)
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return {
    items: await toImportSummaries(ctx.tx, rows.map((row) => ({ ...row, rejectedRows: null }))),
    total: Number(totalRow?.total ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  };
};
