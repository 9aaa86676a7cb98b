import type { z } from 'zod';
import {
  enterpriseRecord,
  intellectualPropertyRecord,
  qualificationRecord,
  yearlyFactsRecord,
  type FactSubject,
} from '../enterprises/enterprises.contracts.ts';
import type { ImportRowError } from './imports.tables.ts';
import { displayCell, parseCell } from './cell-parsers.ts';
import { importErrors } from './imports.errors.ts';
import type { ImportKind } from './imports.contracts.ts';
import type { ImportLimits } from './import-limits.ts';
import { findColumn, ignoredHeaders, importTemplates, normaliseHeader, type ImportTemplate, type TemplateColumn } from './import-templates.ts';
import { openSpreadsheet, type SheetCell, type SheetRow } from './spreadsheet.ts';

/**
 * From file bytes to checked records: find the sheet and its header row, map the headers to the
 * template's columns, read every cell under its column's type, then check each record against the
 * registry's contract. Pure apart from unpacking; file-level problems throw, row problems are kept.
 */
export interface MappedColumn {
  index: number;
  /** The header as written in the file, used to name the column in row errors. */
  header: string;
  column: TemplateColumn;
}

export interface PreparedRow {
  row: number;
  record: (Record<string, unknown> & { uscc: string }) | undefined;
  errors: ImportRowError[];
}

export interface PreparedImport {
  template: ImportTemplate;
  sheetName: string;
  headerRow: number;
  columns: MappedColumn[];
  rows: PreparedRow[];
}

const headerSearchRows = 10;
const yieldEveryRows = 2_000;

const contracts: Record<FactSubject, z.ZodType> = {
  enterprise: enterpriseRecord,
  yearly: yearlyFactsRecord,
  ip: intellectualPropertyRecord,
  qualification: qualificationRecord,
};

export async function prepareImport(kind: ImportKind, content: Buffer, fileName: string, limits: ImportLimits): Promise<PreparedImport> {
  const template = importTemplates[kind];
  const spreadsheet = await openSpreadsheet(content, fileName, limits);
  let firstRowSeen: SheetRow | undefined;
  for (const sheet of spreadsheet.sheets) {
    const rows = (await sheet.rows())[Symbol.iterator]();
    const leading: SheetRow[] = [];
    while (leading.length < headerSearchRows) {
      const next = rows.next();
      if (next.done) break;
      leading.push(next.value);
    }
    firstRowSeen ??= leading[0];
    const header = chooseHeaderRow(template, leading);
    if (!header) continue;
    const columns = mapHeader(template, header);
    const after = leading.slice(leading.indexOf(header) + 1);
    const prepared = await prepareRows(template, columns, chain(after, rows), limits.maxRows);
    if (prepared.length === 0) throw importErrors('NO_DATA_ROWS');
    return { template, sheetName: sheet.name, headerRow: header.row, columns, rows: prepared };
  }
  if (!firstRowSeen) throw importErrors('NO_DATA_ROWS');
  const found = firstRowSeen.cells.filter((cell): cell is SheetCell => cell !== undefined).map(displayCell).slice(0, 8).join('、');
  const expected = template.columns.filter((column) => column.isRequired).map((column) => column.header).join('、');
  throw importErrors('NO_HEADER_ROW', { expected, found });
}

