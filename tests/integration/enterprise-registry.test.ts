import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import ExcelJS from 'exceljs';
import { buildHttpApp } from '../../src/app/http-app.ts';
import { applyEnterpriseFacts } from '../../src/capabilities/enterprises/apply-enterprise-facts.ts';
import { getEnterprise } from '../../src/capabilities/enterprises/get-enterprise.ts';
import { linkEnterpriseOrganisation } from '../../src/capabilities/enterprises/link-enterprise-organisation.ts';
import { listEnterprises } from '../../src/capabilities/enterprises/list-enterprises.ts';
import { registerUsccException } from '../../src/capabilities/enterprises/register-uscc-exception.ts';
import { updateEnterpriseFacts } from '../../src/capabilities/enterprises/update-enterprise-facts.ts';
import { demoPassword } from '../../src/demo/demo-city.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import type { HttpServer } from '../../src/platform/http/fastify-types.ts';
import { forEachBackend } from '../support/backends.ts';
import { callAs, userActor } from '../support/actors.ts';
import { signInOverHttp } from '../support/http.ts';

const wuxing = '913305020000000011';
const deqing = '913305210000000012';
const page = { page: 1, pageSize: 50, sortBy: 'name' as const, sortOrder: 'asc' as const };

/** A valid USCC for a body of digits (the check character computed, not typed in). */
async function valid(code17: string): Promise<string> {
  const { usccCheckCharacter } = await import('../../src/capabilities/enterprises/uscc.ts');
  return code17 + usccCheckCharacter(code17);
}

