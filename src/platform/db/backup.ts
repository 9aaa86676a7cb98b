import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Transaction } from './database.ts';
import { migrationStatus } from './migrate.ts';

export const backupFormat = 'kejintong-backup';
const batchSize = 500;

interface BackupHeader {
  format: typeof backupFormat;
  version: 1;
  createdAt: string;
  backend: string;
  migrations: string[];
  tables: string[];
}

export interface BackupSummary {
  file: string;
  tables: Record<string, number>;
}

/** The platform's own tables (schema `public`), in name order; the job queue's schema is not data to keep. */
async function dataTables(tx: Transaction): Promise<string[]> {
  const result = await tx.execute<{ name: string }>(
    sql`SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'kjt_schema_migrations'
        ORDER BY table_name`,
  );
  return result.rows.map((row) => row.name);
}

/**
 * Writes every row of every platform table to a gzip'd JSON-lines file, from one consistent
 * snapshot. Rows are kept as PostgreSQL printed them (row_to_json), never re-serialised in
 * JavaScript, so that values such as numeric scale survive and the audit hashes still verify.
 */
export async function backupDatabase(handle: DatabaseHandle, file: string): Promise<BackupSummary> {
  const migrations = (await migrationStatus(handle)).applied;
  const lines: string[] = [];
  const tables: Record<string, number> = {};
  await handle.transaction(async (tx) => {
    if (handle.kind === 'postgres') await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY`);
    const names = await dataTables(tx);
    const header: BackupHeader = { format: backupFormat, version: 1, createdAt: new Date().toISOString(), backend: handle.kind, migrations, tables: names };
    lines.push(JSON.stringify(header));
    for (const name of names) {
      const rows = await tx.execute<{ line: string }>(sql`SELECT row_to_json(t)::text AS line FROM ${sql.identifier(name)} t`);
      lines.push(JSON.stringify({ table: name, rows: rows.rows.length }));
      for (const row of rows.rows) lines.push(row.line);
      tables[name] = rows.rows.length;
    }
  });
  const temporary = `${file}.partial`;
  await pipeline(Readable.from(lines.map((line) => `${line}\n`)), zlib.createGzip(), fs.createWriteStream(temporary));
  fs.renameSync(temporary, file);
  return { file, tables };
}

export class RestoreRefused extends Error {}

/**
 * Loads a backup into this database, in one transaction: all of it or nothing. The target must be
 * empty unless `isReplacing`; the audit trigger is paused so that the chain is kept exactly as saved.
 */
export async function restoreDatabase(handle: DatabaseHandle, file: string, options: { isReplacing: boolean }): Promise<BackupSummary> {
  const input = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const iterator = input[Symbol.asyncIterator]();
  const first = await iterator.next();
  let header: BackupHeader;
  try {
    header = JSON.parse(first.value ?? '');
  } catch {
    throw new RestoreRefused(`${file} is not a KeJinTong backup`);
  }
  if (header.format !== backupFormat) throw new RestoreRefused(`${file} is not a KeJinTong backup`);
  const applied = new Set((await migrationStatus(handle)).applied);
  const missing = header.migrations.filter((tag) => !applied.has(tag));
  if (missing.length > 0) throw new RestoreRefused(`the backup needs migrations this version does not have: ${missing.join(', ')}`);

  const tables: Record<string, number> = {};
  await handle.transaction(async (tx) => {
    const present = new Set(await dataTables(tx));
    for (const name of header.tables) {
      if (!present.has(name)) throw new RestoreRefused(`table ${name} of the backup does not exist here`);
      const count = await tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)}`);
      if (Number(count.rows[0]?.n ?? 0) > 0 && !options.isReplacing) {
        throw new RestoreRefused(`the target database is not empty (table ${name} has rows); use --replace to overwrite it`);
      }
    }
    for (const name of header.tables) {
      await tx.execute(sql`ALTER TABLE ${sql.identifier(name)} DISABLE TRIGGER USER`);
      await tx.execute(sql`DELETE FROM ${sql.identifier(name)}`);
    }
    let table = '';
    let expected = 0;
    let batch: string[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await tx.execute(sql`INSERT INTO ${sql.identifier(table)} SELECT * FROM json_populate_recordset(NULL::${sql.identifier(table)}, ${`[${batch.join(',')}]`}::json)`);
      tables[table] = (tables[table] ?? 0) + batch.length;
      batch = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const line = next.value;
      if (line.length === 0) continue;
      if (line.startsWith('{"table":')) {
        await flush();
        const marker = JSON.parse(line) as { table: string; rows: number };
        if ((tables[table] ?? 0) !== expected) throw new RestoreRefused(`table ${table}: expected ${expected} rows, read ${tables[table] ?? 0}`);
        table = marker.table;
        expected = marker.rows;
        tables[table] = 0;
        continue;
      }
      batch.push(line);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    if (table && (tables[table] ?? 0) !== expected) throw new RestoreRefused(`table ${table}: expected ${expected} rows, read ${tables[table] ?? 0}`);
    for (const name of header.tables) await tx.execute(sql`ALTER TABLE ${sql.identifier(name)} ENABLE TRIGGER USER`);
  });
  return { file, tables };
}
