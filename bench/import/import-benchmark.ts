import { createHash } from 'node:crypto';
import { commitImport } from '../../src/capabilities/imports/commit-import.ts';
import type { ImportKind } from '../../src/capabilities/imports/imports.contracts.ts';
import { readImportLimits } from '../../src/capabilities/imports/import-limits.ts';
import { renderTemplateCsv } from '../../src/capabilities/imports/render-template-csv.ts';
import { uploadImport } from '../../src/capabilities/imports/upload-import.ts';
import { validateImport } from '../../src/capabilities/imports/validate-import.ts';
import type { KeJinTong } from '../../src/app/kejintong.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import type { DatabaseHandle } from '../../src/platform/db/database.ts';
import { newId } from '../../src/platform/ids.ts';
import { withBenchDatabase } from '../support/bench-database.ts';
import { startStopwatch, timed, type BenchEntry, type Measurement } from '../support/measurement.ts';
import { benchYears, generateImportRecords } from './generate-import-records.ts';
import { loadRaw, type RawFile } from './raw-load.ts';

const fullEnterprises = 100_000;
/** Rows per file: a city department sends a roster and one yearly list per year, each well inside the upload limits. */
const maxRowsPerFile = 100_000;

interface ImportFile extends RawFile {
  kind: ImportKind;
  content: Buffer;
}

/**
 * 导入基准: 100,000 enterprises and 300,000 yearly rows (at scale 1) through the app's import path
 * (upload → validate → commit, the use cases the CLI and the API call), against the same rows
 * loaded raw into a fresh database of the same schema.
 */
export const importBenchmark: BenchEntry = async (backend, scale) => {
  const enterpriseCount = Math.max(1, Math.round(fullEnterprises * scale));
  const records = generateImportRecords(enterpriseCount);
  const files = buildFiles(records);
  const rows = records.enterprises.length + records.yearlyFacts.length;

  const appPhases: Record<string, number> = {};
  let appFingerprint = '';
  let appCpuSeconds = 0;
  let rawCpuSeconds = 0;
  const appSeconds = await withBenchDatabase(backend, async ({ kjt }) => {
    const watch = startStopwatch();
    await importThroughApp(kjt, files, appPhases);
    const seconds = watch.seconds();
    appCpuSeconds = watch.cpuSeconds();
    await checkCounts(kjt.db, records.enterprises.length, records.yearlyFacts.length, 'app');
    appFingerprint = await fingerprint(kjt.db);
    return seconds;
  });
  const rawSeconds = await withBenchDatabase(backend, async ({ kjt }) => {
    const watch = startStopwatch();
    await loadRaw(kjt.db, files);
    const seconds = watch.seconds();
    rawCpuSeconds = watch.cpuSeconds();
    await checkCounts(kjt.db, records.enterprises.length, records.yearlyFacts.length, 'raw');
    const rawFingerprint = await fingerprint(kjt.db);
    if (rawFingerprint !== appFingerprint) throw new Error(`the app and the raw load wrote different rows on ${backend}`);
    return seconds;
  });

  const measurement: Measurement = {
    entry: 'import',
    backend,
    label: `${records.enterprises.length.toLocaleString('en-US')} enterprises + ${records.yearlyFacts.length.toLocaleString('en-US')} yearly rows in ${files.length} CSV files`,
    rows,
    appSeconds,
    rawSeconds,
    targetRatio: 0.5,
    appPhases,
    appCpuSeconds,
    rawCpuSeconds,
  };
  return [measurement];
};

