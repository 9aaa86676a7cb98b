import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { checkImportRows } from './check-import-rows.ts';
import { importJobNames, importStatusNames, type ImportKind, type ImportStatus } from './imports.contracts.ts';
import { importErrors } from './imports.errors.ts';
import { imports } from './imports.tables.ts';
import { readImportLimits } from './import-limits.ts';
import { findImportInScope, hasImportFile, lockImport, readImportFile, rejectedRowsToStore, toImportDetail } from './import-row.ts';
import { factSourceOf, type ImportOutcome, type ProgressCallback } from './import-steps.ts';
import { forgetPreparedImport, prepareImportOnce } from './prepared-import-cache.ts';

export interface CommitImportInput {
  importId: string;
  /** Write the valid rows although some are rejected; recorded on the import and in the audit log. */
  onlyValidRows?: boolean;
  /** `auto` (the web): a large file is handed to a background job. `inline`: now, in this transaction (CLI, the job itself). */
  execution?: 'auto' | 'inline';
  onProgress?: ProgressCallback;
}

/**
 * 提交导入: in ONE transaction, re-checks every row against the registry as it is now and writes
 * them through `applyEnterpriseFacts` with the import as their source, then records the totals,
 * writes one audit row, and drops the stored file. With any row rejected nothing is written, unless
 * the caller asked for only the valid rows. Committing the same file again writes no facts.
 */
export const commitImport: UseCase<CommitImportInput, ImportOutcome> = async (input, ctx) => {
  assertCan(ctx.actor, 'registry.write');
  await lockImport(ctx.tx, input.importId);
  const row = await findImportInScope(ctx.tx, ctx.actor, input.importId);
  const status = row.status as ImportStatus;
  const execution = input.execution ?? 'auto';
  const onlyValidRows = input.onlyValidRows ?? false;
  if (status === 'committed') throw importErrors('ALREADY_COMMITTED', { committedAt: row.committedAt?.toISOString() ?? '' });
  if (status === 'validating') throw importErrors('IMPORT_BUSY', { activityZh: '校验', activityEn: 'validated' });
  if (status === 'committing' && execution === 'auto') throw importErrors('IMPORT_BUSY', { activityZh: '导入', activityEn: 'committed' });
  if (status === 'uploaded' || status === 'failed') throw importErrors('NOT_COMMITTABLE', { statusZh: importStatusNames[status].zh, statusEn: importStatusNames[status].en });
  const knownRejected = row.totals?.rejected ?? 0;
  if (knownRejected > 0 && !onlyValidRows) throw importErrors('HAS_REJECTED_ROWS', { rejected: knownRejected });

  const limits = readImportLimits();
  const rowCount = row.totals?.rows ?? row.progressTotal;
  if (execution === 'auto' && rowCount > limits.jobThresholdRows) {
    await ctx.tx.update(imports).set({ status: 'committing', progressDone: 0, progressTotal: rowCount, failure: null }).where(eq(imports.id, row.id));
    await ctx.enqueue(importJobNames.commit, { importId: row.id, actor: ctx.actor, onlyValidRows });
    return { import: await toImportDetail(ctx.tx, await findImportInScope(ctx.tx, ctx.actor, row.id)), rows: [] };
  }

  if (!(await hasImportFile(ctx.tx, row.id))) throw importErrors('IMPORT_NOT_FOUND', { id: row.id });
  const prepared = await prepareImportOnce({ kind: row.kind as ImportKind, fileSha256: row.fileSha256, fileName: row.fileName }, limits, async () => (await readImportFile(ctx.tx, row.id))!);
  const checked = await checkImportRows(prepared, ctx, {
    isDryRun: false,
    source: factSourceOf(row),
    isRefusingRejected: !onlyValidRows,
    onProgress: input.onProgress,
  });
  const isOnlyValidRowsCommitted = onlyValidRows && checked.totals.rejected > 0;
  await ctx.tx
    .update(imports)
    .set({
      status: 'committed',
      totals: checked.totals,
      rejectedRows: rejectedRowsToStore(checked.rows, limits.maxStoredRejectedRows),
      isOnlyValidRowsCommitted,
      progressDone: checked.totals.rows,
      progressTotal: checked.totals.rows,
      failure: null,
      committedAt: ctx.now,
      fileContent: null,
    })
    .where(eq(imports.id, row.id));
  forgetPreparedImport(row.fileSha256);
  await ctx.audit({
    action: 'import.committed',
    entityType: 'import',
    entityId: row.id,
    after: {
      kind: row.kind,
      fileName: row.fileName,
      fileSha256: row.fileSha256,
      sourceOrganisationId: row.sourceOrganisationId,
      totals: checked.totals,
      onlyValidRows,
      isOnlyValidRowsCommitted,
      factSourceId: checked.sourceId,
    },
  });
  return { import: await toImportDetail(ctx.tx, await findImportInScope(ctx.tx, ctx.actor, row.id)), rows: checked.rows };
};
