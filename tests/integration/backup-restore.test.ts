import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, it } from 'node:test';
import { openKeJinTong, type KeJinTong } from '../../src/app/kejintong.ts';
import { checkAuditChain } from '../../src/capabilities/audit/verify-audit-chain.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import { backupDatabase, RestoreRefused, restoreDatabase } from '../../src/platform/db/backup.ts';
import { createTestDatabase, forEachBackend, testBackends, type TestDatabase } from '../support/backends.ts';

const tablesToCompare = ['organisations', 'users', 'audit_log', 'policy_packs'];

async function snapshot(kjt: KeJinTong): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of tablesToCompare) {
    const rows = await kjt.db.query<{ line: string }>(`SELECT row_to_json(t)::text AS line FROM ${table} t`);
    result[table] = rows.rows.map((row) => row.line).sort();
  }
  return result;
}

forEachBackend('backup and restore', (getKjt, sourceBackend) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kjt-backup-'));
  const opened: Array<{ kjt: KeJinTong; database: TestDatabase }> = [];
  after(async () => {
    for (const { kjt, database } of opened) {
      await kjt.close();
      await database.drop();
    }
    fs.rmSync(folder, { recursive: true, force: true });
  });

  for (const targetBackend of testBackends()) {
    it(`restores every row from ${sourceBackend} into ${targetBackend}, and the audit chain still verifies`, async () => {
      await seedDemoCity(getKjt().run);
      const file = path.join(folder, `${sourceBackend}-to-${targetBackend}.jsonl.gz`);
      const summary = await backupDatabase(getKjt().db, file);
      assert.ok((summary.tables.organisations ?? 0) > 10);
      assert.ok((summary.tables.audit_log ?? 0) > 10);

      const database = await createTestDatabase(targetBackend);
      const target = await openKeJinTong(database.config);
      opened.push({ kjt: target, database });
      const restored = await restoreDatabase(target.db, file, { isReplacing: false });
      assert.deepEqual(restored.tables, summary.tables);
      assert.deepEqual(await snapshot(target), await snapshot(getKjt()));
      const chain = await target.db.transaction((tx) => checkAuditChain(tx));
      assert.equal(chain.isIntact, true, chain.problem ?? '');
      assert.equal(chain.checkedCount, summary.tables.audit_log);

      // The audit triggers are back on after the restore.
      await assert.rejects(target.db.exec('DELETE FROM audit_log'), /append-only/);

      // A second restore into the now non-empty database is refused and changes nothing.
      await assert.rejects(restoreDatabase(target.db, file, { isReplacing: false }), RestoreRefused);
      assert.deepEqual(await snapshot(target), await snapshot(getKjt()));
    });
  }

  it('refuses a file that is not a backup', async () => {
    const file = path.join(folder, 'not-a-backup.gz');
    const zlib = await import('node:zlib');
    fs.writeFileSync(file, zlib.gzipSync('hello\n'));
    await assert.rejects(restoreDatabase(getKjt().db, file, { isReplacing: true }), RestoreRefused);
  });
});
