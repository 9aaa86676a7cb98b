import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openKeJinTong } from '../../src/app/kejintong.ts';
import { createTestDatabase, testBackends, type TestDatabase } from '../support/backends.ts';
import { cliEnvironment, runKjt, startKjtServer } from '../support/cli.ts';

describe('kjt --help', () => {
  it('lists every command', () => {
    const result = runKjt(['--help'], process.env);
    assert.equal(result.status, 0, result.stderr);
    for (const command of ['serve', 'migrate', 'demo', 'user', 'org', 'policy', 'audit', 'import', 'evaluate', 'backup', 'restore']) {
      assert.match(result.stdout, new RegExp(`\\b${command}\\b`), command);
    }
  });
});

for (const backend of testBackends()) {
  describe(`kjt commands [${backend}]`, () => {
    let database: TestDatabase;
    let env: NodeJS.ProcessEnv;
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kjt-cli-'));
    before(async () => {
      database = await createTestDatabase(backend);
      env = cliEnvironment(database.config);
    });
    after(async () => {
      await database.drop();
      fs.rmSync(folder, { recursive: true, force: true });
    });

    it('migrate, demo, org and user commands work with --json', () => {
      const migrated = runKjt(['migrate', '--json'], env);
      assert.equal(migrated.status, 0, migrated.stderr);
      assert.equal(JSON.parse(migrated.stdout).backend, backend);
      const demo = runKjt(['demo', '--enterprises', '40', '--json'], env);
      assert.equal(demo.status, 0, demo.stderr);
      assert.ok(JSON.parse(demo.stdout).organisationsCreated > 20);
      const orgs = runKjt(['org', 'list', '--type', 'regulator', '--json'], env);
      assert.equal(orgs.status, 0, orgs.stderr);
      assert.deepEqual(JSON.parse(orgs.stdout).items.map((o: { code: string }) => o.code).sort(), ['reg-nfra-huzhou', 'reg-pboc-huzhou', 'reg-safe-huzhou']);
      const created = runKjt(['user', 'create', '--username', 'cli-officer', '--org', 'gov-kejiju', '--role', 'department', '--password-stdin', '--json'], env, 'Tech-Bureau-Pass-1\n');
      assert.equal(created.status, 0, created.stderr);
      assert.equal(JSON.parse(created.stdout).user.role, 'department');
      const disabled = runKjt(['user', 'disable', 'cli-officer', '--json'], env);
      assert.equal(disabled.status, 0, disabled.stderr);
      assert.equal(JSON.parse(disabled.stdout).isDisabled, true);
      const listed = runKjt(['user', 'list', '--json'], env);
      assert.ok(JSON.parse(listed.stdout).items.some((u: { username: string; isDisabled: boolean }) => u.username === 'cli-officer' && u.isDisabled));
    });

    it('a bad input exits 2 with a bilingual message', () => {
      const result = runKjt(['user', 'create', '--username', 'weak', '--org', 'gov-kejiju', '--role', 'department', '--password', 'short'], env);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /WEAK_PASSWORD/);
      assert.match(result.stderr, /密码不符合密码策略/);
      assert.match(result.stderr, /does not meet the policy/);
      const unknown = runKjt(['user', 'disable', 'nobody-here'], env);
      assert.equal(unknown.status, 4);
    });

    it('audit verify exits 0 on an intact chain and 5 naming the entry after tampering', async () => {
      const intact = runKjt(['audit', 'verify', '--json'], env);
      assert.equal(intact.status, 0, intact.stderr);
      assert.equal(JSON.parse(intact.stdout).isIntact, true);
      const kjt = await openKeJinTong(database.config);
      await kjt.db.exec(`ALTER TABLE audit_log DISABLE TRIGGER USER; UPDATE audit_log SET action = 'organisation.forged' WHERE seq = 4; ALTER TABLE audit_log ENABLE TRIGGER USER;`);
      await kjt.close();
      const broken = runKjt(['audit', 'verify'], env);
      assert.equal(broken.status, 5);
      assert.match(broken.stdout, /#4/);
    });

    it('backup then restore into an empty database round-trips', async () => {
      const file = path.join(folder, 'round-trip.jsonl.gz');
      const backedUp = runKjt(['backup', file, '--json'], env);
      assert.equal(backedUp.status, 0, backedUp.stderr);
      const tables = JSON.parse(backedUp.stdout).tables as Record<string, number>;
      const target = await createTestDatabase(backend);
      try {
        const targetEnv = cliEnvironment(target.config);
        const restored = runKjt(['restore', file, '--json'], targetEnv);
        // The source chain was tampered with above, so the restored copy must be reported broken too.
        assert.equal(restored.status, 5, restored.stderr);
        const summary = JSON.parse(restored.stdout);
        assert.deepEqual(summary.tables, tables);
        assert.equal(summary.auditChain.firstBrokenSeq, 4);
        const again = runKjt(['restore', file], targetEnv);
        assert.equal(again.status, 3);
        assert.match(again.stderr, /not empty/);
      } finally {
        await target.drop();
      }
    });
  });
}

describe('production mode', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase('pglite');
  });
  after(async () => database.drop());

  it('refuses to start without an admin, creates no demo users, and starts once an admin exists', async () => {
    const env = cliEnvironment(database.config, { KJT_MODE: 'production' });
    await assert.rejects(startKjtServer(['--port', '0'], env), (error: { code: number; output: string }) => {
      assert.equal(error.code, 3);
      assert.match(error.output, /kjt user create --role admin/);
      return true;
    });
    assert.equal(runKjt(['demo'], env).status, 3);
    assert.equal(runKjt(['org', 'create', '--code', 'operator', '--name', '科金通平台运营中心', '--type', 'operator'], env).status, 0);
    const admin = runKjt(['user', 'create', '--username', 'root-admin', '--org', 'operator', '--role', 'admin', '--password-stdin'], env, 'Operator-Pass-77\n');
    assert.equal(admin.status, 0, admin.stderr);
    const server = await startKjtServer(['--port', '0'], env);
    await server.stop();
    assert.doesNotMatch(server.output(), /demo-admin/);
    const users = JSON.parse(runKjt(['user', 'list', '--json'], env).stdout).items.map((u: { username: string }) => u.username);
    assert.deepEqual(users, ['root-admin']);
  });
});
