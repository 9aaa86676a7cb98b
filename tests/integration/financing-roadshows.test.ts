import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { buildHttpApp } from '../../src/app/http-app.ts';
import { loadBundledCalendarYears } from '../../src/capabilities/calendar/load-bundled-calendar-years.ts';
import { applyEnterpriseFacts } from '../../src/capabilities/enterprises/apply-enterprise-facts.ts';
import { linkEnterpriseOrganisation } from '../../src/capabilities/enterprises/link-enterprise-organisation.ts';
import { usccCheckCharacter } from '../../src/capabilities/enterprises/uscc.ts';
import type { RoadshowView } from '../../src/capabilities/financing/financing.contracts.ts';
import { listRoadshows, registerForRoadshow } from '../../src/capabilities/financing/manage-roadshows.ts';
import { createOrganisation } from '../../src/capabilities/organisations/create-organisation.ts';
import { findOrganisationByCode } from '../../src/capabilities/organisations/organisation-lookup.ts';
import { loadBundledPolicyPacks } from '../../src/capabilities/policy-packs/load-bundled-policy-packs.ts';
import { demoPassword } from '../../src/demo/demo-city.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import { anonymousActor, systemActor } from '../../src/platform/auth/actor.ts';
import { KjtError } from '../../src/platform/errors.ts';
import type { HttpServer } from '../../src/platform/http/fastify-types.ts';
import { callAs, userActor } from '../support/actors.ts';
import { forEachBackend } from '../support/backends.ts';
import { signInOverHttp, type TestSession } from '../support/http.ts';

const uscc = (() => {
  const body = '91330502MA2F00017';
  return body + usccCheckCharacter(body);
})();

/** What one viewer may learn about a registration: whose it is, its role, attendance and outcome. */
const registrationsOf = (view: RoadshowView | undefined) =>
  (view?.registrations ?? []).map((entry) => [entry.organisation.code, entry.role, entry.attended, entry.outcome, entry.outcomeNote]).sort((left, right) => String(left[0]).localeCompare(String(right[0])));
const countsOf = (view: RoadshowView | undefined) => [view?.presenterCount, view?.investorCount];

