import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import ExcelJS from 'exceljs';
import { buildHttpApp } from '../../src/app/http-app.ts';
import { proposeTierChanges } from '../../src/capabilities/cultivation/propose-tier-changes.ts';
import { applyEnterpriseFacts } from '../../src/capabilities/enterprises/apply-enterprise-facts.ts';
import { linkEnterpriseOrganisation } from '../../src/capabilities/enterprises/link-enterprise-organisation.ts';
import { usccCheckCharacter } from '../../src/capabilities/enterprises/uscc.ts';
import { getEvaluationRun } from '../../src/capabilities/evaluation/get-evaluation-run.ts';
import { driveEvaluationRun } from '../../src/capabilities/evaluation/run-evaluation.ts';
import { startEvaluationRun } from '../../src/capabilities/evaluation/start-evaluation-run.ts';
import { demoPassword } from '../../src/demo/demo-city.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import type { HttpServer } from '../../src/platform/http/fastify-types.ts';
import { callAs } from '../support/actors.ts';
import { forEachBackend } from '../support/backends.ts';
import { signInOverHttp } from '../support/http.ts';

const valid = (code17: string) => code17 + usccCheckCharacter(code17);
const gazelle = valid('91330502MA2D00001'); // 吴兴区, grows fast, 高企 → 瞪羚
const seedling = valid('91330521MA2D00002'); // 德清县, young, on the 科小 list → 种子
const bare = valid('91330523MA2D00003'); // 长兴县, identity only → no tier
const asOf = '2026-05-01';
const wan = (amount: number) => amount * 1_000_000;
const source = (fileName: string) => ({ channel: 'import' as const, organisationId: null, fileName, fileSha256: fileName });

