import { and, getTableColumns } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { assertCan, type Actor } from '../../platform/auth/actor.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { isAnyOf, writeRowsAsJson } from '../../platform/db/json-row-writes.ts';
import type { BilingualMessage } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { UseCase, UseCaseContext } from '../../platform/use-case.ts';
import type { FactSubject } from './enterprises.contracts.ts';
import { enterpriseErrors } from './enterprises.errors.ts';
import { enterprises, factChanges, factSources, type FieldSources } from './enterprises.tables.ts';
import { diffFacts, type FieldChange } from './fact-diff.ts';
import { periodOf, subjectSpecs, type SubjectSpec } from './fact-subjects.ts';
import { checkUscc } from './uscc.ts';

export interface FactSourceInput {
  channel: 'import' | 'api' | 'manual' | 'demo';
  organisationId: string | null;
  fileName?: string;
  fileSha256?: string;
  importId?: string;
}

export interface RecordProblem {
  column: string;
  code: string;
  message: BilingualMessage;
}

export interface RecordOutcome {
  index: number;
  status: 'new' | 'changed' | 'unchanged' | 'rejected';
  changes: FieldChange[];
  problem?: RecordProblem;
}

export interface ApplyFactsInput {
  subject: FactSubject;
  /** Records already checked against the subject's contract (enterprises.contracts.ts). */
  records: Array<Record<string, unknown> & { uscc: string }>;
  /** A new source to record, or the id of one recorded by an earlier batch of the same intake. */
  source: FactSourceInput | { id: string };
  isDryRun: boolean;
}

export interface ApplyFactsResult {
  outcomes: RecordOutcome[];
  sourceId: string | null;
}

const chunkSize = 1000;

/**
 * 数据入库: applies a batch of facts of one kind, with provenance. Unchanged facts write nothing; a
 * changed fact keeps its old value and source in the history; a dry run reports what would happen.
 */