forEachBackend('roadshows: overseers see every registration, everyone else only its own', (getKjt) => {
  let http: HttpServer;
  let supervisor: TestSession;
  let enterprise: TestSession; // 示例·湖州星河智能科技有限公司 (ent-demo-xinghe)
  let bank: TestSession; // 示例·太湖银行湖州分行, registers as an investor
  const operator = () => callAs(systemActor('test'));
  const organisationId = (code: string) => getKjt().run(async (_input, ctx) => (await findOrganisationByCode(ctx.tx, code))!.id, {}, operator());
  let fund: ReturnType<typeof callAs>; // 示例·南太湖创业投资管理有限公司
  let peer: ReturnType<typeof callAs>; // another enterprise presenting at the same roadshow
  let bystander: ReturnType<typeof callAs>; // an enterprise registered for nothing
  let held: RoadshowView;
  let planned: RoadshowView;

  // Names and notes that only the overseer (and each registrant, for its own) may see.
  const peerName = '示例·路演同台科技有限公司';
  const notes = { xinghe: '签署投资意向书', peer: '估值分歧较大，暂不跟进', fund: '约定二次尽调', bank: '关注投贷联动' };

  before(async () => {
    await seedDemoCity(getKjt().run);
    await loadBundledPolicyPacks(getKjt().run, operator());
    await loadBundledCalendarYears(getKjt().run, operator());
    await getKjt().run(applyEnterpriseFacts, { subject: 'enterprise', records: [{ uscc, name: '示例·星河路演测试科技有限公司', districtCode: '330502', industryCode: 'C3973', foundedOn: '2018-01-01', sizeClass: 'small' }], source: { channel: 'import', organisationId: null, fileName: 'enterprise.xlsx', fileSha256: 'enterprise' }, isDryRun: false }, operator());
    await getKjt().run(linkEnterpriseOrganisation, { uscc, organisationCode: 'ent-demo-xinghe' }, operator());
    const peerOrganisation = await getKjt().run(createOrganisation, { code: 'ent-roadshow-peer', name: peerName, type: 'enterprise', isDemo: true }, operator());
    const bystanderOrganisation = await getKjt().run(createOrganisation, { code: 'ent-roadshow-bystander', name: '示例·旁观科技有限公司', type: 'enterprise', isDemo: true }, operator());
    peer = callAs(userActor('enterprise', { organisationId: peerOrganisation.id, organisationType: 'enterprise' }));
    bystander = callAs(userActor('enterprise', { organisationId: bystanderOrganisation.id, organisationType: 'enterprise' }));
    fund = callAs(userActor('institution', { organisationId: await organisationId('fund-demo-nantaihu'), organisationType: 'fund_manager' }));
    http = await buildHttpApp(getKjt(), { webRoot: '/nonexistent' });
    supervisor = await signInOverHttp(http, 'demo-supervisor', demoPassword);
    enterprise = await signInOverHttp(http, 'demo-enterprise', demoPassword);
    bank = await signInOverHttp(http, 'demo-institution', demoPassword);

    // A roadshow that has been held: two presenters and two investors, each with an outcome and a note.
    const first = await supervisor.request('POST', '/api/roadshows', { title: '南太湖科创路演（第 11 期）', heldOn: '2026-06-18', location: '南太湖绿色金融中心' });
    assert.equal(first.statusCode, 201, JSON.stringify(first.body));
    assert.equal((await enterprise.request('POST', `/api/roadshows/${first.body.id}/presenters`)).statusCode, 200);
    assert.equal((await bank.request('POST', `/api/roadshows/${first.body.id}/investors`)).statusCode, 200);
    await getKjt().run(registerForRoadshow, { roadshowId: first.body.id, role: 'presenter' }, peer);
    await getKjt().run(registerForRoadshow, { roadshowId: first.body.id, role: 'investor' }, fund);
    const outcome = await supervisor.request('POST', `/api/roadshows/${first.body.id}/outcome`, {
      summary: '2 家企业路演，2 家投资机构到场',
      participants: [
        { organisationCode: 'ent-demo-xinghe', attended: true, outcome: 'term_sheet', outcomeNote: notes.xinghe },
        { organisationCode: 'ent-roadshow-peer', attended: true, outcome: 'no_interest', outcomeNote: notes.peer },
        { organisationCode: 'fund-demo-nantaihu', attended: true, outcome: 'follow_up', outcomeNote: notes.fund },
        { organisationCode: 'bank-demo-taihu', attended: false, outcomeNote: notes.bank },
      ],
    });
    assert.equal(outcome.statusCode, 200, JSON.stringify(outcome.body));
    held = outcome.body;

    // A planned roadshow only the peer has registered for.
    const second = await supervisor.request('POST', '/api/roadshows', { title: '南太湖科创路演（第 12 期）', heldOn: '2026-12-18', location: '湖州科技城' });
    assert.equal(second.statusCode, 201, JSON.stringify(second.body));
    await getKjt().run(registerForRoadshow, { roadshowId: second.body.id, role: 'presenter' }, peer);
    planned = second.body;
  });

  const find = (list: RoadshowView[], id: string) => list.find((view) => view.id === id);
  /** None of the other registrants' identities, outcomes or notes appear anywhere in what `list` tells. */
  const assertNothingOf = (list: RoadshowView[], others: string[]) => {
    const told = JSON.stringify(list);
    for (const secret of others) assert.equal(told.includes(secret), false, `must not reveal ${secret}`);
  };

  it('an overseer sees every registration with its attendance, outcome and note, and the counts', async () => {
    const response = await supervisor.request('GET', '/api/roadshows');
    assert.equal(response.statusCode, 200, JSON.stringify(response.body));
    const list = response.body as RoadshowView[];
    assert.deepEqual(list.map((view) => view.id), [planned.id, held.id], 'the latest first');
    assert.deepEqual(registrationsOf(find(list, held.id)), [
      ['bank-demo-taihu', 'investor', false, null, notes.bank],
      ['ent-demo-xinghe', 'presenter', true, 'term_sheet', notes.xinghe],
      ['ent-roadshow-peer', 'presenter', true, 'no_interest', notes.peer],
      ['fund-demo-nantaihu', 'investor', true, 'follow_up', notes.fund],
    ]);
    assert.equal(find(list, held.id)?.registrations.find((entry) => entry.organisation.code === 'ent-roadshow-peer')?.organisation.name, peerName);
    assert.deepEqual(countsOf(find(list, held.id)), [2, 2]);
    assert.deepEqual(registrationsOf(find(list, planned.id)), [['ent-roadshow-peer', 'presenter', null, null, null]]);
    assert.deepEqual(countsOf(find(list, planned.id)), [1, 0]);
    assert.equal(registrationsOf(held).length, 4, 'recording the outcome answers the organiser with everyone');
    assert.equal(find(list, held.id)?.summary, '2 家企业路演，2 家投资机构到场');
  });

  it('an investor sees the public part of every roadshow and only its own registration', async () => {
    const list = await getKjt().run(listRoadshows, {}, fund);
    assert.deepEqual(registrationsOf(find(list, held.id)), [['fund-demo-nantaihu', 'investor', true, 'follow_up', notes.fund]]);
    assert.deepEqual(countsOf(find(list, held.id)), [2, 2]);
    assert.deepEqual(registrationsOf(find(list, planned.id)), []);
    assert.deepEqual(countsOf(find(list, planned.id)), [1, 0]);
    assertNothingOf(list, ['ent-demo-xinghe', 'ent-roadshow-peer', 'bank-demo-taihu', peerName, notes.xinghe, notes.peer, notes.bank, 'term_sheet', 'no_interest']);

    const overHttp = await bank.request('GET', '/api/roadshows');
    assert.equal(overHttp.statusCode, 200, JSON.stringify(overHttp.body));
    assert.deepEqual(registrationsOf(find(overHttp.body, held.id)), [['bank-demo-taihu', 'investor', false, null, notes.bank]]);
    assertNothingOf(overHttp.body, ['ent-demo-xinghe', 'ent-roadshow-peer', 'fund-demo-nantaihu', peerName, notes.xinghe, notes.peer, notes.fund]);
  });

  it('an enterprise sees the public part of every roadshow and only its own registration', async () => {
    const response = await enterprise.request('GET', '/api/roadshows');
    assert.equal(response.statusCode, 200, JSON.stringify(response.body));
    const list = response.body as RoadshowView[];
    const heldView = find(list, held.id);
    assert.deepEqual([heldView?.title, heldView?.heldOn, heldView?.location, heldView?.status], ['南太湖科创路演（第 11 期）', '2026-06-18', '南太湖绿色金融中心', 'held']);
    assert.deepEqual(registrationsOf(heldView), [['ent-demo-xinghe', 'presenter', true, 'term_sheet', notes.xinghe]]);
    assert.equal(heldView?.summary, '2 家企业路演，2 家投资机构到场', 'it presented there, so it reads the minutes');
    assert.deepEqual(countsOf(heldView), [2, 2]);
    assert.deepEqual(registrationsOf(find(list, planned.id)), []);
    assert.deepEqual(countsOf(find(list, planned.id)), [1, 0]);
    assertNothingOf(list, ['ent-roadshow-peer', 'fund-demo-nantaihu', 'bank-demo-taihu', peerName, notes.peer, notes.fund, notes.bank, 'no_interest', 'follow_up']);
  });

  it('another enterprise, registered for nothing, sees no registration but the counts', async () => {
    const list = await getKjt().run(listRoadshows, {}, bystander);
    assert.deepEqual(list.map((view) => [view.id, view.title, view.location, view.registrations.length]), [
      [planned.id, '南太湖科创路演（第 12 期）', '湖州科技城', 0],
      [held.id, '南太湖科创路演（第 11 期）', '南太湖绿色金融中心', 0],
    ]);
    assert.deepEqual(countsOf(find(list, held.id)), [2, 2]);
    assert.deepEqual(countsOf(find(list, planned.id)), [1, 0]);
    assertNothingOf(list, ['ent-demo-xinghe', 'ent-roadshow-peer', 'fund-demo-nantaihu', 'bank-demo-taihu', peerName, ...Object.values(notes), 'term_sheet', 'no_interest', 'follow_up']);
    assert.equal(find(list, held.id)?.summary, null, 'the minutes are for the organiser and those who took part');
  });

  it('refuses anyone not signed in', async () => {
    assert.equal((await http.inject({ method: 'GET', url: '/api/roadshows' })).statusCode, 401);
    await assert.rejects(getKjt().run(listRoadshows, {}, callAs(anonymousActor)), (error: unknown) => error instanceof KjtError && error.code === 'UNAUTHENTICATED');
  });
});
