import assert from 'node:assert/strict';
import { it } from 'node:test';
import { applyEnterpriseFacts, type ApplyFactsInput } from '../../src/capabilities/enterprises/apply-enterprise-facts.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import { forEachBackend } from '../support/backends.ts';
import { callAs, userActor } from '../support/actors.ts';

const huawei = '914403001922038216';
const hangzhou = '91330100716105852F';
const source = (fileName: string) => ({ channel: 'import' as const, organisationId: null, fileName, fileSha256: fileName });

forEachBackend('applying enterprise facts with provenance', (getKjt) => {
  const apply = (input: ApplyFactsInput) => getKjt().run(applyEnterpriseFacts, input, callAs(systemActor('test')));
  const count = async (table: string) => (await getKjt().db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;

  it('creates new enterprises, then reports the same data as unchanged and writes nothing', async () => {
    const records = [
      { uscc: huawei, name: '示例甲科技有限公司', districtCode: '330502', industryCode: 'C3973', foundedOn: '2015-03-01' },
      { uscc: hangzhou, name: '示例乙科技有限公司', districtCode: '330521' },
    ];
    const first = await apply({ subject: 'enterprise', records, source: source('a.xlsx'), isDryRun: false });
    assert.deepEqual(first.outcomes.map((outcome) => outcome.status), ['new', 'new']);
    const sourcesBefore = await count('fact_sources');
    const again = await apply({ subject: 'enterprise', records, source: source('a.xlsx'), isDryRun: false });
    assert.deepEqual(again.outcomes.map((outcome) => outcome.status), ['unchanged', 'unchanged']);
    assert.equal(again.sourceId, null);
    assert.equal(await count('fact_sources'), sourcesBefore);
    assert.equal(await count('fact_changes'), 0);
  });

  it('a changed value keeps the old value and its source in the history', async () => {
    const firstSource = (await getKjt().db.query<{ field_sources: Record<string, string> }>(`SELECT field_sources FROM enterprises WHERE uscc = $1`, [huawei])).rows[0]!.field_sources.name;
    const result = await apply({ subject: 'enterprise', records: [{ uscc: huawei, name: '示例甲智能科技有限公司' }], source: source('rename.csv'), isDryRun: false });
    assert.equal(result.outcomes[0]!.status, 'changed');
    const history = await getKjt().db.query<{ field: string; old_value: string; new_value: string; old_source_id: string; source_id: string }>(
      `SELECT field, old_value, new_value, old_source_id, source_id FROM fact_changes`,
    );
    assert.equal(history.rows.length, 1);
    assert.deepEqual(history.rows[0], { field: 'name', old_value: '示例甲科技有限公司', new_value: '示例甲智能科技有限公司', old_source_id: firstSource, source_id: result.sourceId });
    const stored = (await getKjt().db.query<{ name: string; district_code: string; field_sources: Record<string, string> }>(`SELECT name, district_code, field_sources FROM enterprises WHERE uscc = $1`, [huawei])).rows[0]!;
    assert.equal(stored.name, '示例甲智能科技有限公司');
    assert.equal(stored.district_code, '330502', 'a field not supplied keeps its value');
    assert.equal(stored.field_sources.name, result.sourceId);
    assert.equal(stored.field_sources.districtCode, firstSource);
  });

  it('a dry run reports statuses and writes nothing', async () => {
    const before = await count('enterprise_yearly_facts');
    const result = await apply({ subject: 'yearly', records: [{ uscc: huawei, year: 2024, employees: 120, revenueFen: 8_000_000_000 }], source: source('dry.xlsx'), isDryRun: true });
    assert.equal(result.outcomes[0]!.status, 'new');
    assert.equal(await count('enterprise_yearly_facts'), before);
    assert.equal(result.sourceId, null);
  });

  it('rejects yearly facts of an enterprise not in the registry, a malformed USCC, a wrong check character and a duplicate', async () => {
    const result = await apply({
      subject: 'yearly',
      records: [
        { uscc: '91440300708461136T', year: 2024, employees: 10 },
        { uscc: '91440300708461136I', year: 2024, employees: 10 },
        { uscc: '914403001922038217', year: 2024, employees: 10 },
        { uscc: huawei, year: 2024, employees: 10 },
        { uscc: ` ${huawei.toLowerCase()} `, year: 2024, employees: 11 },
      ],
      source: source('bad.xlsx'),
      isDryRun: false,
    });
    assert.deepEqual(
      result.outcomes.map((outcome) => outcome.problem?.code ?? outcome.status),
      ['ENTERPRISE_NOT_FOUND', 'USCC_BAD_FORMAT', 'USCC_CHECKSUM_MISMATCH', 'new', 'DUPLICATE_IN_BATCH'],
    );
    assert.match(result.outcomes[2]!.problem!.message.zh, /应为 6/);
  });

  it('a qualification list may bring a new enterprise with its name', async () => {
    const result = await apply({
      subject: 'qualification',
      records: [{ uscc: '91440300708461136T', name: '示例丙科技有限公司', kind: 'high_tech_enterprise', certificateNumber: 'GR202433000123', validFrom: '2024-12-01', validTo: '2027-11-30' }],
      source: source('gaoqi-2024.xlsx'),
      isDryRun: false,
    });
    assert.equal(result.outcomes[0]!.status, 'new');
    const stored = await getKjt().db.query<{ name: string; kind: string }>(
      `SELECT e.name, q.kind FROM enterprises e JOIN enterprise_qualifications q ON q.enterprise_id = e.id WHERE e.uscc = '91440300708461136T'`,
    );
    assert.deepEqual(stored.rows, [{ name: '示例丙科技有限公司', kind: 'high_tech_enterprise' }]);
  });

  it('only roles that supply data may apply facts', async () => {
    for (const role of ['enterprise', 'institution', 'supervisor', 'regulator'] as const) {
      await assert.rejects(
        getKjt().run(applyEnterpriseFacts, { subject: 'enterprise', records: [{ uscc: huawei, name: '某' }], source: source('x'), isDryRun: false }, callAs(userActor(role))),
        /FORBIDDEN/,
        role,
      );
    }
  });
});

forEachBackend('applying enterprise facts: newcomers named twice, and district scope', (getKjt) => {
  const source = { channel: 'import' as const, organisationId: null };
  it('a qualification list naming a new enterprise twice creates it once', async () => {
    const result = await getKjt().run(
      applyEnterpriseFacts,
      {
        subject: 'qualification',
        records: [
          { uscc: huawei, name: '示例·新企业', kind: 'high_tech_enterprise', certificateNumber: 'GR1' },
          { uscc: huawei, name: '示例·新企业', kind: 'tech_sme', certificateNumber: 'KX1' },
        ],
        source,
        isDryRun: false,
      },
      callAs(systemActor('test')),
    );
    assert.deepEqual(result.outcomes.map((outcome) => outcome.status), ['new', 'new']);
    const rows = await getKjt().db.query<{ n: number }>(`SELECT count(*)::int AS n FROM enterprises WHERE uscc = $1`, [huawei]);
    assert.equal(rows.rows[0]!.n, 1);
  });

  it('a district officer supplies facts only for enterprises of its district', async () => {
    const officer = callAs(userActor('district', { districtCode: '330502' }));
    const created = await getKjt().run(
      applyEnterpriseFacts,
      {
        subject: 'enterprise',
        records: [
          { uscc: hangzhou, name: '示例·吴兴企业', districtCode: '330502' },
          { uscc: '91440300708461136T', name: '示例·德清企业', districtCode: '330521' },
        ],
        source,
        isDryRun: false,
      },
      officer,
    );
    assert.deepEqual(created.outcomes.map((outcome) => outcome.problem?.code ?? outcome.status), ['new', 'OUT_OF_SCOPE']);
    const yearly = await getKjt().run(
      applyEnterpriseFacts,
      { subject: 'yearly', records: [{ uscc: hangzhou, year: 2024, employees: 9 }, { uscc: huawei, year: 2024, employees: 9 }], source, isDryRun: false },
      officer,
    );
    // huawei was created above without a district: not the officer's.
    assert.deepEqual(yearly.outcomes.map((outcome) => outcome.problem?.code ?? outcome.status), ['new', 'OUT_OF_SCOPE']);
  });
});