export const applyEnterpriseFacts: UseCase<ApplyFactsInput, ApplyFactsResult> = async (input, ctx) => {
  assertCan(ctx.actor, 'registry.write');
  const spec = subjectSpecs[input.subject];
  const outcomes: RecordOutcome[] = input.records.map((_record, index) => ({ index, status: 'unchanged', changes: [] }));
  const records: Array<Record<string, unknown> & { uscc: string }> = input.records.map((record) => ({ ...record, uscc: checkUscc(record.uscc).uscc }));

  const known = await loadEnterprises(ctx.tx, [...new Set(records.map((record) => record.uscc))], spec.subject === 'enterprise');
  const seenKeys = new Map<string, number>();
  const accepted: Array<{ index: number; record: Record<string, unknown> & { uscc: string }; enterpriseId: string | undefined }> = [];
  records.forEach((record, index) => {
    const problem = usccProblem(record.uscc, known.get(record.uscc));
    if (problem) return reject(outcomes[index]!, problem);
    const key = `${record.uscc}|${periodOf(spec, record)}`;
    const earlier = seenKeys.get(key);
    if (earlier !== undefined) {
      return reject(outcomes[index]!, {
        column: 'uscc',
        code: 'DUPLICATE_IN_BATCH',
        message: { zh: `与第 ${earlier + 1} 条记录重复`, en: `duplicates record ${earlier + 1}` },
      });
    }
    seenKeys.set(key, index);
    const enterpriseId = known.get(record.uscc)?.id;
    const scopeProblem = outOfScopeProblem(ctx.actor, known.get(record.uscc), record, spec.subject);
    if (scopeProblem) return reject(outcomes[index]!, scopeProblem);
    const canCreate = spec.subject === 'enterprise' || (spec.subject === 'qualification' && typeof record.name === 'string');
    if (!enterpriseId && !canCreate) {
      return reject(outcomes[index]!, {
        column: 'uscc',
        code: 'ENTERPRISE_NOT_FOUND',
        message: { zh: '企业名册中没有该企业，请先导入企业名册', en: 'The enterprise is not in the registry; import it first' },
      });
    }
    if (!enterpriseId && spec.subject === 'enterprise' && typeof record.name !== 'string') {
      return reject(outcomes[index]!, { column: 'name', code: 'NAME_REQUIRED_FOR_NEW', message: enterpriseErrors('NAME_REQUIRED_FOR_NEW').messages });
    }
    accepted.push({ index, record, enterpriseId });
  });

  let sourceId: string | null = 'id' in input.source ? input.source.id : null;
  const ensureSource = async (): Promise<string> => {
    if (sourceId) return sourceId;
    const source = input.source as FactSourceInput;
    sourceId = newId('src');
    await ctx.tx.insert(factSources).values({
      id: sourceId,
      channel: source.channel,
      organisationId: source.organisationId,
      fileName: source.fileName ?? null,
      fileSha256: source.fileSha256 ?? null,
      importId: source.importId ?? null,
      recordedByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    return sourceId;
  };

  // Enterprises this batch creates (a qualification list may name a newcomer twice: 高企 and 科小).
  const createdByBatch = new Map<string, string>();
  for (let start = 0; start < accepted.length; start += chunkSize) {
    await applyChunk(ctx, spec, accepted.slice(start, start + chunkSize), outcomes, input.isDryRun, ensureSource, createdByBatch);
  }
  return { outcomes, sourceId };
};

function reject(outcome: RecordOutcome, problem: RecordProblem): void {
  outcome.status = 'rejected';
  outcome.problem = problem;
}

interface KnownEnterprise {
  id: string;
  usccExceptionReason: string | null;
  row: Record<string, unknown>;
}

async function loadEnterprises(tx: Transaction, usccs: string[], isFullRow: boolean): Promise<Map<string, KnownEnterprise>> {
  const found = new Map<string, KnownEnterprise>();
  for (let start = 0; start < usccs.length; start += chunkSize) {
    const slice = usccs.slice(start, start + chunkSize);
    const rows = isFullRow
      ? await tx.select().from(enterprises).where(isAnyOf(enterprises.uscc, slice))
      : await tx.select({ id: enterprises.id, uscc: enterprises.uscc, usccExceptionReason: enterprises.usccExceptionReason, districtCode: enterprises.districtCode }).from(enterprises).where(isAnyOf(enterprises.uscc, slice));
    for (const row of rows) found.set(row.uscc, { id: row.id, usccExceptionReason: row.usccExceptionReason, row });
  }
  return found;
}

/** A district officer supplies facts for enterprises of its own district only. */
function outOfScopeProblem(actor: Actor, existing: KnownEnterprise | undefined, record: Record<string, unknown>, subject: FactSubject): RecordProblem | undefined {
  if (actor.kind !== 'user' || actor.role !== 'district') return undefined;
  const isInDistrict = existing
    ? existing.row.districtCode === actor.districtCode
    : subject !== 'enterprise' || record.districtCode === actor.districtCode;
  if (isInDistrict) return undefined;
  return {
    column: existing ? 'uscc' : 'districtCode',
    code: 'OUT_OF_SCOPE',
    message: { zh: '该企业不在您所在区县的数据范围内', en: 'This enterprise is outside your district’s data scope' },
  };
}

function usccProblem(uscc: string, existing: KnownEnterprise | undefined): RecordProblem | undefined {
  const check = checkUscc(uscc);
  if (check.status === 'bad_format') return { column: 'uscc', code: 'USCC_BAD_FORMAT', message: enterpriseErrors('USCC_BAD_FORMAT').messages };
  if (check.status === 'checksum_mismatch' && !existing?.usccExceptionReason) {
    return { column: 'uscc', code: 'USCC_CHECKSUM_MISMATCH', message: enterpriseErrors('USCC_CHECKSUM_MISMATCH', { expected: check.expectedCheckCharacter }).messages };
  }
  return undefined;
}

type Accepted = { index: number; record: Record<string, unknown> & { uscc: string }; enterpriseId: string | undefined };

async function applyChunk(
  ctx: UseCaseContext,
  spec: SubjectSpec,
  chunk: Accepted[],
  outcomes: RecordOutcome[],
  isDryRun: boolean,
  ensureSource: () => Promise<string>,
  createdByBatch: Map<string, string>,
): Promise<void> {
  const current = await loadCurrentRows(
    ctx.tx,
    spec,
    chunk.map((item) => ({ ...item, enterpriseId: item.enterpriseId ?? createdByBatch.get(item.record.uscc) })),
  );
  const writes: Array<{ row: Record<string, unknown>; changes: FieldChange[]; enterpriseId: string; period: string; previousSources: FieldSources; isNew: boolean }> = [];
  const newEnterprises: Array<Record<string, unknown>> = [];
  for (const item of chunk) {
    const period = periodOf(spec, item.record);
    const knownId = item.enterpriseId ?? createdByBatch.get(item.record.uscc);
    const existing = knownId ? current.get(`${knownId}|${period}`) : undefined;
    const diff = diffFacts(existing, item.record, spec.valueFields);
    const outcome = outcomes[item.index]!;
    outcome.status = diff.status;
    outcome.changes = diff.changes;
    if (diff.status === 'unchanged' || isDryRun) continue;
    let enterpriseId = item.enterpriseId ?? createdByBatch.get(item.record.uscc);
    if (!enterpriseId && spec.subject !== 'enterprise') {
      enterpriseId = newId('ent');
      createdByBatch.set(item.record.uscc, enterpriseId);
      const districtCode = ctx.actor.kind === 'user' && ctx.actor.role === 'district' ? ctx.actor.districtCode : null;
      newEnterprises.push({ id: enterpriseId, uscc: item.record.uscc, name: item.record.name, districtCode, fieldSources: {} });
    }
    const base = existing ?? newRowBase(spec, item.record, enterpriseId);
    const row: Record<string, unknown> = { ...base, updatedAt: ctx.now };
    for (const change of diff.changes) row[change.field] = change.newValue;
    writes.push({
      row,
      changes: diff.changes,
      enterpriseId: (spec.subject === 'enterprise' ? row.id : row.enterpriseId) as string,
      period,
      previousSources: (existing?.fieldSources as FieldSources | undefined) ?? {},
      isNew: !existing,
    });
  }
  if (writes.length === 0) return;
  const sourceId = await ensureSource();
  if (newEnterprises.length > 0) {
    for (const enterprise of newEnterprises) enterprise.fieldSources = { name: sourceId };
    await writeRowsAsJson(ctx.tx, enterprises, newEnterprises);
  }
  for (const write of writes) {
    const sources: FieldSources = { ...write.previousSources };
    for (const change of write.changes) sources[change.field] = sourceId;
    write.row.fieldSources = sources;
  }
  await upsertRows(ctx.tx, spec, writes.map((write) => write.row));
  const history = writes
    .filter((write) => !write.isNew)
    .flatMap((write) =>
      write.changes.map((change) => ({
        enterpriseId: write.enterpriseId,
        subject: spec.subject,
        period: write.period,
        field: change.field,
        oldValue: change.oldValue,
        newValue: change.newValue,
        oldSourceId: write.previousSources[change.field] ?? null,
        sourceId,
        changedAt: ctx.now,
      })),
    );
  await writeRowsAsJson(ctx.tx, factChanges, history);
}

function newRowBase(spec: SubjectSpec, record: Record<string, unknown>, enterpriseId: string | undefined): Record<string, unknown> {
  if (spec.subject === 'enterprise') return { id: newId('ent'), uscc: record.uscc, fieldSources: {} };
  const base: Record<string, unknown> = { enterpriseId, fieldSources: {} };
  for (const field of spec.keyFields) base[field] = record[field];
  if (spec.subject === 'qualification') base.id = newId('qual');
  return base;
}

/** Current rows keyed `enterpriseId|period` (for the profile: `enterpriseId|`). */
async function loadCurrentRows(tx: Transaction, spec: SubjectSpec, chunk: Accepted[]): Promise<Map<string, Record<string, unknown>>> {
  const ids = [...new Set(chunk.map((item) => item.enterpriseId).filter((id): id is string => Boolean(id)))];
  const rows = new Map<string, Record<string, unknown>>();
  if (ids.length === 0) return rows;
  const columns = getTableColumns(spec.table) as Record<string, PgColumn>;
  const enterpriseColumn = spec.subject === 'enterprise' ? columns.id! : columns.enterpriseId!;
  // Only the years this chunk supplies: an enterprise's other years cannot match.
  const years = spec.keyFields.includes('year') ? [...new Set(chunk.map((item) => Number(item.record.year)))] : undefined;
  const where = years ? and(isAnyOf(enterpriseColumn, ids), isAnyOf(columns.year!, years)) : isAnyOf(enterpriseColumn, ids);
  const found = (await tx.select().from(spec.table).where(where)) as Array<Record<string, unknown>>;
  for (const row of found) {
    const enterpriseId = (spec.subject === 'enterprise' ? row.id : row.enterpriseId) as string;
    rows.set(`${enterpriseId}|${periodOf(spec, row)}`, row);
  }
  return rows;
}

async function upsertRows(tx: Transaction, spec: SubjectSpec, rows: Array<Record<string, unknown>>): Promise<void> {
  const columns = getTableColumns(spec.table) as Record<string, PgColumn>;
  const target =
    spec.subject === 'enterprise' ? [columns.uscc!] : [columns.enterpriseId!, ...spec.keyFields.map((field) => columns[field]!)];
  await writeRowsAsJson(tx, spec.table, rows, { onConflict: { target, update: [...spec.valueFields, 'fieldSources', 'updatedAt'] } });
}
