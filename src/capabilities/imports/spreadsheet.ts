import path from 'node:path';
import { readCsv } from './csv-reader.ts';
import { importErrors } from './imports.errors.ts';
import { toMegabytes, type ImportLimits } from './import-limits.ts';
import { readXlsx } from './xlsx-reader.ts';

/** One cell as the file holds it, before any column's meaning is applied. */
export type SheetCell =
  | { type: 'text'; text: string }
  /** The number as written in the file (`1234.56`, `1.2E+3`), never converted to a float here. */
  | { type: 'number'; text: string }
  /** A number cell with a date format (.xlsx only). */
  | { type: 'date'; isoDate: string; numberText: string }
  | { type: 'boolean'; value: boolean }
  /** Formulas are never evaluated, nor their cached results trusted. */
  | { type: 'formula' }
  | { type: 'error'; text: string };

export interface SheetRow {
  /** The row number the officer sees in Excel (1-based). */
  row: number;
  cells: Array<SheetCell | undefined>;
}

export interface Sheet {
  name: string;
  /** Rows with at least one non-empty cell, in order. Lazily read so that row limits stop early. */
  rows(): Promise<Iterable<SheetRow>>;
}

export interface Spreadsheet {
  format: 'xlsx' | 'csv';
  sheets: Sheet[];
}

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const emptyZipMagic = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const compoundFileMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Decides the format by the file's content first, its name second, and opens it within the limits. */
export async function openSpreadsheet(content: Buffer, fileName: string, limits: ImportLimits): Promise<Spreadsheet> {
  if (content.length === 0) throw importErrors('FILE_EMPTY', { fileName });
  if (content.length > limits.maxFileBytes) {
    throw importErrors('FILE_TOO_LARGE', { sizeMb: toMegabytes(content.length, true), limitMb: toMegabytes(limits.maxFileBytes) });
  }
  const extension = path.extname(fileName).toLowerCase();
  if (startsWith(content, zipMagic) || startsWith(content, emptyZipMagic)) return { format: 'xlsx', sheets: await readXlsx(content, limits) };
  if (startsWith(content, compoundFileMagic)) throw importErrors('LEGACY_EXCEL');
  if (extension === '.xlsx' || extension === '.xlsm') {
    throw importErrors('CORRUPT_FILE', { reasonZh: '不是有效的 .xlsx 文件', reasonEn: 'it is not a valid .xlsx file' });
  }
  if (extension === '.xls' || extension === '.et') throw importErrors('LEGACY_EXCEL');
  if (extension === '.csv' || extension === '.txt') return { format: 'csv', sheets: [readCsv(content, fileName)] };
  throw importErrors('WRONG_FILE_TYPE', { fileName });
}

function startsWith(content: Buffer, magic: Buffer): boolean {
  return content.length >= magic.length && content.subarray(0, magic.length).equals(magic);
}
