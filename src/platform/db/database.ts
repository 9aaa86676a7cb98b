import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { PlatformConfig } from '../config.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { sharedParsers } from './type-parsers.ts';

export type BackendKind = 'pglite' | 'postgres';

/**
 * What a use case may touch: a transaction. The pool-level handle is never handed to a use case,
 * because on PGlite a query on the outer handle inside a transaction waits for that transaction
 * forever.
 */
export type Transaction = PgDatabase<NodePgQueryResultHKT, Record<string, never>>;
// (Typed with node-postgres results: PGlite's results have the same `rows`, which is all the code reads.)

export interface RawQueryResult<Row> {
  rows: Row[];
}

export interface DatabaseHandle {
  kind: BackendKind;
  /** Runs `work` in one transaction; commits when it resolves and rolls back when it throws. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Raw SQL for platform code (migrations, backup, health). Not for use cases. */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<RawQueryResult<Row>>;
  /** Several statements in one string, no parameters (migration files). */
  exec(text: string): Promise<void>;
  pglite: PGlite | undefined;
  pool: pg.Pool | undefined;
  close(): Promise<void>;
}

export async function openDatabase(config: Pick<PlatformConfig, 'databaseUrl' | 'dataDir'>): Promise<DatabaseHandle> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const release = lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, { parsers: sharedParsers });
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite(pglite) as unknown as Transaction;
  return {
    kind: 'pglite',
    transaction: (work) => db.transaction((tx) => work(tx as unknown as Transaction)),
    query: async <Row>(text: string, params?: unknown[]) => {
      const result = await pglite.query<Row>(text, params);
      return { rows: result.rows };
    },
    exec: async (text) => {
      await pglite.exec(text);
    },
    pglite,
    pool: undefined,
    close: async () => {
      try {
        await pglite.close();
      } finally {
        release();
      }
    },
  };
}

async function openPostgres(databaseUrl: string): Promise<DatabaseHandle> {
  // Drizzle's node-postgres session passes its own per-query parsers that fall back to pg's global
  // ones, so the global parsers must agree too, not only the pool's.
  for (const [oid, parser] of Object.entries(sharedParsers)) pg.types.setTypeParser(Number(oid), parser);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: Number(process.env.KJT_DB_POOL_SIZE || 10),
    types: { getTypeParser: ((oid: number, format?: string) => sharedParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser },
  });
  // An idle pooled connection the server ends (a restart, an administrator, DROP DATABASE … FORCE)
  // reports here; the pool replaces it on the next checkout. Without a listener Node would treat it
  // as an uncaught error and stop the process.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL closed an idle pooled connection: ${error.message}`, { code: 'KJT_DB_IDLE_CONNECTION' });
  });
  // Fail now, with the driver's message, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePostgres(pool) as unknown as Transaction;
  return {
    kind: 'postgres',
    transaction: (work) => db.transaction((tx) => work(tx as unknown as Transaction)),
    query: async <Row>(text: string, params?: unknown[]) => {
      const result = await pool.query(text, params);
      return { rows: result.rows as Row[] };
    },
    exec: async (text) => {
      await pool.query(text);
    },
    pglite: undefined,
    pool,
    close: () => pool.end(),
  };
}