forEachBackend('enterprise registry: scope, detail, edit, exceptions, export', (getKjt) => {
  let usccWuxing: string;
  let usccDeqing: string;
  let http: HttpServer;
  const operator = () => callAs(systemActor('test'));

  before(async () => {
    await seedDemoCity(getKjt().run);
    usccWuxing = await valid(wuxing.slice(0, 17));
    usccDeqing = await valid(deqing.slice(0, 17));
    await getKjt().run(
      applyEnterpriseFacts,
      {
        subject: 'enterprise',
        records: [
          { uscc: usccWuxing, name: '示例·吴兴测试科技有限公司', districtCode: '330502', industryCode: 'C3973', contactName: '张三', contactPhone: '13812345678' },
          { uscc: usccDeqing, name: '示例·德清测试材料有限公司', districtCode: '330521', industryCode: 'C2614' },
        ],
        source: { channel: 'import', organisationId: null, fileName: 'seed.xlsx', fileSha256: 'x' },
        isDryRun: false,
      },
      operator(),
    );
    await getKjt().run(
      applyEnterpriseFacts,
      {
        subject: 'qualification',
        records: [{ uscc: usccWuxing, kind: 'high_tech_enterprise', certificateNumber: 'GR2024', validFrom: '2024-01-01', validTo: '2099-12-31' }],
        source: { channel: 'import', organisationId: null, fileName: 'gaoqi.xlsx', fileSha256: 'y' },
        isDryRun: false,
      },
      operator(),
    );
    await getKjt().run(linkEnterpriseOrganisation, { uscc: usccWuxing, organisationCode: 'ent-demo-xinghe' }, operator());
    http = await buildHttpApp(getKjt(), { webRoot: '/nonexistent' });
  });

  it('a district officer sees its district only; an enterprise user its own enterprise only', async () => {
    const asDistrict = await signInOverHttp(http, 'demo-district', demoPassword);
    const listed = await asDistrict.request('GET', '/api/enterprises');
    assert.equal(listed.statusCode, 200);
    assert.deepEqual(listed.body.items.map((item: { uscc: string }) => item.uscc), [usccWuxing]);
    assert.equal((await asDistrict.request('GET', `/api/enterprises/${usccDeqing}`)).statusCode, 404);

    const asEnterprise = await signInOverHttp(http, 'demo-enterprise', demoPassword);
    const own = await asEnterprise.request('GET', '/api/enterprises');
    assert.deepEqual(own.body.items.map((item: { uscc: string }) => item.uscc), [usccWuxing]);
    const detail = await asEnterprise.request('GET', `/api/enterprises/${usccWuxing}`);
    assert.equal(detail.statusCode, 200);
    assert.equal(detail.body.profile.values.contactPhone, '13812345678', 'the enterprise sees its own contacts');
    assert.equal((await asEnterprise.request('GET', `/api/enterprises/${usccDeqing}`)).statusCode, 404);
  });

  it('an institution sees nothing of the registry (no consent yet)', async () => {
    const asBank = await signInOverHttp(http, 'demo-institution', demoPassword);
    assert.equal((await asBank.request('GET', '/api/enterprises')).statusCode, 403);
    assert.equal((await asBank.request('GET', `/api/enterprises/${usccWuxing}`)).statusCode, 403);
  });

  it('filters by qualification, district, industry prefix and search', async () => {
    const supervisor = callAs(userActor('supervisor'));
    assert.deepEqual((await getKjt().run(listEnterprises, { ...page, qualification: 'high_tech_enterprise' }, supervisor)).items.map((i) => i.uscc), [usccWuxing]);
    assert.deepEqual((await getKjt().run(listEnterprises, { ...page, districtCode: '330521' }, supervisor)).items.map((i) => i.uscc), [usccDeqing]);
    assert.deepEqual((await getKjt().run(listEnterprises, { ...page, industryCode: 'C26' }, supervisor)).items.map((i) => i.uscc), [usccDeqing]);
    assert.deepEqual((await getKjt().run(listEnterprises, { ...page, search: '吴兴测试' }, supervisor)).items.map((i) => i.uscc), [usccWuxing]);
    assert.deepEqual((await getKjt().run(listEnterprises, { ...page, search: usccDeqing.slice(0, 12) }, supervisor)).items.map((i) => i.uscc), [usccDeqing]);
    const high = (await getKjt().run(listEnterprises, { ...page, qualification: 'high_tech_enterprise' }, supervisor)).items[0]!;
    assert.deepEqual(high.qualifications, ['high_tech_enterprise']);
  });

  it('shows each fact with its source, masks contacts for officers, and keeps the history of an edit', async () => {
    const officer = callAs(userActor('department'));
    const before = await getKjt().run(getEnterprise, { uscc: usccWuxing }, officer);
    assert.equal(before.profile.areContactsMasked, true);
    assert.equal(before.profile.values.contactPhone, '138****5678');
    assert.equal(before.profile.values.contactName, '张*');
    const nameSource = before.sources[before.profile.sources.name!]!;
    assert.equal(nameSource.fileName, 'seed.xlsx');
    assert.equal(nameSource.channel, 'import');

    const outcome = await getKjt().run(updateEnterpriseFacts, { uscc: usccWuxing, subject: 'enterprise', record: { industryCode: 'C3974' } }, operator());
    assert.equal(outcome.status, 'changed');
    const after = await getKjt().run(getEnterprise, { uscc: usccWuxing }, officer);
    assert.equal(after.profile.values.industryCode, 'C3974');
    assert.equal(after.sources[after.profile.sources.industryCode!]!.channel, 'manual');
    assert.deepEqual(after.history.map((change) => [change.field, change.oldValue, change.newValue]), [['industryCode', 'C3973', 'C3974']]);
    const audit = await getKjt().db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'enterprise.update'`);
    assert.equal(audit.rows[0]!.n, 1);
  });

  it('refuses an invalid edit with the field named, and an edit out of scope as not found', async () => {
    await assert.rejects(getKjt().run(updateEnterpriseFacts, { uscc: usccWuxing, subject: 'yearly', record: { year: 2024, employees: -3 } }, operator()), /VALIDATION_FAILED/);
    const districtOfficer = callAs(userActor('district', { districtCode: '330502' }));
    await assert.rejects(getKjt().run(updateEnterpriseFacts, { uscc: usccDeqing, subject: 'enterprise', record: { name: '改名' } }, districtOfficer), /ENTERPRISE_NOT_FOUND/);
    await assert.rejects(getKjt().run(updateEnterpriseFacts, { uscc: usccWuxing, subject: 'enterprise', record: { name: '改名' } }, callAs(userActor('enterprise'))), /FORBIDDEN/);
  });

  it('accepts a pilot-era USCC only with a written reason, after which its facts import', async () => {
    const pilot = '91350203M0001QAY9B';
    await assert.rejects(getKjt().run(registerUsccException, { uscc: pilot, name: '示例·试点企业', reason: '太短' }, operator()), /EXCEPTION_REASON_REQUIRED/);
    await assert.rejects(getKjt().run(registerUsccException, { uscc: usccWuxing, name: 'x', reason: '这是一个足够长的理由说明' }, operator()), /USCC_IS_VALID/);
    await assert.rejects(getKjt().run(registerUsccException, { uscc: pilot, name: 'x', reason: '这是一个足够长的理由说明' }, callAs(userActor('enterprise'))), /FORBIDDEN/);
    await getKjt().run(registerUsccException, { uscc: pilot, name: '示例·试点企业', reason: '厦门试点期间发放的代码，经市场监管局核实合法' }, operator());
    const result = await getKjt().run(
      applyEnterpriseFacts,
      { subject: 'yearly', records: [{ uscc: pilot, year: 2024, employees: 30 }], source: { channel: 'import', organisationId: null }, isDryRun: false },
      operator(),
    );
    assert.equal(result.outcomes[0]!.status, 'new');
  });

  it('exports the filtered list as an Excel workbook with Chinese headers', async () => {
    const asDepartment = await signInOverHttp(http, 'demo-department', demoPassword);
    const response = await http.inject({ method: 'GET', url: '/api/enterprises/export?districtCode=330521', headers: { cookie: asDepartment.cookie } });
    assert.equal(response.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('企业名册')!;
    assert.equal(sheet.getRow(1).getCell(1).value, '统一社会信用代码');
    assert.equal(sheet.rowCount, 2);
    assert.equal(sheet.getRow(2).getCell(1).value, usccDeqing);
    assert.equal(sheet.getRow(2).getCell(3).value, '德清县');
  });
});
