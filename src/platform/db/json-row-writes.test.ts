import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Transaction } from './database.ts';
import { isAnyOf, writeRowsAsJson } from './json-row-writes.ts';

const facts = pgTable('facts', {
  id: text('id').primaryKey(),
  year: integer('year'),
  note: text('note'),
  status: text('status').notNull().default('active'),
  oldValue: jsonb('old_value'),
  fieldSources: jsonb('field_sources').notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

async function openFacts(): Promise<{ tx: Transaction; close(): Promise<void> }> {
  const pglite = await PGlite.create();
  await pglite.exec(`CREATE TABLE facts (id text PRIMARY KEY, year integer, note text, status text NOT NULL DEFAULT 'active',
    old_value jsonb, field_sources jsonb NOT NULL DEFAULT '{}', updated_at timestamptz NOT NULL DEFAULT now())`);
  return { tx: drizzle(pglite) as unknown as Transaction, close: () => pglite.close() };
}

describe('writing a batch of rows as one JSON parameter', () => {
  it('writes what Drizzle would: defaults for absent fields, null for absent undefaulted ones, JSON values as they are', async () => {
    const { tx, close } = await openFacts();
    const at = new Date('2024-05-06T07:08:09.000Z');
    await writeRowsAsJson(tx, facts, [
      { id: 'a', year: 2024, note: 'it\'s "quoted"\\n', oldValue: 'text', fieldSources: { year: 'src_1' }, updatedAt: at, extra: 'ignored' },
      { id: 'b', status: 'revoked', oldValue: [{ level: 'national' }] },
      { id: 'c', year: undefined, oldValue: null },
    ]);
    const rows = await tx.select().from(facts).orderBy(facts.id);
    assert.deepEqual(rows.map((row) => ({ ...row, updatedAt: row.id === 'a' ? row.updatedAt.toISOString() : 'now' })), [
      { id: 'a', year: 2024, note: 'it\'s "quoted"\\n', status: 'active', oldValue: 'text', fieldSources: { year: 'src_1' }, updatedAt: at.toISOString() },
      { id: 'b', year: null, note: null, status: 'revoked', oldValue: [{ level: 'national' }], fieldSources: {}, updatedAt: 'now' },
      { id: 'c', year: null, note: null, status: 'active', oldValue: null, fieldSources: {}, updatedAt: 'now' },
    ]);
    await close();
  });

  it('updates the named fields of rows that exist, and selects by a list of values', async () => {
    const { tx, close } = await openFacts();
    await writeRowsAsJson(tx, facts, [{ id: 'a', year: 2023, note: 'first' }]);
    await writeRowsAsJson(tx, facts, [{ id: 'a', year: 2024, note: 'second' }, { id: 'b', year: 2024, note: 'new' }], { onConflict: { target: [facts.id], update: ['year'] } });
    const rows = await tx.select({ id: facts.id, year: facts.year, note: facts.note }).from(facts).where(isAnyOf(facts.id, ['a', 'b', 'z'])).orderBy(facts.id);
    assert.deepEqual(rows, [
      { id: 'a', year: 2024, note: 'first' },
      { id: 'b', year: 2024, note: 'new' },
    ]);
    assert.equal((await tx.select().from(facts).where(isAnyOf(facts.year, [2023]))).length, 0);
    await close();
  });
});
