import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openKeJinTong, type KeJinTong } from '../../src/app/kejintong.ts';
import { readConfig } from '../../src/platform/config.ts';

export type BenchBackend = 'pglite' | 'postgres';
export const benchBackends: readonly BenchBackend[] = ['pglite', 'postgres'];

/** The server on which the PostgreSQL runs create (and drop) their throw-away databases. */
export function benchPostgresUrl(): string {
  return process.env.KJT_BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

export interface BenchDatabase {
  /** The platform opened on the fresh database, migrated by the project's migrator, without jobs. */
  kjt: KeJinTong;
  /** Closes the platform and removes the database (the PGlite directory or the PostgreSQL database). */
  drop(): Promise<void>;
}

/** A fresh, empty, migrated database: PGlite in a temporary directory, or a new database on the PostgreSQL server. */
export async function openBenchDatabase(backend: BenchBackend): Promise<BenchDatabase> {
  const base = readConfig({ KJT_MODE: 'demo' });
  if (backend === 'pglite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kjt-bench-'));
    try {
      const kjt = await openKeJinTong({ ...base, databaseUrl: undefined, dataDir });
      return {
        kjt,
        drop: async () => {
          await kjt.close();
          fs.rmSync(dataDir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
  }
  const serverUrl = benchPostgresUrl();
  const name = `kjt_bench_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await createDatabase(serverUrl, name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dropDatabase = () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  try {
    const kjt = await openKeJinTong({ ...base, databaseUrl: url.toString() });
    return {
      kjt,
      drop: async () => {
        await kjt.close();
        await dropDatabase();
      },
    };
  } catch (error) {
    await dropDatabase();
    throw error;
  }
}

/**
 * CREATE DATABASE copies template1 and fails while another session is connected to it, which
 * happens when other test runs create their databases at the same moment: try again shortly.
 */
async function createDatabase(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await onServer(serverUrl, `CREATE DATABASE ${name}`);
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Opens a fresh database, hands it to `work`, and drops it afterwards whatever happens. */
export async function withBenchDatabase<T>(backend: BenchBackend, work: (database: BenchDatabase) => Promise<T>): Promise<T> {
  const database = await openBenchDatabase(backend);
  try {
    return await work(database);
  } finally {
    await database.drop();
  }
}