forEachBackend('evaluation results, portrait and the cultivation database', (getKjt) => {
  let http: HttpServer;
  const operator = () => callAs(systemActor('test'));
  const apply = (subject: 'enterprise' | 'yearly' | 'ip' | 'qualification', records: Array<Record<string, unknown> & { uscc: string }>) =>
    getKjt().run(applyEnterpriseFacts, { subject, records, source: source(`${subject}.xlsx`), isDryRun: false }, operator());
  const runAll = async () => {
    const started = await getKjt().run(startEvaluationRun, { asOf, trigger: 'cli', execution: 'caller' }, operator());
    const progress: number[] = [];
    await driveEvaluationRun(getKjt().run, operator(), started.id, { afterBatch: proposeTierChanges, batchSize: 2, onProgress: (done) => progress.push(done) });
    return { run: await getKjt().run(getEvaluationRun, { runId: started.id }, operator()), progress };
  };
  const count = async (query: string, params: unknown[] = []) => Number((await getKjt().db.query<{ n: number }>(query, params)).rows[0]?.n ?? -1);

  before(async () => {
    await seedDemoCity(getKjt().run);
    await apply('enterprise', [
      { uscc: gazelle, name: '示例·吴兴瞪羚科技有限公司', districtCode: '330502', industryCode: 'C3973', foundedOn: '2015-03-01', sizeClass: 'small', taxCollectionMethod: 'audited' },
      { uscc: seedling, name: '示例·德清种子科技有限公司', districtCode: '330521', industryCode: 'C3973', foundedOn: '2023-03-01', sizeClass: 'micro', taxCollectionMethod: 'audited' },
      { uscc: bare, name: '示例·长兴空白有限公司', districtCode: '330522' },
    ]);
    await apply('yearly', [
      ...[2023, 2024, 2025].map((year, index) => ({ uscc: gazelle, year, employees: 120, techStaff: 30, rndStaff: 25, revenueFen: wan([1000, 1500, 2500][index]!), rndExpenseFen: wan([80, 120, 200][index]!), rndExpenseDomesticFen: wan([80, 120, 200][index]!), highTechRevenueFen: wan([700, 1100, 1900][index]!), netProfitFen: wan(100), taxPaidFen: wan(60) })),
      { uscc: seedling, year: 2025, employees: 12, techStaff: 5, rndStaff: 4, revenueFen: wan(200), rndExpenseFen: wan(30) },
    ]);
    await apply('ip', [{ uscc: gazelle, year: 2025, classOneCount: 3, classTwoCount: 5 }]);
    await apply('qualification', [
      { uscc: gazelle, kind: 'high_tech_enterprise', certificateNumber: 'GR202433000001', validFrom: '2024-01-01', validTo: '2026-12-31' },
      { uscc: seedling, kind: 'tech_sme', certificateNumber: '2026330521A0001', validFrom: '2026-01-01', validTo: '2026-12-31' },
    ]);
    await getKjt().run(linkEnterpriseOrganisation, { uscc: gazelle, organisationCode: 'ent-demo-xinghe' }, operator());
    http = await buildHttpApp(getKjt(), { webRoot: '/nonexistent' });
  });

  it('a registry run stores one result per enterprise × rule set in force, with version and as-of date; a re-run writes nothing', async () => {
    const first = await runAll();
    assert.equal(first.run.status, 'finished');
    assert.equal(first.run.progressDone, 3);
    assert.deepEqual(first.progress, [2, 3], 'progress is reported batch by batch');
    assert.equal(first.run.resultsWritten, 18, '3 enterprises × 6 rule sets');
    const stored = await getKjt().db.query<{ rule_set_id: string; rule_set_version: string; as_of: string; status: string }>(
      'select r.rule_set_id, r.rule_set_version, r.as_of, r.status from evaluation_results r join enterprises e on e.id = r.enterprise_id where e.uscc = $1 order by rule_set_id',
      [bare],
    );
    assert.equal(stored.rows.length, 6);
    for (const row of stored.rows) {
      assert.equal(row.as_of, asOf);
      assert.ok(row.rule_set_version.length > 0);
      assert.notEqual(row.status, 'pass', `${row.rule_set_id}: an enterprise without facts never passes by a guess`);
    }
    const before = await count("select count(*)::int as n from audit_log");
    const evaluatedAt = (await getKjt().db.query<{ t: string }>('select max(evaluated_at)::text as t from evaluation_results')).rows[0]?.t;

    const second = await runAll();
    assert.equal(second.run.resultsWritten, 0, 'unchanged facts: nothing written');
    assert.equal(second.run.proposalsMade, 0, 'the pending proposals still stand');
    assert.equal((await getKjt().db.query<{ t: string }>('select max(evaluated_at)::text as t from evaluation_results')).rows[0]?.t, evaluatedAt);
    assert.equal(await count("select count(*)::int as n from audit_log"), before + 2, 'only the run’s own start and finish are audited');
  });

  it('proposes tiers with reasons: 瞪羚 for the fast-growing 高企, 种子 for the young 科小, nothing for an empty record', async () => {
    const proposals = await getKjt().db.query<{ uscc: string; from_tier: string | null; to_tier: string | null; reasons: Array<{ zh: string; en: string }> }>(
      "select e.uscc, p.from_tier, p.to_tier, p.reasons from cultivation_proposals p join enterprises e on e.id = p.enterprise_id where p.status = 'pending' order by e.uscc",
    );
    const byUscc = new Map(proposals.rows.map((row) => [row.uscc, row]));
    assert.equal(byUscc.get(gazelle)?.to_tier, 'gazelle');
    assert.ok(byUscc.get(gazelle)?.reasons.some((reason) => /年均增长率/.test(reason.zh) && /CAGR/.test(reason.en)), JSON.stringify(byUscc.get(gazelle)?.reasons));
    assert.equal(byUscc.get(seedling)?.to_tier, 'seed');
    assert.equal(byUscc.has(bare), false);
  });

  it('an officer approves in scope, overrides only with a written reason, and the history keeps both', async () => {
    const asDistrict = await signInOverHttp(http, 'demo-district', demoPassword); // 吴兴区
    const listed = await asDistrict.request('GET', '/api/cultivation/proposals');
    assert.equal(listed.statusCode, 200);
    assert.deepEqual(listed.body.items.map((item: { enterprise: { uscc: string } }) => item.enterprise.uscc), [gazelle], 'a district officer sees its district’s proposals only');
    const gazelleProposal = listed.body.items[0];
    const approved = await asDistrict.request('POST', `/api/cultivation/proposals/${gazelleProposal.id}/decision`, { decision: 'approve' });
    assert.equal(approved.statusCode, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.status, 'approved');
    const again = await asDistrict.request('POST', `/api/cultivation/proposals/${gazelleProposal.id}/decision`, { decision: 'approve' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.body.code, 'PROPOSAL_DECIDED');

    const asDepartment = await signInOverHttp(http, 'demo-department', demoPassword); // 市科技局
    const seedProposal = (await asDepartment.request('GET', '/api/cultivation/proposals')).body.items.find((item: { enterprise: { uscc: string } }) => item.enterprise.uscc === seedling);
    const outOfScope = await asDistrict.request('POST', `/api/cultivation/proposals/${seedProposal.id}/decision`, { decision: 'approve' });
    assert.equal(outOfScope.statusCode, 404, 'another district’s proposal is not found, not forbidden');
    const noReason = await asDepartment.request('POST', `/api/cultivation/proposals/${seedProposal.id}/decision`, { decision: 'override', tierCode: 'growth', reason: '  ' });
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.body.code, 'OVERRIDE_REASON_REQUIRED');
    assert.ok(noReason.body.message.zh && noReason.body.message.en);
    const overridden = await asDepartment.request('POST', `/api/cultivation/proposals/${seedProposal.id}/decision`, { decision: 'override', tierCode: 'growth', reason: '已获县级人才项目，按成长企业培育' });
    assert.equal(overridden.statusCode, 200, JSON.stringify(overridden.body));
    assert.equal(overridden.body.decidedTier, 'growth');

    const members = await asDepartment.request('GET', '/api/cultivation/members');
    assert.deepEqual(members.body.items.map((item: { uscc: string; tierCode: string }) => [item.uscc, item.tierCode]).sort(), [[gazelle, 'gazelle'], [seedling, 'growth']].sort());
    const tiers = await asDepartment.request('GET', '/api/cultivation/tiers');
    assert.equal(tiers.body.tiers.find((tier: { code: string }) => tier.code === 'gazelle').memberCount, 1);
    const exported = await asDepartment.request('GET', '/api/cultivation/members/export?tierCode=gazelle');
    assert.equal(exported.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await http.inject({ method: 'GET', url: '/api/cultivation/members/export?tierCode=gazelle', headers: { cookie: asDepartment.cookie } })).rawPayload as never);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.getRow(1).getCell(5).value, '分层');
    assert.equal(sheet.getRow(2).getCell(1).value, gazelle);
    assert.equal(sheet.getRow(2).getCell(5).value, '瞪羚企业');
    assert.equal(sheet.rowCount, 2);

    const history = await asDepartment.request('GET', `/api/enterprises/${seedling}/cultivation`);
    assert.equal(history.body.tier.code, 'growth');
    assert.equal(history.body.history[0].decisionReason, '已获县级人才项目，按成长企业培育');
    const audited = await count("select count(*)::int as n from audit_log where action in ('cultivation.proposal-approved', 'cultivation.proposal-overridden')");
    assert.equal(audited, 2);
  });

  it('when the facts change, the changed results are rewritten and a member that meets its exit rule is proposed to move', async () => {
    await apply('yearly', [{ uscc: gazelle, year: 2025, revenueFen: wan(1100) }]); // growth 2023→2025 ≈ 4.9% a year, below the 10% exit
    const { run } = await runAll();
    assert.ok(run.resultsWritten > 0 && run.resultsWritten <= 6, `only the changed enterprise’s results: ${run.resultsWritten}`);
    const proposal = await getKjt().db.query<{ from_tier: string; to_tier: string | null; reasons: Array<{ zh: string }> }>(
      "select p.from_tier, p.to_tier, p.reasons from cultivation_proposals p join enterprises e on e.id = p.enterprise_id where e.uscc = $1 and p.status = 'pending'",
      [gazelle],
    );
    assert.equal(proposal.rows.length, 1);
    assert.equal(proposal.rows[0]?.from_tier, 'gazelle');
    assert.notEqual(proposal.rows[0]?.to_tier, 'gazelle');
    assert.ok(proposal.rows[0]?.reasons.some((reason) => /年均增长率.*< 10%：满足/.test(reason.zh)), JSON.stringify(proposal.rows[0]?.reasons));
  });

  it('the portrait: the enterprise sees its own with results, radar and percentiles; others in scope see it; out of scope is not found', async () => {
    const asEnterprise = await signInOverHttp(http, 'demo-enterprise', demoPassword);
    const own = await asEnterprise.request('GET', `/api/enterprises/${gazelle}/portrait`);
    assert.equal(own.statusCode, 200, JSON.stringify(own.body).slice(0, 500));
    assert.equal(own.body.isStored, true);
    assert.equal(own.body.results.length, 6);
    const tsme = own.body.results.find((entry: { ruleSetFamily: string }) => entry.ruleSetFamily === 'tsme');
    assert.ok(tsme.result.indicators.length > 0 && tsme.result.indicators.every((indicator: { clause: string }) => indicator.clause.length > 0), 'every indicator cites its clause');
    assert.deepEqual(own.body.composite.dimensions.map((dimension: { code: string }) => dimension.code), ['TECH', 'GROWTH', 'AUX']);
    assert.equal(own.body.composite.inDistrict.peers, 1);
    assert.equal(own.body.composite.inIndustry.peers, 2, 'the two C39 enterprises');
    assert.ok(own.body.qualifications.some((qualification: { kind: string; isValid: boolean }) => qualification.kind === 'high_tech_enterprise'));
    assert.equal(own.body.financing.isAvailable, false);
    assert.equal((await asEnterprise.request('GET', `/api/enterprises/${seedling}/portrait`)).statusCode, 404);
    assert.equal((await asEnterprise.request('GET', `/api/enterprises/${gazelle}/cultivation`)).statusCode, 200);

    const asDepartment = await signInOverHttp(http, 'demo-department', demoPassword);
    const other = await asDepartment.request('GET', `/api/enterprises/${seedling}/portrait`);
    assert.equal(other.statusCode, 200);
    const failing = other.body.results.find((entry: { status: string; gaps: unknown }) => entry.status !== 'pass' && entry.gaps);
    assert.ok(failing, 'a rule set the enterprise cannot yet pass comes with its gap analysis');

    const asInstitution = await signInOverHttp(http, 'demo-institution', demoPassword);
    assert.equal((await asInstitution.request('GET', `/api/enterprises/${gazelle}/portrait`)).statusCode, 403);
  });

  it('the calculator evaluates facts records without the database and names bad records’ problems', async () => {
    const asInstitution = await signInOverHttp(http, 'demo-institution', demoPassword);
    const before = await count("select count(*)::int as n from evaluation_results");
    const response = await asInstitution.request('POST', '/api/evaluation/calculate', {
      ruleSetId: 'tsme-2022',
      asOf,
      records: [
        { uscc: gazelle, name: '示例', asOf: '2000-01-01', foundedOn: '2015-03-01', years: [{ year: 2025, employees: 100, techStaff: 5, revenueFen: wan(2000), rndExpenseFen: wan(100) }], intellectualProperty: [], qualifications: [] },
        { uscc: 'x', name: '坏记录', asOf, years: 'not a list', intellectualProperty: [], qualifications: [] },
      ],
    });
    assert.equal(response.statusCode, 200, JSON.stringify(response.body));
    assert.equal(response.body.records[0].result.asOf, asOf, '--as-of replaces the record’s date');
    assert.equal(response.body.records[0].result.ruleSetId, 'tsme-2022');
    assert.equal(response.body.records[1].result, null);
    assert.equal(response.body.records[1].errors[0].path, 'years');
    assert.equal(await count("select count(*)::int as n from evaluation_results"), before);
    const unknown = await asInstitution.request('POST', '/api/evaluation/calculate', { ruleSetId: 'nope', records: [{}] });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.body.code, 'RULE_SET_NOT_FOUND');
  });

  it('one registry run at a time: a second start is refused while the first waits for its job', async () => {
    const asDepartment = await signInOverHttp(http, 'demo-department', demoPassword);
    const started = await getKjt().run(startEvaluationRun, { asOf, trigger: 'api', execution: 'caller' }, operator());
    const refused = await asDepartment.request('POST', '/api/evaluation/runs', {});
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.body.code, 'RUN_IN_PROGRESS');
    const progress = await asDepartment.request('GET', `/api/evaluation/runs/${started.id}`);
    assert.equal(progress.body.status, 'queued');
    assert.equal(progress.body.progressTotal, 3);
    await driveEvaluationRun(getKjt().run, operator(), started.id);
    assert.equal((await asDepartment.request('GET', `/api/evaluation/runs/${started.id}`)).body.status, 'finished');
  });
});
