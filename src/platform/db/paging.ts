import { count, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from './database.ts';

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface Page<Item> extends PageRequest {
  items: Item[];
  total: number;
}

/** One page of a table's rows and the total count under the same condition. */
export async function selectPage<Table extends PgTable>(
  tx: Transaction,
  table: Table,
  where: SQL | undefined,
  orderBy: Array<SQL | PgColumn>,
  request: PageRequest,
): Promise<{ rows: Table['$inferSelect'][]; total: number }> {
  const [totalRow] = await tx.select({ total: count() }).from(table as PgTable).where(where);
  const rows = await tx
    .select()
    .from(table as PgTable)
    .where(where)
    .orderBy(...orderBy)
    .limit(request.pageSize)
    .offset((request.page - 1) * request.pageSize);
  return { rows: rows as Table['$inferSelect'][], total: Number(totalRow?.total ?? 0) };
}

/** A LIKE pattern that matches `text` anywhere, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
