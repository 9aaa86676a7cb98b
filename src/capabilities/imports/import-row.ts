import { gunzipSync, gzipSync } from 'node:zlib';
import { and, desc, eq, getTableColumns, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import { importStatusNames, type ImportDetail, type ImportKind, type ImportRowResult, type ImportStatus, type ImportSummary } from './imports.contracts.ts';
import { importErrors } from './imports.errors.ts';
import { imports } from './imports.tables.ts';
import { readImportLimits } from './import-limits.ts';
import { importTemplates } from './import-templates.ts';

export type ImportRow = typeof imports.$inferSelect;
export type ImportRowWithoutFile = Omit<ImportRow, 'fileContent'>;

const { fileContent: _fileContent, ...columnsWithoutFile } = getTableColumns(imports);

/**
 * Which imports an actor may see and act on: platform admins and the platform itself all; others
 * those they uploaded or that their organisation supplied.
 */
export function importScope(actor: Actor): SQL | undefined {
  if (actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin')) return undefined;
  if (actor.kind !== 'user') return sql`false`;
  return or(eq(imports.createdByUserId, actor.userId), eq(imports.sourceOrganisationId, actor.organisationId));
}

export async function findImportInScope(tx: Transaction, actor: Actor, id: string): Promise<ImportRowWithoutFile> {
  const [row] = await tx.select(columnsWithoutFile).from(imports).where(and(eq(imports.id, id), importScope(actor)));
  if (!row) throw importErrors('IMPORT_NOT_FOUND', { id });
  return row;
}

/**
 * The uploaded file is stored gzipped (a CSV shrinks to a fraction, and its bytes are written once
 * and read by a job); `readImportFile` gives back the bytes as uploaded.
 */
export function packImportFile(content: Buffer): Buffer {
  return gzipSync(content, { level: 1 });
}

export async function readImportFile(tx: Transaction, id: string): Promise<Buffer | undefined> {
  const [row] = await tx.select({ fileContent: imports.fileContent }).from(imports).where(eq(imports.id, id));
  const content = row?.fileContent;
  // PGlite returns a Uint8Array, node-postgres a Buffer.
  return content ? unpackImportFile(Buffer.from(content.buffer, content.byteOffset, content.byteLength)) : undefined;
}

/** Files stored before they were gzipped are kept as they are (an upload that is itself gzip is refused at upload). */
function unpackImportFile(stored: Buffer): Buffer {
  if (stored[0] !== 0x1f || stored[1] !== 0x8b) return stored;
  try {
    return gunzipSync(stored, { maxOutputLength: readImportLimits().maxUnpackedBytes });
  } catch {
    return stored;
  }
}

/** Whether the import still holds its file (without reading it: a stored file may be megabytes). */
export async function hasImportFile(tx: Transaction, id: string): Promise<boolean> {
  const [row] = await tx.select({ isStored: sql<boolean>`${imports.fileContent} IS NOT NULL` }).from(imports).where(eq(imports.id, id));
  return row?.isStored ?? false;
}

/** Serialises work on one import (commit, validation) without locking its row, so progress can still be written. */
export async function lockImport(tx: Transaction, id: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`kjt-import:${id}`}))`);
}

export function percentOf(done: number, total: number): number {
  return total === 0 ? 0 : Math.min(100, Math.floor((done * 100) / total));
}

export async function toImportSummaries(tx: Transaction, rows: ImportRowWithoutFile[]): Promise<ImportSummary[]> {
  const organisations = await findOrganisationsByIds(tx, rows.map((row) => row.sourceOrganisationId).filter((id): id is string => Boolean(id)));
  return rows.map((row) => {
    const status = row.status as ImportStatus;
    return {
      id: row.id,
      kind: row.kind as ImportKind,
      kindName: importTemplates[row.kind as ImportKind].name,
      fileName: row.fileName,
      fileSha256: row.fileSha256,
      fileSize: row.fileSize,
      status,
      statusName: importStatusNames[status],
      sourceOrganisationId: row.sourceOrganisationId,
      sourceOrganisationName: row.sourceOrganisationId ? (organisations.get(row.sourceOrganisationId)?.name ?? null) : null,
      totals: row.totals ?? null,
      progress: { done: row.progressDone, total: row.progressTotal, percent: percentOf(row.progressDone, row.progressTotal) },
      isOnlyValidRowsCommitted: row.isOnlyValidRowsCommitted,
      failure: row.failure ?? null,
      createdByUserId: row.createdByUserId,
      createdAt: row.createdAt.toISOString(),
      committedAt: row.committedAt?.toISOString() ?? null,
    };
  });
}

export async function toImportDetail(tx: Transaction, row: ImportRowWithoutFile): Promise<ImportDetail> {
  const [summary] = await toImportSummaries(tx, [row]);
  const [earlier] = await tx
    .select({ id: imports.id, committedAt: imports.committedAt })
    .from(imports)
    .where(and(eq(imports.fileSha256, row.fileSha256), eq(imports.kind, row.kind), eq(imports.status, 'committed'), sql`${imports.id} <> ${row.id}`))
    .orderBy(desc(imports.committedAt))
    .limit(1);
  const rejectedRows: ImportRowResult[] = (row.rejectedRows ?? []).map((rejected) => ({ row: rejected.row, status: 'rejected', errors: rejected.errors }));
  return {
    ...summary!,
    rejectedRows,
    isRejectedRowsTruncated: (row.totals?.rejected ?? 0) > rejectedRows.length,
    earlierCommit: earlier?.committedAt ? { id: earlier.id, committedAt: earlier.committedAt.toISOString() } : null,
  };
}

/** The rejected rows kept on the import for the preview (the first ones, up to the limit). */
export function rejectedRowsToStore(rows: ImportRowResult[], limit: number): Array<{ row: number; errors: ImportRowResult['errors'] }> {
  return rows
    .filter((row) => row.status === 'rejected')
    .slice(0, limit)
    .map((row) => ({ row: row.row, errors: row.errors }));
}
