import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import { openKeJinTong, type KeJinTong, type OpenOptions } from '../../src/app/kejintong.ts';
import { readConfig, type PlatformConfig } from '../../src/platform/config.ts';

export type TestBackend = 'pglite' | 'postgres';

/** The PostgreSQL server the integration tests also run on, when set (see README: 测试 / Tests). */
export const postgresTestUrl = process.env.KJT_TEST_POSTGRES_URL || undefined;

export function testBackends(): TestBackend[] {
  return postgresTestUrl ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase {
  config: PlatformConfig;
  drop(): Promise<void>;
}

/** A fresh, empty database on the given backend: a temporary PGlite directory or a new PostgreSQL database. */
export async function createTestDatabase(backend: TestBackend): Promise<TestDatabase> {
  const base = readConfig({ KJT_MODE: 'demo' });
  if (backend === 'pglite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kjt-test-'));
    return { config: { ...base, dataDir, databaseUrl: undefined }, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  if (!postgresTestUrl) throw new Error('KJT_TEST_POSTGRES_URL is not set');
  const name = `kjt_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: postgresTestUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresTestUrl);
  url.pathname = `/${name}`;
  return {
    config: { ...base, databaseUrl: url.toString(), dataDir: base.dataDir },
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresTestUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Runs the same describe block on every backend: PGlite always, PostgreSQL when
 * KJT_TEST_POSTGRES_URL is set. Each block gets its own fresh database, migrated.
 */
export function forEachBackend(title: string, body: (getKjt: () => KeJinTong, backend: TestBackend) => void, options: OpenOptions = {}): void {
  for (const backend of testBackends()) {
    describe(`${title} [${backend}]`, () => {
      let kjt: KeJinTong | undefined;
      let database: TestDatabase | undefined;
      before(async () => {
        database = await createTestDatabase(backend);
        kjt = await openKeJinTong(database.config, options);
      });
      after(async () => {
        await kjt?.close();
        await database?.drop();
      });
      body(() => {
        if (!kjt) throw new Error('test database not open yet');
        return kjt;
      }, backend);
    });
  }
}
