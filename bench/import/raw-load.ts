import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import copyStreams from 'pg-copy-streams';
import { enterpriseValueFields, yearlyValueFields } from '../../src/capabilities/enterprises/fact-subjects.ts';
import type { DatabaseHandle } from '../../src/platform/db/database.ts';
import { newId } from '../../src/platform/ids.ts';

/**
 * The floor the app is measured against: the same rows written straight into the same tables,
 * with the provenance the app writes (one fact_sources row per file, field_sources on every row),
 * but no parsing, checking or diffing. COPY on PostgreSQL, multi-row INSERT on PGlite.
 */
export interface RawFile {
  subject: 'enterprise' | 'yearly';
  fileName: string;
  fileSha256: string;
  records: Array<Record<string, unknown> & { uscc: string }>;
}

const enterpriseColumns = ['id', 'uscc', ...enterpriseValueFields, 'field_sources', 'created_at', 'updated_at'];
const yearlyColumns = ['enterprise_id', 'year', ...yearlyValueFields, 'field_sources', 'updated_at'];
const toColumnName = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

interface RawTable {
  name: string;
  columns: string[];
  rows: unknown[][];
}

/** Rows of both tables, as values in column order; enterprise ids are made here, as the app makes them. */
function buildRows(files: RawFile[], now: Date): { sources: unknown[][]; tables: RawTable[] } {
  const enterpriseIds = new Map<string, string>();
  const sources: unknown[][] = [];
  const enterprises: RawTable = { name: 'enterprises', columns: enterpriseColumns.map(toColumnName), rows: [] };
  const yearly: RawTable = { name: 'enterprise_yearly_facts', columns: yearlyColumns.map(toColumnName), rows: [] };
  for (const file of files) {
    const sourceId = newId('src');
    sources.push([sourceId, 'import', file.fileName, file.fileSha256]);
    const fields = file.subject === 'enterprise' ? enterpriseValueFields : yearlyValueFields;
    for (const record of file.records) {
      const fieldSources: Record<string, string> = {};
      const values = fields.map((field) => {
        const value = record[field];
        if (value === undefined) return null;
        fieldSources[field] = sourceId;
        return value;
      });
      if (file.subject === 'enterprise') {
        const id = newId('ent');
        enterpriseIds.set(record.uscc, id);
        enterprises.rows.push([id, record.uscc, ...values, JSON.stringify(fieldSources), now, now]);
      } else {
        const enterpriseId = enterpriseIds.get(record.uscc);
        if (!enterpriseId) throw new Error(`raw load: yearly row for unknown enterprise ${record.uscc}`);
        yearly.rows.push([enterpriseId, record.year, ...values, JSON.stringify(fieldSources), now]);
      }
    }
  }
  return { sources, tables: [enterprises, yearly] };
}

export async function loadRaw(db: DatabaseHandle, files: RawFile[]): Promise<void> {
  const { sources, tables } = buildRows(files, new Date());
  if (db.pool) return copyIntoPostgres(db, sources, tables);
  if (db.pglite) return insertIntoPglite(db, sources, tables);
  throw new Error('raw load: no database handle');
}

const insertSourceSql = `INSERT INTO fact_sources (id, channel, file_name, file_sha256) VALUES ($1, $2, $3, $4)`;

/** COPY text format: backslash, tab and line breaks escaped, \N for null. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (character) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[character]!) : text;
}

function* copyLines(rows: unknown[][], linesPerChunk = 2_000): Generator<string> {
  for (let start = 0; start < rows.length; start += linesPerChunk) {
    let chunk = '';
    for (const row of rows.slice(start, start + linesPerChunk)) chunk += `${row.map(copyText).join('\t')}\n`;
    yield chunk;
  }
}

async function copyIntoPostgres(db: DatabaseHandle, sources: unknown[][], tables: RawTable[]): Promise<void> {
  const client = await db.pool!.connect();
  try {
    await client.query('BEGIN');
    for (const source of sources) await client.query(insertSourceSql, source);
    for (const table of tables) {
      const copy = client.query(copyStreams.from(`COPY ${table.name} (${table.columns.join(', ')}) FROM STDIN`));
      await pipeline(Readable.from(copyLines(table.rows)), copy);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** Rows per INSERT: well below PostgreSQL's 65,535 parameters for the widest table. */
const insertBatchRows = 1_000;

async function insertIntoPglite(db: DatabaseHandle, sources: unknown[][], tables: RawTable[]): Promise<void> {
  await db.pglite!.transaction(async (tx) => {
    for (const source of sources) await tx.query(insertSourceSql, source);
    for (const table of tables) {
      const jsonColumn = table.columns.indexOf('field_sources');
      for (let start = 0; start < table.rows.length; start += insertBatchRows) {
        const batch = table.rows.slice(start, start + insertBatchRows);
        const tuples = batch.map((_row, rowIndex) => {
          const placeholders = table.columns.map((_column, columnIndex) => `$${rowIndex * table.columns.length + columnIndex + 1}${columnIndex === jsonColumn ? '::jsonb' : ''}`);
          return `(${placeholders.join(', ')})`;
        });
        await tx.query(`INSERT INTO ${table.name} (${table.columns.join(', ')}) VALUES ${tuples.join(', ')}`, batch.flat());
      }
    }
  });
}
