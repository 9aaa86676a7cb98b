import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { KjtError } from '../../platform/errors.ts';
import type { FactSourceInput } from '../enterprises/apply-enterprise-facts.ts';
import { findOrganisationByCode } from '../organisations/organisation-lookup.ts';
import type { CheckImportResult } from './check-import-rows.ts';
import type { ImportDetail, ImportRowResult } from './imports.contracts.ts';
import { importErrors } from './imports.errors.ts';
import { imports } from './imports.tables.ts';
import type { ImportLimits } from './import-limits.ts';
import { rejectedRowsToStore, type ImportRowWithoutFile } from './import-row.ts';

/** Steps shared by the import use cases. */
export interface ImportOutcome {
  import: ImportDetail;
  /** Every data row with its status (the CLI prints them); empty when the work went to a job. */
  rows: ImportRowResult[];
}

export type ProgressCallback = (done: number, total: number) => void;

/** The provenance every fact of this import carries. */
export function factSourceOf(row: ImportRowWithoutFile): FactSourceInput {
  return { channel: 'import', organisationId: row.sourceOrganisationId, fileName: row.fileName, fileSha256: row.fileSha256, importId: row.id };
}

/** A signed-in user supplies data for their own organisation; the CLI operator names one with --source. */
export async function resolveSourceOrganisation(tx: Transaction, actor: Actor, code: string | undefined): Promise<string | null> {
  const named = code ? await findOrganisationByCode(tx, code) : undefined;
  if (code && !named) throw importErrors('SOURCE_NOT_FOUND', { code });
  if (actor.kind !== 'user') return named?.id ?? null;
  if (named && named.id !== actor.organisationId && actor.role !== 'admin') throw importErrors('SOURCE_NOT_ALLOWED');
  return named?.id ?? actor.organisationId;
}

export async function saveValidation(tx: Transaction, id: string, checked: CheckImportResult, limits: ImportLimits): Promise<void> {
  await tx
    .update(imports)
    .set({
      status: checked.totals.rejected > 0 ? 'rejected' : 'validated',
      totals: checked.totals,
      rejectedRows: rejectedRowsToStore(checked.rows, limits.maxStoredRejectedRows),
      progressDone: checked.totals.rows,
      progressTotal: checked.totals.rows,
      failure: null,
    })
    .where(eq(imports.id, id));
}

/** A file-level problem found when the file is read again (by a job): the import records it and stops. */
export async function saveFailure(tx: Transaction, id: string, error: KjtError): Promise<void> {
  await tx
    .update(imports)
    .set({ status: 'failed', failure: { code: error.code, message: error.messages } })
    .where(eq(imports.id, id));
}
