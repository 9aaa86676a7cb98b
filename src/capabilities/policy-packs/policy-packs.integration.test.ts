import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { callAs, userActor } from '../../../tests/support/actors.ts';
import { forEachBackend } from '../../../tests/support/backends.ts';
import { buildHttpApp } from '../../app/http-app.ts';
import type { KeJinTong } from '../../app/kejintong.ts';
import { anonymousActor, systemActor } from '../../platform/auth/actor.ts';
import { KjtError } from '../../platform/errors.ts';
import type { HttpServer } from '../../platform/http/fastify-types.ts';
import { listAuditEntries } from '../audit/list-audit-entries.ts';
import { findPackInForce } from './find-pack-in-force.ts';
import { getPolicyPack } from './get-policy-pack.ts';
import { listPolicyPacks } from './list-policy-packs.ts';
import { loadBundledPolicyPacks } from './load-bundled-policy-packs.ts';
import { loadPolicyPack } from './load-policy-pack.ts';
import { supersedePolicyPack } from './supersede-policy-pack.ts';

const huzhou = { fileName: 'huzhou-2023-61.yaml', text: fs.readFileSync(new URL('../../../policies/huzhou-2023-61.yaml', import.meta.url), 'utf8') };
const successor = {
  fileName: 'successor-example.yaml',
  text: fs.readFileSync(new URL('../../../tests/fixtures/policy-packs/successor-example.yaml', import.meta.url), 'utf8'),
};
/** A third pack with its own id, for the replace and supersede cases. */
const sideText = successor.text.replace('id: huzhou-2026-example', 'id: side-example').replace('supersedes: [huzhou-2023-61]\n', '');

const admin = () => callAs(userActor('admin'));
const system = () => callAs(systemActor('test'));

function rejectsWith(code: string) {
  return (error: unknown) => error instanceof KjtError && error.code === code;
}

