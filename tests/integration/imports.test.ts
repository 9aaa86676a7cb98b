import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { checkImportFile } from '../../src/capabilities/imports/check-import-file.ts';
import { commitImport } from '../../src/capabilities/imports/commit-import.ts';
import { failImport } from '../../src/capabilities/imports/fail-import.ts';
import { getImport } from '../../src/capabilities/imports/get-import.ts';
import { getImportTemplate } from '../../src/capabilities/imports/get-import-template.ts';
import { listImports } from '../../src/capabilities/imports/list-imports.ts';
import { recordImportProgress } from '../../src/capabilities/imports/record-import-progress.ts';
import { uploadImport } from '../../src/capabilities/imports/upload-import.ts';
import { validateImport } from '../../src/capabilities/imports/validate-import.ts';
import { findOrganisationByCode } from '../../src/capabilities/organisations/organisation-lookup.ts';
import { demoPassword } from '../../src/demo/demo-city.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import type { HttpServer } from '../../src/platform/http/fastify-types.ts';
import type { UseCase } from '../../src/platform/use-case.ts';
import { callAs, userActor } from '../support/actors.ts';
import { forEachBackend } from '../support/backends.ts';
import { signInOverHttp, type TestSession } from '../support/http.ts';
import { csvText, excelFile, makeUscc, toGbk } from '../fixtures/imports/build-files.ts';
import { buildImportApp, uploadOverHttp } from '../fixtures/imports/import-app.ts';

const rosterHeader = ['统一社会信用代码', '企业名称', '所在区县', '企业规模', '征收方式'];
const good = [
  [makeUscc(101), '湖州一号科技有限公司', '吴兴区', '小型', '查账征收'],
  [makeUscc(102), '湖州二号科技有限公司', '德清县', '中型', '查账征收'],
  [makeUscc(103), '湖州三号科技有限公司', '南太湖新区', '微型', '核定征收'],
];
const wrongCheckCharacter = `${makeUscc(102).slice(0, 17)}${makeUscc(102).endsWith('0') ? '1' : '0'}`;