function* chain<T>(first: T[], rest: Iterator<T>): Generator<T> {
  yield* first;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

function headerText(cell: SheetCell | undefined): string | undefined {
  if (!cell) return undefined;
  const text = displayCell(cell).trim();
  return text === '' ? undefined : text;
}

/** The header is the row, among the first few, that names the most template columns (title rows above it are skipped). */
function chooseHeaderRow(template: ImportTemplate, rows: SheetRow[]): SheetRow | undefined {
  let best: SheetRow | undefined;
  let bestCount = 0;
  for (const row of rows) {
    const named = new Set<TemplateColumn>();
    for (const cell of row.cells) {
      const text = headerText(cell);
      const column = text === undefined ? undefined : findColumn(template, text);
      if (column) named.add(column);
    }
    const count = named.size;
    if (count > bestCount) {
      best = row;
      bestCount = count;
    }
  }
  return best;
}

function mapHeader(template: ImportTemplate, header: SheetRow): MappedColumn[] {
  const mapped: MappedColumn[] = [];
  const unknown: string[] = [];
  const duplicates: string[] = [];
  header.cells.forEach((cell, index) => {
    const text = headerText(cell);
    if (text === undefined || ignoredHeaders.has(normaliseHeader(text))) return;
    const column = findColumn(template, text);
    if (!column) return void unknown.push(text);
    const earlier = mapped.find((item) => item.column === column);
    if (earlier) return void duplicates.push(`${earlier.header} / ${text}`);
    mapped.push({ index, header: text, column });
  });
  if (duplicates.length > 0) throw importErrors('DUPLICATE_COLUMNS', { columns: duplicates.join('、') });
  if (unknown.length > 0) {
    const moneyLike = unknown.filter((text) => /[（(]\s*元\s*[)）]/.test(text.normalize('NFKC')));
    throw importErrors('UNKNOWN_COLUMNS', {
      columns: unknown.map((text) => `“${text}”`).join('、'),
      hintZh: moneyLike.length > 0 ? '金额列须以万元为单位（如“营业收入（万元）”）。' : '',
      hintEn: moneyLike.length > 0 ? 'Money columns must be in 万元 (e.g. "营业收入（万元）"). ' : '',
    });
  }
  const missing = template.columns.filter((column) => column.isRequired && !mapped.some((item) => item.column === column));
  if (missing.length > 0) throw importErrors('MISSING_COLUMNS', { columns: missing.map((column) => `${column.header}（${column.aliases[0]}）`).join('、') });
  return mapped;
}

async function prepareRows(template: ImportTemplate, columns: MappedColumn[], rows: Iterable<SheetRow>, maxRows: number): Promise<PreparedRow[]> {
  const prepared: PreparedRow[] = [];
  const contract = contracts[template.subject];
  for (const sheetRow of rows) {
    // Rows with nothing under the template's columns (only a 序号, say) are not data.
    if (!columns.some((item) => sheetRow.cells[item.index] !== undefined)) continue;
    if (prepared.length >= maxRows) throw importErrors('TOO_MANY_ROWS', { limit: maxRows.toLocaleString('en-US') });
    prepared.push(prepareRow(template, columns, contract, sheetRow));
    // A large file takes seconds to read: let the server answer other requests meanwhile.
    if (prepared.length % yieldEveryRows === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return prepared;
}

function prepareRow(template: ImportTemplate, columns: MappedColumn[], contract: z.ZodType, sheetRow: SheetRow): PreparedRow {
  const record: Record<string, unknown> = { ...template.fixedValues };
  const errors: ImportRowError[] = [];
  for (const { index, header, column } of columns) {
    const cell = sheetRow.cells[index];
    const isBlank = cell === undefined || (cell.type === 'text' && cell.text.trim() === '');
    if (isBlank) {
      if (column.isRequired) errors.push({ column: header, code: 'REQUIRED', message: { zh: '必填项不能为空', en: 'This column is required' } });
      continue;
    }
    const result = parseCell(column, cell);
    if (!result.isOk) errors.push({ column: header, code: result.code, message: result.message });
    else if (column.field) record[column.field] = result.value;
  }
  if (errors.length > 0) return { row: sheetRow.row, record: undefined, errors };
  const checked = contract.safeParse(record);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? '');
      const mapped = columns.find((item) => item.column.field === field);
      errors.push({
        column: mapped?.header ?? template.columns.find((column) => column.field === field)?.header ?? field,
        code: 'INVALID_VALUE',
        message: { zh: '取值不符合要求', en: `The value is not valid (${issue.message})` },
      });
    }
    return { row: sheetRow.row, record: undefined, errors };
  }
  return { row: sheetRow.row, record: checked.data as Record<string, unknown> & { uscc: string }, errors };
}