forEachBackend('policy packs', (getKjt) => {
  const policyAuditCount = async () => (await getKjt().run(listAuditEntries, { entityType: 'policy_pack', page: 1, pageSize: 500 }, system())).total;

  it('refuses to load for an anonymous or an enterprise actor', async () => {
    await assert.rejects(getKjt().run(loadPolicyPack, huzhou, callAs(anonymousActor)), rejectsWith('UNAUTHENTICATED'));
    await assert.rejects(getKjt().run(loadPolicyPack, huzhou, callAs(userActor('enterprise'))), rejectsWith('FORBIDDEN'));
    await assert.rejects(getKjt().run(supersedePolicyPack, { id: 'huzhou-2023-61', supersededBy: 'x' }, callAs(userActor('supervisor'))), rejectsWith('FORBIDDEN'));
    assert.deepEqual((await getKjt().run(listPolicyPacks, undefined, system())).items, []);
  });

  it('loads huzhou and the successor: both listed with their windows; the successor supersedes huzhou', async () => {
    const first = await getKjt().run(loadPolicyPack, huzhou, admin());
    assert.equal(first.outcome, 'created');
    assert.equal(first.pack.status, 'active');
    const second = await getKjt().run(loadPolicyPack, successor, admin());
    assert.equal(second.outcome, 'created');
    assert.deepEqual(second.superseded, ['huzhou-2023-61']);

    const { items } = await getKjt().run(listPolicyPacks, undefined, callAs(anonymousActor));
    assert.deepEqual(
      items.map((pack) => [pack.id, pack.documentNumber, pack.effectiveFrom, pack.expiresOn, pack.status, pack.supersededBy]),
      [
        ['huzhou-2023-61', '湖政办发〔2023〕61号', '2024-01-15', '2025-12-31', 'superseded', 'huzhou-2026-example'],
        ['huzhou-2026-example', '示例〔2026〕1号', '2026-01-01', '2028-12-31', 'active', null],
      ],
    );
    assert.equal(items[0]!.counts.keyTasks, 15);
    assert.equal(items[0]!.counts.openParameters, 11);
    assert.equal(items[0]!.loadedBy, 'test-admin');
  });

  it('finds the pack in force: 2024-06-01 huzhou, 2026-06-01 the successor, 2023-06-01 none', async () => {
    const anyone = callAs(anonymousActor);
    assert.equal((await getKjt().run(findPackInForce, { date: '2024-06-01' }, anyone)).id, 'huzhou-2023-61');
    assert.equal((await getKjt().run(findPackInForce, { date: '2026-06-01' }, anyone)).id, 'huzhou-2026-example');
    await assert.rejects(getKjt().run(findPackInForce, { date: '2023-06-01' }, anyone), (error: unknown) => {
      assert.ok(error instanceof KjtError);
      assert.equal(error.code, 'NO_PACK_IN_FORCE');
      assert.equal(error.status, 404);
      assert.match(error.messages.zh, /2023-06-01 没有施行中的政策包/);
      assert.match(error.messages.en, /No policy pack is in force on 2023-06-01/);
      return true;
    });
    await assert.rejects(getKjt().run(findPackInForce, { date: '2025-02-29' }, anyone), rejectsWith('INVALID_DATE'));
  });

  it('reloading the same file changes nothing and writes no audit row', async () => {
    const auditBefore = await policyAuditCount();
    const before = await getKjt().run(getPolicyPack, { id: 'huzhou-2023-61' }, system());
    const reloaded = await getKjt().run(loadPolicyPack, huzhou, admin());
    assert.equal(reloaded.outcome, 'unchanged');
    assert.deepEqual(await getKjt().run(getPolicyPack, { id: 'huzhou-2023-61' }, system()), before);
    assert.equal(await policyAuditCount(), auditBefore);
  });

  it('the same id with other content replaces the pack and audits before and after', async () => {
    assert.equal((await getKjt().run(loadPolicyPack, { fileName: 'side.yaml', text: sideText }, admin())).outcome, 'created');
    const changed = sideText.replace('value: 90\n', 'value: 95\n');
    const result = await getKjt().run(loadPolicyPack, { fileName: 'side.yaml', text: changed }, admin());
    assert.equal(result.outcome, 'replaced');
    const detail = await getKjt().run(getPolicyPack, { id: 'side-example' }, system());
    assert.equal(detail.content.targets.find((target) => target.code === 'listed_companies')?.value, 95);
    const audit = await getKjt().run(listAuditEntries, { entityType: 'policy_pack', entityId: 'side-example', action: 'policy-pack.replace', page: 1, pageSize: 10 }, system());
    assert.equal(audit.total, 1);
    const entry = audit.items[0]!;
    assert.notEqual((entry.before as { contentSha256: string }).contentSha256, (entry.after as { contentSha256: string }).contentSha256);
  });

  it('supersedes a pack by another, once, and refuses itself and unknown packs', async () => {
    await assert.rejects(getKjt().run(supersedePolicyPack, { id: 'side-example', supersededBy: 'side-example' }, admin()), rejectsWith('CANNOT_SUPERSEDE_ITSELF'));
    await assert.rejects(getKjt().run(supersedePolicyPack, { id: 'side-example', supersededBy: 'nowhere' }, admin()), rejectsWith('POLICY_PACK_NOT_FOUND'));
    const superseded = await getKjt().run(supersedePolicyPack, { id: 'side-example', supersededBy: 'huzhou-2026-example' }, admin());
    assert.deepEqual([superseded.status, superseded.supersededBy], ['superseded', 'huzhou-2026-example']);
    const auditBefore = await policyAuditCount();
    await getKjt().run(supersedePolicyPack, { id: 'side-example', supersededBy: 'huzhou-2026-example' }, admin());
    assert.equal(await policyAuditCount(), auditBefore);
    await assert.rejects(getKjt().run(supersedePolicyPack, { id: 'huzhou-2026-example', supersededBy: 'side-example' }, admin()), rejectsWith('SUPERSEDE_CYCLE'));
  });

  it('refuses an invalid file, naming each path in both languages', async () => {
    const text = fs.readFileSync(new URL('../../../tests/fixtures/policy-packs/invalid-pack.yaml', import.meta.url), 'utf8');
    await assert.rejects(getKjt().run(loadPolicyPack, { fileName: 'invalid-pack.yaml', text }, admin()), (error: unknown) => {
      assert.ok(error instanceof KjtError);
      assert.equal(error.code, 'INVALID_POLICY_PACK');
      assert.equal(error.status, 400);
      assert.match(error.messages.en, /targets\[3\]\.value: must be integer \(line 16, column 76\)/);
      assert.match(error.messages.zh, /targets\[3\]\.value: 必须是整数/);
      assert.equal((error.details?.problems as unknown[]).length, 6);
      return true;
    });
  });

  it('loadBundledPolicyPacks loads every policies/*.yaml and, run again, changes nothing', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'kjt-policies-'));
    try {
      fs.copyFileSync(new URL('../../../policies/huzhou-2023-61.yaml', import.meta.url), path.join(directory, 'huzhou-2023-61.yaml'));
      fs.writeFileSync(path.join(directory, 'policy-pack.schema.json'), '{}');
      const results = await loadBundledPolicyPacks(getKjt().run, system(), directory);
      assert.deepEqual(results.map((result) => [result.pack.id, result.outcome]), [['huzhou-2023-61', 'unchanged']]);
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
    const shipped = await loadBundledPolicyPacks(getKjt().run, system());
    assert.ok(shipped.some((result) => result.pack.id === 'huzhou-2023-61' && result.outcome === 'unchanged'));
  });

  describeRoutes(getKjt);
});

