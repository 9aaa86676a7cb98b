import { assertCan } from '../../platform/auth/actor.ts';
import { KjtError } from '../../platform/errors.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { checkImportRows } from './check-import-rows.ts';
import type { ImportKind } from './imports.contracts.ts';
import { importErrors } from './imports.errors.ts';
import { readImportLimits } from './import-limits.ts';
import { findImportInScope, hasImportFile, lockImport, readImportFile, toImportDetail } from './import-row.ts';
import { factSourceOf, saveFailure, saveValidation, type ImportOutcome, type ProgressCallback } from './import-steps.ts';
import { prepareImportOnce } from './prepared-import-cache.ts';

export interface ValidateImportInput {
  importId: string;
  /** Called after each batch of rows; the job writes it to the import through a second connection. */
  onProgress?: ProgressCallback;
}

/**
 * 校验导入: reads the stored file again (or takes the rows the upload just read from it, see
 * prepared-import-cache.ts) and dry-runs every row against the registry as it is now: totals (new /
 * changed / unchanged / rejected) and each rejected row with its reasons. Writes only the import's
 * own record.
 */
export const validateImport: UseCase<ValidateImportInput, ImportOutcome> = async (input, ctx) => {
  assertCan(ctx.actor, 'registry.write');
  await lockImport(ctx.tx, input.importId);
  const row = await findImportInScope(ctx.tx, ctx.actor, input.importId);
  if (row.status === 'committed') throw importErrors('ALREADY_COMMITTED', { committedAt: row.committedAt?.toISOString() ?? '' });
  if (row.status === 'committing') throw importErrors('IMPORT_BUSY', { activityZh: '导入', activityEn: 'committed' });
  if (!(await hasImportFile(ctx.tx, row.id))) throw importErrors('IMPORT_NOT_FOUND', { id: row.id });
  const limits = readImportLimits();
  let prepared;
  try {
    prepared = await prepareImportOnce({ kind: row.kind as ImportKind, fileSha256: row.fileSha256, fileName: row.fileName }, limits, async () => (await readImportFile(ctx.tx, row.id))!);
  } catch (error) {
    if (!(error instanceof KjtError)) throw error;
    await saveFailure(ctx.tx, row.id, error);
    return { import: await toImportDetail(ctx.tx, await findImportInScope(ctx.tx, ctx.actor, row.id)), rows: [] };
  }
  const checked = await checkImportRows(prepared, ctx, { isDryRun: true, source: factSourceOf(row), isRefusingRejected: false, onProgress: input.onProgress });
  await saveValidation(ctx.tx, row.id, checked, limits);
  return { import: await toImportDetail(ctx.tx, await findImportInScope(ctx.tx, ctx.actor, row.id)), rows: checked.rows };
};