forEachBackend('Excel/CSV import', (getKjt) => {
  let http: HttpServer;
  let officer: TestSession;
  let districtOfficer: TestSession;
  let enterpriseUser: TestSession;
  let institutionUser: TestSession;
  let admin: TestSession;
  const count = async (table: string, where = 'true') => (await getKjt().db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`)).rows[0]!.n;
  const factCounts = async () => ({
    enterprises: await count('enterprises'),
    yearly: await count('enterprise_yearly_facts'),
    qualifications: await count('enterprise_qualifications'),
    sources: await count('fact_sources'),
    changes: await count('fact_changes'),
  });
  const commit = (session: TestSession, id: string, body?: object) => session.request('POST', `/api/imports/${id}/commit`, body);

  before(async () => {
    await seedDemoCity(getKjt().run);
    http = await buildImportApp(getKjt());
    officer = await signInOverHttp(http, 'demo-department', demoPassword);
    districtOfficer = await signInOverHttp(http, 'demo-district', demoPassword);
    enterpriseUser = await signInOverHttp(http, 'demo-enterprise', demoPassword);
    institutionUser = await signInOverHttp(http, 'demo-institution', demoPassword);
    admin = await signInOverHttp(http, 'demo-admin', demoPassword);
  });

  it('previews a file with bad rows (row, column, reason in zh and en); committing it is refused and writes nothing', async () => {
    const file = await excelFile('企业名册', [rosterHeader, good[0]!, [wrongCheckCharacter, '湖州错号科技有限公司', '吴兴区', '小型', '查账征收'], [makeUscc(103), '湖州三号科技有限公司', '吴兴区', '特大型', '查账征收']]);
    const uploaded = await uploadOverHttp(http, officer, 'enterprises', '企业名册.xlsx', file);
    assert.equal(uploaded.statusCode, 201, JSON.stringify(uploaded.body));
    assert.equal(uploaded.body.status, 'rejected');
    assert.deepEqual(uploaded.body.totals, { rows: 3, new: 1, changed: 0, unchanged: 0, rejected: 2 });
    const [badUscc, badSize] = uploaded.body.rejectedRows;
    assert.equal(badUscc.row, 3);
    assert.equal(badUscc.status, 'rejected');
    assert.equal(badUscc.errors[0].column, '统一社会信用代码');
    assert.equal(badUscc.errors[0].code, 'USCC_CHECKSUM_MISMATCH');
    assert.match(badUscc.errors[0].message.zh, /校验位错误/);
    assert.match(badUscc.errors[0].message.en, /check character is wrong/);
    assert.deepEqual([badSize.row, badSize.errors[0].column, badSize.errors[0].code], [4, '企业规模', 'UNKNOWN_OPTION']);
    assert.match(badSize.errors[0].message.zh, /特大型/);

    const before = { ...(await factCounts()), audit: await count('audit_log') };
    const refused = await commit(officer, uploaded.body.id);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.body.code, 'HAS_REJECTED_ROWS');
    assert.match(refused.body.message.zh, /2 行未通过校验，未写入任何数据/);
    assert.deepEqual({ ...(await factCounts()), audit: await count('audit_log') }, before);
    assert.equal((await officer.request('GET', `/api/imports/${uploaded.body.id}`)).body.status, 'rejected');
  });

  let rosterId: string;
  let rosterFile: Buffer;
  it('commits the corrected file: totals, provenance naming the file and the officer’s department, one audit row', async () => {
    rosterFile = await excelFile('企业名册', [rosterHeader, ...good]);
    const uploaded = await uploadOverHttp(http, officer, 'enterprises', '企业名册（修正）.xlsx', rosterFile);
    assert.equal(uploaded.body.status, 'validated');
    assert.deepEqual(uploaded.body.totals, { rows: 3, new: 3, changed: 0, unchanged: 0, rejected: 0 });
    rosterId = uploaded.body.id;
    const before = { ...(await factCounts()), audit: await count('audit_log') };
    const committed = await commit(officer, rosterId);
    assert.equal(committed.statusCode, 200, JSON.stringify(committed.body));
    assert.equal(committed.body.status, 'committed');
    assert.deepEqual(committed.body.totals, { rows: 3, new: 3, changed: 0, unchanged: 0, rejected: 0 });
    assert.deepEqual(committed.body.progress, { done: 3, total: 3, percent: 100 });
    const after = await factCounts();
    assert.equal(after.enterprises, before.enterprises + 3);
    assert.equal(after.sources, before.sources + 1);
    assert.equal(await count('audit_log'), before.audit + 1);

    const kejiju = await getKjt().db.transaction((tx) => findOrganisationByCode(tx, 'gov-kejiju'));
    const source = (await getKjt().db.query<Record<string, string>>(`SELECT * FROM fact_sources WHERE import_id = $1`, [rosterId])).rows[0]!;
    assert.deepEqual([source.channel, source.file_name, source.file_sha256, source.organisation_id], ['import', '企业名册（修正）.xlsx', committed.body.fileSha256, kejiju!.id]);
    const stored = (await getKjt().db.query<Record<string, string>>(`SELECT name, district_code, size_class, tax_collection_method FROM enterprises WHERE uscc = $1`, [makeUscc(103)])).rows[0];
    assert.deepEqual(stored, { name: '湖州三号科技有限公司', district_code: '330500-NTH', size_class: 'micro', tax_collection_method: 'assessed' });
    const audit = (await getKjt().db.query<{ action: string; after: any }>(`SELECT action, after FROM audit_log WHERE entity_id = $1`, [rosterId])).rows;
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.action, 'import.committed');
    assert.deepEqual(audit[0]!.after.totals, committed.body.totals);
    assert.equal((await getKjt().db.query<{ file_content: unknown }>(`SELECT file_content FROM imports WHERE id = $1`, [rosterId])).rows[0]!.file_content, null, 'the file is dropped once committed');
    const again = await commit(officer, rosterId);
    assert.deepEqual([again.statusCode, again.body.code], [409, 'ALREADY_COMMITTED']);
  });

  it('re-importing the same file reports no changes and writes no facts, sources or history', async () => {
    const before = { ...(await factCounts()), audit: await count('audit_log'), imports: await count('imports') };
    const uploaded = await uploadOverHttp(http, officer, 'enterprises', '企业名册（修正）.xlsx', rosterFile);
    assert.deepEqual(uploaded.body.totals, { rows: 3, new: 0, changed: 0, unchanged: 3, rejected: 0 });
    assert.equal(uploaded.body.earlierCommit.id, rosterId);
    const committed = await commit(officer, uploaded.body.id);
    assert.equal(committed.body.status, 'committed');
    assert.deepEqual(committed.body.totals, { rows: 3, new: 0, changed: 0, unchanged: 3, rejected: 0 });
    assert.deepEqual(await factCounts(), { enterprises: before.enterprises, yearly: before.yearly, qualifications: before.qualifications, sources: before.sources, changes: before.changes });
    assert.equal(await count('audit_log'), before.audit + 1, 'only the import’s own audit row');
    assert.equal(await count('imports'), before.imports + 1, 'only the import’s own record');
  });

  it('stores 万元 as exact fen, and a changed figure keeps the old one in the history', async () => {
    const header = ['统一社会信用代码', '企业名称', '年度', '职工总数', '营业收入（万元）', '研发费用（万元）', '净利润（万元）'];
    const first = Buffer.from(csvText([header, [makeUscc(101), '一号', 2024, 120, '8000.5', '420.123456', '-120.5'], [makeUscc(102), '二号', 2024, 35, '1,234.56', '0.01', '0']]));
    const uploaded = await uploadOverHttp(http, officer, 'yearly_facts', '2024年度数据.csv', first);
    assert.equal((await commit(officer, uploaded.body.id)).body.totals.new, 2);
    const stored = (await getKjt().db.query<Record<string, number>>(
      `SELECT y.employees, y.revenue_fen, y.rnd_expense_fen, y.net_profit_fen FROM enterprise_yearly_facts y JOIN enterprises e ON e.id = y.enterprise_id WHERE e.uscc = $1 AND y.year = 2024`,
      [makeUscc(101)],
    )).rows[0];
    assert.deepEqual(stored, { employees: 120, revenue_fen: 8_000_500_000, rnd_expense_fen: 420_123_456, net_profit_fen: -120_500_000 });

    const changesBefore = await count('fact_changes');
    const second = Buffer.from(csvText([header, [makeUscc(101), '一号', 2024, 125, '8000.5', '420.123456', '-120.5'], [makeUscc(102), '二号', 2024, 35, '1234.56', '0.01', '0']]));
    const reuploaded = await uploadOverHttp(http, officer, 'yearly_facts', '2024年度数据（更正）.csv', second);
    assert.deepEqual(reuploaded.body.totals, { rows: 2, new: 0, changed: 1, unchanged: 1, rejected: 0 });
    await commit(officer, reuploaded.body.id);
    assert.equal(await count('fact_changes'), changesBefore + 1);
  });

  it('onlyValidRows commits only the valid rows and records that choice', async () => {
    const file = Buffer.from(csvText([
      ['uscc', 'year', 'employees'],
      [makeUscc(101), 2023, 100],
      [makeUscc(999), 2023, 5],
      [makeUscc(103), 2023, 9],
    ]));
    const uploaded = await uploadOverHttp(http, officer, 'yearly_facts', '2023.csv', file);
    assert.deepEqual(uploaded.body.rejectedRows.map((row: any) => [row.row, row.errors[0].column, row.errors[0].code]), [[3, 'uscc', 'ENTERPRISE_NOT_FOUND']]);
    const yearlyBefore = await count('enterprise_yearly_facts', 'year = 2023');
    const committed = await commit(officer, uploaded.body.id, { onlyValidRows: true });
    assert.equal(committed.body.status, 'committed');
    assert.equal(committed.body.isOnlyValidRowsCommitted, true);
    assert.deepEqual(committed.body.totals, { rows: 3, new: 2, changed: 0, unchanged: 0, rejected: 1 });
    assert.equal(await count('enterprise_yearly_facts', 'year = 2023'), yearlyBefore + 2);
    const audit = (await getKjt().db.query<{ after: any }>(`SELECT after FROM audit_log WHERE entity_id = $1`, [uploaded.body.id])).rows[0]!;
    assert.equal(audit.after.onlyValidRows, true);
  });

  it('a qualification list may name a new enterprise on several rows; a talent list in GBK carries programme and level', async () => {
    const newcomer = makeUscc(201, '330522');
    const list = Buffer.from(csvText([
      ['统一社会信用代码', '企业名称', '资质类型', '证书编号', '有效期起', '有效期止'],
      [newcomer, '长兴新来科技有限公司', '高新技术企业', 'GR202433001001', '2024-12-01', '2027-11-30'],
      [newcomer, '长兴新来科技有限公司', '科小', '202433052200001', '2024/5/1', ''],
    ]));
    const enterprisesBefore = await count('enterprises');
    const uploaded = await uploadOverHttp(http, officer, 'qualifications', '资质名单.csv', list);
    assert.deepEqual(uploaded.body.totals, { rows: 2, new: 2, changed: 0, unchanged: 0, rejected: 0 });
    const committed = await commit(officer, uploaded.body.id);
    assert.equal(committed.body.status, 'committed', JSON.stringify(committed.body));
    assert.equal(await count('enterprises'), enterprisesBefore + 1);

    const talent = toGbk(csvText([
      ['统一社会信用代码', '企业名称', '人才计划', '人才层次', '入选编号'],
      [makeUscc(101), '湖州一号科技有限公司', '南太湖精英计划', 'A类', '2024-NTH-A-001'],
    ]));
    const talentUpload = await uploadOverHttp(http, officer, 'talent_enterprises', '人才企业.csv', talent);
    assert.equal(talentUpload.body.status, 'validated', JSON.stringify(talentUpload.body));
    await commit(officer, talentUpload.body.id);
    const stored = (await getKjt().db.query<Record<string, string>>(`SELECT kind, programme, level, certificate_number FROM enterprise_qualifications WHERE certificate_number = '2024-NTH-A-001'`)).rows;
    assert.deepEqual(stored, [{ kind: 'talent_enterprise', programme: '南太湖精英计划', level: 'A类', certificate_number: '2024-NTH-A-001' }]);
  });

  it('a broken file is refused with a bilingual reason and nothing is stored', async () => {
    const importsBefore = await count('imports');
    const truncated = await uploadOverHttp(http, officer, 'enterprises', 'cut.xlsx', rosterFile.subarray(0, 500));
    assert.deepEqual([truncated.statusCode, truncated.body.code], [400, 'CORRUPT_FILE']);
    assert.match(truncated.body.message.zh, /损坏或不完整/);
    assert.match(truncated.body.message.en, /damaged or incomplete/);
    const wrongColumns = await uploadOverHttp(http, officer, 'yearly_facts', 'roster-as-yearly.xlsx', rosterFile);
    assert.deepEqual([wrongColumns.statusCode, wrongColumns.body.code], [400, 'UNKNOWN_COLUMNS']);
    const tooLarge = await uploadOverHttp(http, officer, 'enterprises', 'huge.csv', Buffer.alloc(21 * 1024 * 1024, 0x41));
    assert.deepEqual([tooLarge.statusCode, tooLarge.body.code], [413, 'FILE_TOO_LARGE']);
    assert.match(tooLarge.body.message.zh, /超过上限 20 MB/);
    assert.equal(await count('imports'), importsBefore);
  });

  it('templates download as .xlsx and .csv for anyone who reads the registry', async () => {
    const xlsx = await enterpriseUser.request('GET', '/api/imports/templates/yearly_facts?format=xlsx');
    assert.equal(xlsx.statusCode, 200);
    assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
    assert.match(String(xlsx.headers['content-disposition']), /filename\*=UTF-8''/);
    const csv = await officer.request('GET', '/api/imports/templates/talent_enterprises?format=csv');
    assert.match(String(csv.body), /统一社会信用代码,企业名称,人才计划,人才层次/);
    assert.equal((await institutionUser.request('GET', '/api/imports/templates/enterprises')).statusCode, 403);
  });

  it('a department officer may upload; an enterprise user may not; imports are seen only by their organisation', async () => {
    const file = Buffer.from(csvText([['uscc', 'name'], [makeUscc(101), '湖州一号科技有限公司']]));
    const denied = await uploadOverHttp(http, enterpriseUser, 'enterprises', 'x.csv', file);
    assert.deepEqual([denied.statusCode, denied.body.code], [403, 'FORBIDDEN']);
    assert.equal((await enterpriseUser.request('GET', '/api/imports')).statusCode, 403);
    assert.equal((await enterpriseUser.request('POST', `/api/imports/${rosterId}/commit`, {})).statusCode, 403);

    const mine = await officer.request('GET', '/api/imports?pageSize=100');
    assert.ok(mine.body.items.some((item: { id: string }) => item.id === rosterId));
    assert.equal(mine.body.items[0].rejectedRows, undefined, 'the list leaves out the rows');
    const others = await districtOfficer.request('GET', '/api/imports?pageSize=100');
    assert.ok(!others.body.items.some((item: { id: string }) => item.id === rosterId));
    assert.equal((await districtOfficer.request('GET', `/api/imports/${rosterId}`)).statusCode, 404);
    assert.equal((await admin.request('GET', `/api/imports/${rosterId}`)).statusCode, 200);
  });

  it('every import use case denies a role that does not supply registry data', async () => {
    const enterprise = callAs(userActor('enterprise'));
    const content = Buffer.from(csvText([['uscc', 'name'], [makeUscc(101), '甲公司']]));
    const calls: Array<[string, UseCase<any, unknown>, unknown]> = [
      ['upload', uploadImport, { kind: 'enterprises', fileName: 'x.csv', content }],
      ['validate', validateImport, { importId: rosterId }],
      ['commit', commitImport, { importId: rosterId }],
      ['get', getImport, { importId: rosterId }],
      ['list', listImports, { page: 1, pageSize: 10 }],
      ['progress', recordImportProgress, { importId: rosterId, done: 1 }],
      ['fail', failImport, { importId: rosterId, failure: { code: 'X', message: { zh: 'x', en: 'x' } } }],
      ['dry run', checkImportFile, { kind: 'enterprises', fileName: 'x.csv', content }],
    ];
    for (const [name, useCase, input] of calls) {
      await assert.rejects(getKjt().run(useCase, input, enterprise), /FORBIDDEN/, name);
    }
    await assert.rejects(getKjt().run(getImportTemplate, { kind: 'enterprises', format: 'csv' }, callAs(userActor('institution'))), /FORBIDDEN/);
  });
});