function buildFiles(records: ReturnType<typeof generateImportRecords>): ImportFile[] {
  const limits = readImportLimits();
  const groups: Array<{ kind: ImportKind; subject: RawFile['subject']; name: string; records: RawFile['records'] }> = [
    { kind: 'enterprises', subject: 'enterprise', name: '基准-企业名册', records: records.enterprises },
    ...benchYears.map((year) => ({ kind: 'yearly_facts' as const, subject: 'yearly' as const, name: `基准-${year}年度数据`, records: records.yearlyFacts.filter((row) => row.year === year) })),
  ];
  const files: ImportFile[] = [];
  for (const group of groups) {
    for (let start = 0, part = 1; start < group.records.length; start += maxRowsPerFile, part += 1) {
      const slice = group.records.slice(start, start + maxRowsPerFile);
      const content = renderTemplateCsv(group.kind, slice);
      if (content.length > limits.maxFileBytes) throw new Error(`bench file ${group.name} is ${content.length} bytes, above the upload limit`);
      const suffix = group.records.length > maxRowsPerFile ? `-${part}` : '';
      files.push({ kind: group.kind, subject: group.subject, fileName: `${group.name}${suffix}.csv`, fileSha256: sha256(content), content, records: slice });
    }
  }
  return files;
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** As `kjt import <kind> <file>` does it: upload (stored only), validate, commit inline. */
async function importThroughApp(kjt: KeJinTong, files: ImportFile[], phases: Record<string, number>): Promise<void> {
  const call = () => ({ actor: systemActor('cli'), requestId: newId('bench') });
  for (const file of files) {
    const uploaded = await timed(phases, 'upload', () => kjt.run(uploadImport, { kind: file.kind, fileName: file.fileName, content: file.content, validation: 'deferred' }, call()));
    const importId = uploaded.import.id;
    const validated = await timed(phases, 'validate', () => kjt.run(validateImport, { importId }, call()));
    if (validated.import.totals?.rejected !== 0) {
      throw new Error(`bench file ${file.fileName}: ${validated.import.totals?.rejected} rows rejected, first: ${JSON.stringify(validated.rows.find((row) => row.status === 'rejected'))}`);
    }
    const committed = await timed(phases, 'commit', () => kjt.run(commitImport, { importId, execution: 'inline' }, call()));
    if (committed.import.totals?.new !== file.records.length) throw new Error(`bench file ${file.fileName}: ${JSON.stringify(committed.import.totals)}`);
  }
}

async function checkCounts(db: DatabaseHandle, enterprises: number, yearly: number, side: string): Promise<void> {
  const { rows } = await db.query<{ enterprises: number; yearly: number }>(
    'SELECT (SELECT count(*)::int FROM enterprises) AS enterprises, (SELECT count(*)::int FROM enterprise_yearly_facts) AS yearly',
  );
  const found = rows[0]!;
  if (found.enterprises !== enterprises || found.yearly !== yearly) {
    throw new Error(`${side}: expected ${enterprises} enterprises and ${yearly} yearly rows, found ${found.enterprises} and ${found.yearly}`);
  }
}

/** What both sides must agree on: every value, and which fields carry a source (the ids differ). */
async function fingerprint(db: DatabaseHandle): Promise<string> {
  const { rows } = await db.query<{ enterprises: string; yearly: string }>(`
    SELECT
      (SELECT md5(string_agg(concat_ws('|', uscc, name, district_code, industry_code, founded_on, size_class, status, tax_collection_method,
         legal_representative, contact_name, contact_phone, contact_email, (SELECT string_agg(key, ',' ORDER BY key) FROM jsonb_object_keys(field_sources) AS key)),
         E'\\n' ORDER BY uscc)) FROM enterprises) AS enterprises,
      (SELECT md5(string_agg(concat_ws('|', e.uscc, y.year, y.employees, y.tech_staff, y.rnd_staff, y.revenue_fen, y.main_business_revenue_fen,
         y.costs_and_expenses_fen, y.rnd_expense_fen, y.rnd_expense_domestic_fen, y.high_tech_revenue_fen, y.total_assets_fen, y.total_liabilities_fen,
         y.net_profit_fen, y.tax_paid_fen, y.qualified_equity_raised_fen, (SELECT string_agg(key, ',' ORDER BY key) FROM jsonb_object_keys(y.field_sources) AS key)),
         E'\\n' ORDER BY e.uscc, y.year)) FROM enterprise_yearly_facts y JOIN enterprises e ON e.id = y.enterprise_id) AS yearly`);
  return `${rows[0]!.enterprises}/${rows[0]!.yearly}`;
}