function describeRoutes(getKjt: () => KeJinTong): void {
  let http: HttpServer;
  before(async () => {
    http = await buildHttpApp(getKjt());
  });
  after(async () => {
    await http?.close();
  });

  it('GET /api/policy-packs answers anyone with the packs and their windows', async () => {
    const response = await http.inject({ method: 'GET', url: '/api/policy-packs' });
    assert.equal(response.statusCode, 200);
    const ids = (response.json() as { items: { id: string }[] }).items.map((pack) => pack.id);
    assert.ok(ids.includes('huzhou-2023-61') && ids.includes('huzhou-2026-example'));
  });

  it('GET /api/policy-packs/:id returns the full pack with open parameters flagged', async () => {
    const response = await http.inject({ method: 'GET', url: '/api/policy-packs/huzhou-2023-61' });
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.content.targets.length, 8);
    assert.equal(body.content.keyTasks.length, 15);
    const talent = body.content.subsidyLines.find((line: { code: string }) => line.code === 'talent_loan_interest_subsidy');
    assert.deepEqual([talent.isComputable, talent.openParameters], [false, ['interest_share', 'cap', 'cap_period']]);
    assert.equal(talent.parameters[0].isOpen, true);
    const missing = await http.inject({ method: 'GET', url: '/api/policy-packs/no-such-pack' });
    assert.deepEqual([missing.statusCode, missing.json().code], [404, 'POLICY_PACK_NOT_FOUND']);
  });

  it('GET /api/policy-packs/in-force answers by date, 404 for none, 400 for a bad date', async () => {
    const found = await http.inject({ method: 'GET', url: '/api/policy-packs/in-force?date=2024-06-01' });
    assert.deepEqual([found.statusCode, found.json().id], [200, 'huzhou-2023-61']);
    const none = await http.inject({ method: 'GET', url: '/api/policy-packs/in-force?date=2023-06-01' });
    assert.equal(none.statusCode, 404);
    assert.equal(none.json().code, 'NO_PACK_IN_FORCE');
    assert.ok(none.json().message.zh && none.json().message.en);
    const bad = await http.inject({ method: 'GET', url: '/api/policy-packs/in-force?date=2024-13-01' });
    assert.equal(bad.statusCode, 400);
  });

  it('POST /api/policy-packs refuses an anonymous caller', async () => {
    const response = await http.inject({ method: 'POST', url: '/api/policy-packs', payload: huzhou });
    assert.deepEqual([response.statusCode, response.json().code], [401, 'UNAUTHENTICATED']);
  });
}
