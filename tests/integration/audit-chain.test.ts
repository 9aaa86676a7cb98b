import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { createOrganisation } from '../../src/capabilities/organisations/create-organisation.ts';
import { checkAuditChain, verifyAuditChain } from '../../src/capabilities/audit/verify-audit-chain.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import { forEachBackend } from '../support/backends.ts';
import { callAs, userActor } from '../support/actors.ts';

const operator = () => callAs(systemActor('test'));

forEachBackend('audit chain', (getKjt) => {
  const check = () => getKjt().db.transaction((tx) => checkAuditChain(tx));
  /** Runs SQL as an attacker with direct database access would: the append-only trigger switched off. */
  const tamper = async (statement: string) => {
    await getKjt().db.exec(`ALTER TABLE audit_log DISABLE TRIGGER USER; ${statement}; ALTER TABLE audit_log ENABLE TRIGGER USER;`);
  };

  before(async () => {
    for (let index = 1; index <= 6; index += 1) {
      await getKjt().run(createOrganisation, { code: `audit-org-${index}`, name: `审计测试机构${index}`, type: 'bank' }, operator());
    }
  });

  it('writes one audit row per change, in the same transaction, with actor and request id', async () => {
    const call = operator();
    await getKjt().run(createOrganisation, { code: 'audit-org-7', name: '审计测试机构7', type: 'insurer' }, call);
    const rows = await getKjt().db.query<{ action: string; request_id: string; actor_user_id: string; after: { code: string } }>(
      'SELECT action, request_id, actor_user_id, after FROM audit_log WHERE request_id = $1',
      [call.requestId],
    );
    assert.equal(rows.rows.length, 1);
    assert.equal(rows.rows[0]!.action, 'organisation.create');
    assert.equal(rows.rows[0]!.actor_user_id, 'system:test');
    assert.equal(rows.rows[0]!.after.code, 'audit-org-7');
  });

  it('leaves no audit row when the change fails', async () => {
    const before = await getKjt().db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    await assert.rejects(getKjt().run(createOrganisation, { code: 'audit-org-1', name: '重复', type: 'bank' }, operator()), /ORGANISATION_CODE_TAKEN/);
    const after = await getKjt().db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    assert.equal(after.rows[0]!.n, before.rows[0]!.n);
  });

  it('verifies an untouched chain as intact', async () => {
    const result = await check();
    assert.equal(result.isIntact, true, result.problem ?? '');
    assert.ok(result.checkedCount >= 7);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows', async () => {
    await assert.rejects(getKjt().db.exec(`UPDATE audit_log SET action = 'x' WHERE seq = 1`), /append-only/);
    await assert.rejects(getKjt().db.exec(`DELETE FROM audit_log WHERE seq = 1`), /append-only/);
    await assert.rejects(getKjt().db.exec(`TRUNCATE audit_log`), /append-only/);
  });

  it('denies verification to a role without the permission', async () => {
    await assert.rejects(getKjt().run(verifyAuditChain, { trigger: 'web' }, callAs(userActor('enterprise'))), /FORBIDDEN/);
  });

  it('records each verification with the head it saw', async () => {
    const result = await getKjt().run(verifyAuditChain, { trigger: 'cli' }, operator());
    const stored = await getKjt().db.query<{ head_hash: string; is_intact: boolean }>('SELECT head_hash, is_intact FROM audit_verifications ORDER BY verified_at DESC LIMIT 1');
    assert.equal(stored.rows[0]!.head_hash, result.headHash);
    assert.equal(stored.rows[0]!.is_intact, true);
  });

  it('names the first broken entry when a row was changed', async () => {
    await tamper(`UPDATE audit_log SET after = '{"code":"forged"}' WHERE seq = 3`);
    const result = await check();
    assert.equal(result.isIntact, false);
    assert.equal(result.firstBrokenSeq, 3);
    assert.match(result.problem ?? '', /changed/);
  });
});

forEachBackend('audit chain: deleted and slipped-in rows', (getKjt) => {
  const check = () => getKjt().db.transaction((tx) => checkAuditChain(tx));
  const tamper = (statement: string) => getKjt().db.exec(`ALTER TABLE audit_log DISABLE TRIGGER USER; ${statement}; ALTER TABLE audit_log ENABLE TRIGGER USER;`);

  before(async () => {
    for (let index = 1; index <= 5; index += 1) {
      await getKjt().run(createOrganisation, { code: `chain-org-${index}`, name: `链测试机构${index}`, type: 'bank' }, callAs(systemActor('test')));
    }
  });

  it('detects a deleted row', async () => {
    await tamper('DELETE FROM audit_log WHERE seq = 2');
    const result = await check();
    assert.equal(result.isIntact, false);
    assert.equal(result.firstBrokenSeq, 3);
  });

  it('detects a row slipped in with a hash of its own making', async () => {
    await tamper(`INSERT INTO audit_log (seq, occurred_at, action, entity_type, prev_hash, hash)
      VALUES (2, now(), 'organisation.create', 'organisation', repeat('0', 64), repeat('a', 64))`);
    const result = await check();
    assert.equal(result.isIntact, false);
    assert.equal(result.firstBrokenSeq, 2);
  });
});

forEachBackend('audit chain: a chain cut short after a verification', (getKjt) => {
  it('detects that the verified head was removed', async () => {
    for (let index = 1; index <= 3; index += 1) {
      await getKjt().run(createOrganisation, { code: `cut-org-${index}`, name: `截断测试${index}`, type: 'bank' }, callAs(systemActor('test')));
    }
    const verified = await getKjt().run(verifyAuditChain, { trigger: 'cli' }, callAs(systemActor('test')));
    assert.equal(verified.isIntact, true);
    await getKjt().db.exec(`ALTER TABLE audit_log DISABLE TRIGGER USER; DELETE FROM audit_log WHERE seq = ${verified.headSeq}; ALTER TABLE audit_log ENABLE TRIGGER USER;`);
    const result = await getKjt().db.transaction((tx) => checkAuditChain(tx));
    assert.equal(result.isIntact, false);
    assert.equal(result.firstBrokenSeq, verified.headSeq);
  });
});
