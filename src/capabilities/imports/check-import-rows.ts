import type { UseCaseContext } from '../../platform/use-case.ts';
import { applyEnterpriseFacts, type FactSourceInput, type RecordProblem } from '../enterprises/apply-enterprise-facts.ts';
import { normaliseUscc } from '../enterprises/uscc.ts';
import type { ImportRowResult } from './imports.contracts.ts';
import { importErrors } from './imports.errors.ts';
import type { ImportTotals } from './imports.tables.ts';
import type { PreparedImport } from './prepare-import.ts';

export interface CheckImportOptions {
  isDryRun: boolean;
  source: FactSourceInput;
  /** A commit without "only valid rows": refuse before writing anything when a row is rejected. */
  isRefusingRejected: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface CheckImportResult {
  rows: ImportRowResult[];
  totals: ImportTotals;
  sourceId: string | null;
}

const batchSize = 1000;

/**
 * Runs prepared rows through the registry's one write path, `applyEnterpriseFacts` (a dry run for a
 * preview), in batches, and gives each spreadsheet row its status and problems. Duplicates are found
 * across the whole file, not only within a batch.
 */
export async function checkImportRows(prepared: PreparedImport, ctx: UseCaseContext, options: CheckImportOptions): Promise<CheckImportResult> {
  const results: ImportRowResult[] = prepared.rows.map((row) => ({ row: row.row, status: row.errors.length > 0 ? 'rejected' : 'unchanged', errors: [...row.errors] }));
  markDuplicates(prepared, results);
  const refuseIfRejected = () => {
    const rejected = results.filter((result) => result.status === 'rejected').length;
    if (options.isRefusingRejected && rejected > 0) throw importErrors('HAS_REJECTED_ROWS', { rejected });
  };
  refuseIfRejected();

  const valid = prepared.rows.flatMap((_row, index) => (results[index]!.status === 'rejected' ? [] : [index]));
  const total = prepared.rows.length;
  let done = total - valid.length;
  let sourceId: string | null = null;
  for (let start = 0; start < valid.length; start += batchSize) {
    for (const batch of separateRepeatedEnterprises(prepared, valid.slice(start, start + batchSize))) {
      const applied = await applyEnterpriseFacts(
        {
          subject: prepared.template.subject,
          records: batch.map((index) => prepared.rows[index]!.record!),
          source: sourceId ? { id: sourceId } : options.source,
          isDryRun: options.isDryRun,
        },
        ctx,
      );
      sourceId = applied.sourceId ?? sourceId;
      applied.outcomes.forEach((outcome, position) => {
        const result = results[batch[position]!]!;
        result.status = outcome.status;
        if (outcome.problem) result.errors.push(toRowError(prepared, outcome.problem));
      });
    }
    done += Math.min(batchSize, valid.length - start);
    options.onProgress?.(done, total);
  }
  refuseIfRejected();
  return { rows: results, totals: countTotals(results), sourceId };
}

export function countTotals(results: ImportRowResult[]): ImportTotals {
  const totals: ImportTotals = { rows: results.length, new: 0, changed: 0, unchanged: 0, rejected: 0 };
  for (const result of results) totals[result.status] += 1;
  return totals;
}

/** The identity of a record within its subject, as `applyEnterpriseFacts` keys it. */
function recordKey(prepared: PreparedImport, record: Record<string, unknown> & { uscc: string }): string {
  const uscc = normaliseUscc(record.uscc);
  switch (prepared.template.subject) {
    case 'enterprise':
      return uscc;
    case 'yearly':
    case 'ip':
      return `${uscc}|${String(record.year)}`;
    case 'qualification':
      return `${uscc}|${String(record.kind)}|${String(record.certificateNumber)}`;
  }
}

function markDuplicates(prepared: PreparedImport, results: ImportRowResult[]): void {
  const firstRowByKey = new Map<string, number>();
  const usccHeader = prepared.columns.find((item) => item.column.field === 'uscc')?.header ?? '统一社会信用代码';
  prepared.rows.forEach((row, index) => {
    if (!row.record) return;
    const key = recordKey(prepared, row.record);
    const first = firstRowByKey.get(key);
    if (first === undefined) return void firstRowByKey.set(key, row.row);
    results[index]!.status = 'rejected';
    results[index]!.errors.push({
      column: usccHeader,
      code: 'DUPLICATE_IN_FILE',
      message: { zh: `与第 ${first} 行重复（同一企业${prepared.template.subject === 'enterprise' ? '' : '、同一期间或证书'}只能出现一次）`, en: `Duplicates row ${first} (one row per enterprise${prepared.template.subject === 'enterprise' ? '' : ' and period or certificate'})` },
    });
  });
}

/**
 * A qualification list may name an enterprise the registry does not know yet, on several rows (a
 * 高企 and a 科小 of the same new enterprise). `applyEnterpriseFacts` creates the enterprise once
 * per batch it sees it in, so each repeat goes into a later batch, where the enterprise then exists.
 */
function separateRepeatedEnterprises(prepared: PreparedImport, indexes: number[]): number[][] {
  if (prepared.template.subject !== 'qualification') return [indexes];
  const rounds: number[][] = [];
  const seen = new Map<string, number>();
  for (const index of indexes) {
    const uscc = normaliseUscc(prepared.rows[index]!.record!.uscc);
    const round = seen.get(uscc) ?? 0;
    seen.set(uscc, round + 1);
    (rounds[round] ??= []).push(index);
  }
  return rounds;
}

function toRowError(prepared: PreparedImport, problem: RecordProblem): ImportRowResult['errors'][number] {
  const column =
    prepared.columns.find((item) => item.column.field === problem.column)?.header ??
    prepared.template.columns.find((column) => column.field === problem.column)?.header ??
    problem.column;
  return { column, code: problem.code, message: problem.message };
}
