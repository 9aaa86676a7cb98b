import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { newId } from '../../platform/ids.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { checkImportRows } from './check-import-rows.ts';
import { importJobNames, type ImportKind } from './imports.contracts.ts';
import { imports } from './imports.tables.ts';
import { readImportLimits } from './import-limits.ts';
import { findImportInScope, packImportFile, toImportDetail } from './import-row.ts';
import { factSourceOf, resolveSourceOrganisation, saveValidation, type ImportOutcome } from './import-steps.ts';
import { prepareImportOnce } from './prepared-import-cache.ts';

export interface UploadImportInput {
  kind: ImportKind;
  fileName: string;
  content: Buffer;
  /** CLI `--source <org code>`; a signed-in user always supplies data for their own organisation. */
  sourceOrganisationCode?: string;
  /**
   * `auto` (the web): a small file is validated at once, a large one by a background job.
   * `deferred` (the CLI): stored only; the caller validates it next, showing its own progress.
   */
  validation?: 'auto' | 'deferred';
}

/**
 * 上传导入文件: keeps the file (with its SHA-256) for validation and commit. A file that cannot be
 * read — broken, hostile, wrong columns — is refused here with its reason, and nothing is stored.
 */
export const uploadImport: UseCase<UploadImportInput, ImportOutcome> = async (input, ctx) => {
  assertCan(ctx.actor, 'registry.write');
  const limits = readImportLimits();
  const sourceOrganisationId = await resolveSourceOrganisation(ctx.tx, ctx.actor, input.sourceOrganisationCode);
  const fileSha256 = createHash('sha256').update(input.content).digest('hex');
  const prepared = await prepareImportOnce({ kind: input.kind, fileSha256, fileName: input.fileName }, limits, async () => input.content);
  const id = newId('imp');
  await ctx.tx.insert(imports).values({
    id,
    kind: input.kind,
    sourceOrganisationId,
    fileName: input.fileName,
    fileSha256,
    fileSize: input.content.length,
    fileContent: packImportFile(input.content),
    status: 'uploaded',
    progressTotal: prepared.rows.length,
    createdByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
  });
  const row = await findImportInScope(ctx.tx, ctx.actor, id);
  if (input.validation === 'deferred') return { import: await toImportDetail(ctx.tx, row), rows: [] };

  if (prepared.rows.length > limits.jobThresholdRows) {
    await ctx.tx.update(imports).set({ status: 'validating' }).where(eq(imports.id, id));
    await ctx.enqueue(importJobNames.validate, { importId: id, actor: ctx.actor });
    return { import: await toImportDetail(ctx.tx, { ...row, status: 'validating' }), rows: [] };
  }
  const checked = await checkImportRows(prepared, ctx, { isDryRun: true, source: factSourceOf(row), isRefusingRejected: false });
  await saveValidation(ctx.tx, id, checked, limits);
  return { import: await toImportDetail(ctx.tx, await findImportInScope(ctx.tx, ctx.actor, id)), rows: checked.rows };
};
