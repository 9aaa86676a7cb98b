import { createHash } from 'node:crypto';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { checkImportRows, type CheckImportResult } from './check-import-rows.ts';
import type { ImportKind } from './imports.contracts.ts';
import { readImportLimits } from './import-limits.ts';
import { resolveSourceOrganisation, type ProgressCallback } from './import-steps.ts';
import { prepareImport } from './prepare-import.ts';

export interface CheckImportFileInput {
  kind: ImportKind;
  fileName: string;
  content: Buffer;
  sourceOrganisationCode?: string;
  onProgress?: ProgressCallback;
}

/** 试导入 (`kjt import --dry-run`): what importing the file would do, with nothing stored at all. */
export const checkImportFile: UseCase<CheckImportFileInput, CheckImportResult> = async (input, ctx) => {
  assertCan(ctx.actor, 'registry.write');
  const organisationId = await resolveSourceOrganisation(ctx.tx, ctx.actor, input.sourceOrganisationCode);
  const prepared = await prepareImport(input.kind, input.content, input.fileName, readImportLimits());
  const fileSha256 = createHash('sha256').update(input.content).digest('hex');
  return checkImportRows(prepared, ctx, {
    isDryRun: true,
    source: { channel: 'import', organisationId, fileName: input.fileName, fileSha256 },
    isRefusingRejected: false,
    onProgress: input.onProgress,
  });
};
