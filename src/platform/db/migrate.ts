import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from './database.ts';

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

interface JournalEntry {
  idx: number;
  tag: string;
}

export interface MigrationStatus {
  applied: string[];
  latest: string | undefined;
}

/**
 * Applies drizzle-kit's SQL migrations in journal order, each in its own transaction, under an
 * advisory lock so that two servers starting together on one PostgreSQL do not race.
 */
export async function migrate(handle: DatabaseHandle): Promise<MigrationStatus> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  await handle.exec(`CREATE TABLE IF NOT EXISTS kjt_schema_migrations (
    tag text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  for (const entry of [...journal.entries].sort((a, b) => a.idx - b.idx)) {
    const statements = fs
      .readFileSync(path.join(migrationsFolder, `${entry.tag}.sql`), 'utf8')
      .split('--> statement-breakpoint')
      .map((statement) => statement.trim())
      .filter((statement) => statement.length > 0);
    await handle.transaction(async (tx) => {
      await tx.execute(`SELECT pg_advisory_xact_lock(7355601)`);
      const done = await tx.execute(`SELECT 1 FROM kjt_schema_migrations WHERE tag = '${entry.tag.replace(/'/g, "''")}'`);
      if (done.rows.length > 0) return;
      for (const statement of statements) await tx.execute(statement);
      await tx.execute(`INSERT INTO kjt_schema_migrations (tag) VALUES ('${entry.tag.replace(/'/g, "''")}')`);
    });
  }
  return migrationStatus(handle);
}

export async function migrationStatus(handle: DatabaseHandle): Promise<MigrationStatus> {
  const result = await handle.query<{ tag: string }>('SELECT tag FROM kjt_schema_migrations ORDER BY tag');
  const applied = result.rows.map((row) => row.tag);
  return { applied, latest: applied.at(-1) };
}
