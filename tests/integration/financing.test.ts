import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { inboxMessages } from '../../src/capabilities/notifications/notifications.tables.ts';
import { before, it } from 'node:test';
import { buildHttpApp } from '../../src/app/http-app.ts';
import { loadBundledCalendarYears } from '../../src/capabilities/calendar/load-bundled-calendar-years.ts';
import { loadBundledPolicyPacks } from '../../src/capabilities/policy-packs/load-bundled-policy-packs.ts';
import { applyEnterpriseFacts } from '../../src/capabilities/enterprises/apply-enterprise-facts.ts';
import { linkEnterpriseOrganisation } from '../../src/capabilities/enterprises/link-enterprise-organisation.ts';
import { usccCheckCharacter } from '../../src/capabilities/enterprises/uscc.ts';
import { evaluateEnterprise } from '../../src/capabilities/evaluation/evaluate-enterprise.ts';
import { claimDemand } from '../../src/capabilities/financing/claim-demand.ts';
import type { ClaimView, DemandSummary } from '../../src/capabilities/financing/financing.contracts.ts';
import { getDemand } from '../../src/capabilities/financing/get-demand.ts';
import { listDemands } from '../../src/capabilities/financing/list-demands.ts';
import { saveProduct } from '../../src/capabilities/financing/save-product.ts';
import { sweepDemandDeadlines } from '../../src/capabilities/financing/sweep-demand-deadlines.ts';
import { createOrganisation } from '../../src/capabilities/organisations/create-organisation.ts';
import { findOrganisationByCode } from '../../src/capabilities/organisations/organisation-lookup.ts';
import { demoPassword } from '../../src/demo/demo-city.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import { shanghaiDate } from '../../src/platform/calendar-date.ts';
import { KjtError } from '../../src/platform/errors.ts';
import type { HttpServer } from '../../src/platform/http/fastify-types.ts';
import { callAs, userActor } from '../support/actors.ts';
import { forEachBackend } from '../support/backends.ts';
import { importTestCalendarAfterBundled } from '../support/test-calendar.ts';
import { signInOverHttp, type TestSession } from '../support/http.ts';

const uscc = (() => {
  const body = '91330502MA2F00009';
  return body + usccCheckCharacter(body);
})();
const wan = (amount: number) => amount * 1_000_000;
const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
const creditLoan = {
  name: '科创信用贷',
  productType: 'credit_loan' as const,
  demandKind: 'debt' as const,
  minAmountFen: wan(50),
  maxAmountFen: wan(1000),
  minTermMonths: 6,
  maxTermMonths: 36,
  minRateBp: 300,
  maxRateBp: 450,
  launchedOn: '2024-01-01',
  isNewUnderPolicy: true,
  status: 'active' as const,
};

forEachBackend('financing matching: products, demands, claims, outcomes, referrals, ratings, consent', (getKjt, backend) => {
  let http: HttpServer;
  let enterprise: TestSession;
  let bank: TestSession;
  const operator = () => callAs(systemActor('test'));
  const apply = (subject: 'enterprise' | 'yearly' | 'qualification', records: Array<Record<string, unknown> & { uscc: string }>) =>
    getKjt().run(applyEnterpriseFacts, { subject, records, source: { channel: 'import', organisationId: null, fileName: `${subject}.xlsx`, fileSha256: subject }, isDryRun: false }, operator());

  before(async () => {
    await seedDemoCity(getKjt().run);
    await loadBundledPolicyPacks(getKjt().run, operator());
    await loadBundledCalendarYears(getKjt().run, operator());
    // The API acts at today's date: deadlines set late in December reach into a year no package covers yet.
    await importTestCalendarAfterBundled(getKjt().run, operator());
    await apply('enterprise', [{ uscc, name: '示例·星河融资测试科技有限公司', districtCode: '330502', industryCode: 'C3973', foundedOn: '2018-01-01', sizeClass: 'small' }]);
    // The API reads facts as of today: the last three fiscal years, and a certificate valid until two years from now.
    await apply('yearly', [thisYear - 3, thisYear - 2, thisYear - 1].map((year) => ({ uscc, year, employees: 80, techStaff: 20, revenueFen: wan(3000), rndExpenseFen: wan(200) })));
    await apply('qualification', [{ uscc, kind: 'high_tech_enterprise', certificateNumber: 'GR2024330001', validFrom: '2024-01-01', validTo: `${thisYear + 2}-12-31` }]);
    await getKjt().run(linkEnterpriseOrganisation, { uscc, organisationCode: 'ent-demo-xinghe' }, operator());
    await getKjt().run(evaluateEnterprise, { uscc }, operator());
    http = await buildHttpApp(getKjt(), { webRoot: '/nonexistent' });
    enterprise = await signInOverHttp(http, 'demo-enterprise', demoPassword);
    bank = await signInOverHttp(http, 'demo-institution', demoPassword); // 示例·太湖银行湖州分行
  });

  it('an institution manages its own products; the public catalogue lists active ones; a bad rule is refused with its path', async () => {
    const created = await bank.request('POST', '/api/products', { ...creditLoan, eligibility: { all: [{ qualification: ['high_tech_enterprise'] }, { amount: { op: '<=', value: '1000万元' } }] } });
    assert.equal(created.statusCode, 201, JSON.stringify(created.body));
    assert.equal(created.body.institution.code, 'bank-demo-taihu');
    const strict = await bank.request('POST', '/api/products', { ...creditLoan, name: '领军贷', eligibility: { tier: ['leader'] } });
    assert.equal(strict.statusCode, 201);
    const bad = await bank.request('POST', '/api/products', { ...creditLoan, eligibility: { creditScore: 700 } });
    assert.equal(bad.statusCode, 400);
    const catalogue = await http.inject({ method: 'GET', url: '/api/products?demandKind=debt' });
    assert.equal(catalogue.statusCode, 200, 'the catalogue is public');
    assert.equal(catalogue.json().total, 2);
    const suspended = await bank.request('PUT', `/api/products/${strict.body.id}`, { ...creditLoan, name: '领军贷', eligibility: { tier: ['leader'] }, status: 'suspended' });
    assert.equal(suspended.statusCode, 200);
    assert.equal((await http.inject({ method: 'GET', url: '/api/products?demandKind=debt' })).json().total, 1);
    assert.equal((await bank.request('GET', '/api/products/mine')).body.total, 2, 'an institution still sees its suspended product');
  });

  it('the institution registry: an institution fills in its tech-finance flags with dates; new ones since the policy are counted', async () => {
    const missingDate = await bank.request('PUT', '/api/institutions/bank-demo-taihu/profile', { isTechFinanceSpecialised: true, hasTechFinanceDivision: false, isSettledInGreenFinanceCentre: false });
    assert.equal(missingDate.statusCode, 400, 'a flag needs its date');
    const saved = await bank.request('PUT', '/api/institutions/bank-demo-taihu/profile', { isTechFinanceSpecialised: true, techFinanceSpecialisedSince: '2024-06-18', hasTechFinanceDivision: true, techFinanceDivisionName: '科技金融事业部', techFinanceDivisionSince: '2022-03-01', isSettledInGreenFinanceCentre: true, settledInGreenFinanceCentreSince: '2024-09-09' });
    assert.equal(saved.statusCode, 200, JSON.stringify(saved.body));
    const other = await bank.request('PUT', '/api/institutions/bank-demo-tiaoxi/profile', { isTechFinanceSpecialised: false, hasTechFinanceDivision: false, isSettledInGreenFinanceCentre: false });
    assert.equal(other.statusCode, 404, 'another institution’s profile is not its to edit');
    const registry = await http.inject({ method: 'GET', url: '/api/institutions?type=bank' });
    assert.equal(registry.statusCode, 200, 'the registry is public');
    const taihu = registry.json().items.find((item: { code: string }) => item.code === 'bank-demo-taihu');
    assert.equal(taihu.profile.techFinanceDivisionName, '科技金融事业部');
    assert.equal(taihu.activeProducts, 1);
    const counts = registry.json().sinceThePolicy;
    assert.equal(counts.since, '2024-01-15', 'the pack in force took effect on 2024-01-15');
    assert.deepEqual([counts.specialisedInstitutions, counts.techFinanceDivisions, counts.settledInGreenFinanceCentre], [1, 0, 1], 'the division predates the policy');
    assert.equal(counts.newProducts, 0, 'the products launched 2024-01-01, before the policy took effect');
    assert.deepEqual(
      counts.targets.map((target: { code: string; value: number; achieved: number; clause: string; deadline: string }) => [target.code, target.value, target.achieved, target.clause, target.deadline]),
      [
        ['new_products', 50, 0, '二、第一项', '2025-12-31'],
        ['new_specialised_institutions', 10, 1, '二、第三项', '2025-12-31'],
      ],
      '湖政办发〔2023〕61号 二: 50 new products and 10 new specialised institutions by the end of 2025, each with the count against it',
    );
  });

  it('matching shows the eligible products with the rules that matched, and the ineligible with the rule that failed', async () => {
    await getKjt().run(saveProduct, { ...creditLoan, name: '瞪羚贷', eligibility: { tier: ['gazelle'] }, institutionCode: 'bank-demo-tiaoxi' }, operator());
    const matches = await enterprise.request('POST', '/api/financing/matches', { kind: 'debt', amountFen: wan(300), termMonths: 12, maxRateBp: 500 });
    assert.equal(matches.statusCode, 200, JSON.stringify(matches.body));
    const byName = new Map(matches.body.map((match: { product: { name: string } }) => [match.product.name, match]));
    const eligible = byName.get('科创信用贷') as { isEligible: boolean; reasons: Array<{ zh: string }> };
    assert.equal(eligible.isEligible, true);
    assert.ok(eligible.reasons.some((reason) => /高新技术企业.*满足/.test(reason.zh)), JSON.stringify(eligible.reasons));
    const gazelle = byName.get('瞪羚贷') as { isEligible: boolean; reasons: Array<{ zh: string; en: string }> };
    assert.equal(gazelle.isEligible, false);
    assert.deepEqual(gazelle.reasons.map((reason) => reason.en), ['cultivation tier Gazelle (now: not in the database): not met']);
    const tooMuch = await enterprise.request('POST', '/api/financing/matches', { kind: 'debt', amountFen: wan(2000), termMonths: 12, maxRateBp: 500 });
    assert.equal(tooMuch.body.find((match: { product: { name: string } }) => match.product.name === '科创信用贷').isEligible, false);
  });

  let demandId: string;
  it('an open demand: eligible institutions are told, one claims, the enterprise sees the claim, the timeline records it', async () => {
    const postedDemand = await enterprise.request('POST', '/api/financing/my-demands', { kind: 'debt', amountFen: wan(300), termMonths: 12, purpose: '研发设备采购', collateral: ['intellectual_property'], maxRateBp: 500, dispatchMode: 'open', claimCap: 3 });
    assert.equal(postedDemand.statusCode, 201, JSON.stringify(postedDemand.body));
    demandId = postedDemand.body.demandId;
    const inbox = await bank.request('GET', '/api/inbox');
    const posted = inbox.body.items.find((message: { kind: string; link: string }) => message.kind === 'demand_posted' && message.link.endsWith(demandId));
    assert.match(posted.body.zh, /请在 \d{4}-\d{2}-\d{2} 23:59（北京时间）前接单/, 'the claim deadline in working days, read in Beijing time');
    assert.equal(posted.isRead, false);
    assert.equal((await bank.request('POST', `/api/inbox/${posted.id}/read`)).statusCode, 200);
    const all = await bank.request('GET', '/api/inbox?isUnreadOnly=false');
    const unread = await bank.request('GET', '/api/inbox?isUnreadOnly=true');
    assert.equal(all.body.total, unread.body.total + 1, 'isUnreadOnly=false lists the read message too');
    const listed = await bank.request('GET', '/api/financing/inbox');
    assert.ok(listed.body.items.some((item: { id: string }) => item.id === demandId));
    const claimed = await bank.request('POST', `/api/financing/inbox/${demandId}/claim`);
    assert.equal(claimed.statusCode, 200, JSON.stringify(claimed.body));
    assert.ok(new Date(claimed.body.contactDeadline) > new Date(), 'a contact deadline in working days');
    const twice = await bank.request('POST', `/api/financing/inbox/${demandId}/claim`);
    assert.deepEqual([twice.statusCode, twice.body.code], [409, 'ALREADY_CLAIMED']);
    const mine = await enterprise.request('GET', `/api/financing/my-demands/${demandId}`);
    assert.equal(mine.body.status, 210);
    assert.deepEqual(mine.body.timeline.map((entry: { event: string }) => entry.event), ['posted', 'claimed']);
    assert.ok((await enterprise.request('GET', '/api/inbox')).body.items.some((message: { kind: string }) => message.kind === 'demand_claimed'));
  });

  it('a decline needs a reason from the list and, with slots left, re-opens the demand; the enterprise rates the institution once', async () => {
    const noReason = await bank.request('POST', `/api/financing/inbox/${demandId}/decision`, { decision: 'decline', reason: 'bad-luck', text: '不符合' });
    assert.equal(noReason.statusCode, 400);
    assert.equal((await bank.request('POST', `/api/financing/inbox/${demandId}/contact`, { note: '电话联系财务负责人' })).statusCode, 200);
    const declined = await bank.request('POST', `/api/financing/inbox/${demandId}/decision`, { decision: 'decline', reason: 'insufficient_collateral', text: '知识产权评估值不足以覆盖额度' });
    assert.equal(declined.statusCode, 200, JSON.stringify(declined.body));
    assert.equal(declined.body.demandStatus, 110, 'two slots remain: open again for other institutions');
    const message = (await enterprise.request('GET', '/api/inbox')).body.items.find((item: { kind: string }) => item.kind === 'outcome');
    assert.match(message.body.zh, /担保或抵质押不足/);

    const withdrawRefused = await enterprise.request('POST', `/api/financing/my-demands/${demandId}/referral`, { institutionCodes: ['gua-demo-deqing'] });
    assert.deepEqual([withdrawRefused.statusCode, withdrawRefused.body.code], [409, 'TRANSITION_REFUSED'], 'a referral follows a decline of everyone, not while others may still claim');

    const ratingOfTaihu = async (session: TestSession, prefix: string) => (await session.request('GET', `${prefix}/${demandId}`)).body.claims.find((claim: ClaimView) => claim.institution.code === 'bank-demo-taihu').rating;
    assert.equal(await ratingOfTaihu(enterprise, '/api/financing/my-demands'), null, 'not rated yet');
    const rated = await enterprise.request('POST', `/api/financing/my-demands/${demandId}/rating`, { institutionCode: 'bank-demo-taihu', stars: 3, comment: '响应及时，但额度不足' });
    assert.equal(rated.statusCode, 200, JSON.stringify(rated.body));
    const shown = await ratingOfTaihu(enterprise, '/api/financing/my-demands');
    assert.deepEqual([shown?.stars, shown?.comment], [3, '响应及时，但额度不足'], 'the detail says the bank is rated, so the page shows the rating instead of offering it again');
    assert.equal(await ratingOfTaihu(bank, '/api/financing/inbox'), null, 'the rated institution does not see the enterprise’s rating of it on the demand');
    const again = await enterprise.request('POST', `/api/financing/my-demands/${demandId}/rating`, { institutionCode: 'bank-demo-taihu', stars: 5 });
    assert.deepEqual([again.statusCode, again.body.code], [409, 'ALREADY_RATED']);

    const tiaoxi = userActor('institution', { organisationId: (await getKjt().run(async (_input, ctx) => (await findOrganisationByCode(ctx.tx, 'bank-demo-tiaoxi'))!.id, {}, operator())) });
    // 苕溪 offers debt products, but its only one needs the gazelle tier: the open demand is not for it to see or claim.
    await assert.rejects(getKjt().run(claimDemand, { demandId }, callAs(tiaoxi)), (error: unknown) => error instanceof KjtError && error.code === 'DEMAND_NOT_FOUND', 'not eligible: not found');
    await assert.rejects(getKjt().run(getDemand, { demandId, audience: 'institution' }, callAs(tiaoxi)), (error: unknown) => error instanceof KjtError && error.code === 'DEMAND_NOT_FOUND');
    const tiaoxiInbox = await getKjt().run(listDemands, { audience: 'institution', page: 1, pageSize: 200 }, callAs(tiaoxi));
    assert.equal(tiaoxiInbox.items.some((item) => item.id === demandId), false, 'nor in its inbox');
    const bankInbox = await bank.request('GET', '/api/financing/inbox?pageSize=200');
    assert.equal(bankInbox.body.items.some((item: { id: string }) => item.id === demandId), true, 'the eligible bank still lists it');
  });

  it('declined by everyone it was sent to → 未获批; the enterprise accepts a referral to a guarantor, which claims and approves; the enterprise rates it', async () => {
    const posted = await enterprise.request('POST', '/api/financing/my-demands', { kind: 'debt', amountFen: wan(150), termMonths: 12, purpose: '订单备货', dispatchMode: 'chosen', institutionCodes: ['bank-demo-taihu'] });
    const id = posted.body.demandId;
    assert.equal((await bank.request('POST', `/api/financing/inbox/${id}/claim`)).statusCode, 200);
    const declined = await bank.request('POST', `/api/financing/inbox/${id}/decision`, { decision: 'decline', reason: 'insufficient_revenue', text: '近一年收入下滑' });
    assert.equal(declined.body.demandStatus, 410);
    const guarantorId = await getKjt().run(async (_input, ctx) => (await findOrganisationByCode(ctx.tx, 'gua-demo-deqing'))!.id, {}, operator());
    const guarantor = callAs(userActor('institution', { organisationId: guarantorId }));
    await assert.rejects(getKjt().run(claimDemand, { demandId: id }, guarantor), (error: unknown) => error instanceof KjtError && error.code === 'DEMAND_NOT_FOUND', 'not sent to it yet');
    const referred = await enterprise.request('POST', `/api/financing/my-demands/${id}/referral`, { institutionCodes: ['gua-demo-deqing'] });
    assert.equal(referred.statusCode, 200, JSON.stringify(referred.body));
    assert.equal(referred.body.status, 110);
    await getKjt().run(claimDemand, { demandId: id }, guarantor);
    const { decideClaim } = await import('../../src/capabilities/financing/handle-claim.ts');
    const approved = await getKjt().run(decideClaim, { demandId: id, decision: 'approve', amountFen: wan(150), rateBp: 380, termMonths: 12, productType: 'guarantee', isCredit: false, isFirstLoan: true, isRenewal: false, isIpPledge: false }, guarantor);
    assert.deepEqual([approved.claimStatus, approved.demandStatus], ['approved', 310]);
    const detail = await enterprise.request('GET', `/api/financing/my-demands/${id}`);
    assert.deepEqual(detail.body.timeline.map((entry: { event: string }) => entry.event), ['posted', 'claimed', 'claim_ended_no_slots', 'referral_accepted', 'claimed', 'approved']);
    assert.deepEqual(detail.body.recipients.map((recipient: { code: string; reason: string }) => [recipient.code, recipient.reason]).sort(), [['bank-demo-taihu', 'dispatch'], ['gua-demo-deqing', 'referral']]);
    assert.equal((await enterprise.request('POST', `/api/financing/my-demands/${id}/rating`, { institutionCode: 'gua-demo-deqing', stars: 5 })).statusCode, 200);
    const starsByCode = (view: { claims: ClaimView[] }) => Object.fromEntries(view.claims.map((claim) => [claim.institution.code, claim.rating?.stars ?? null]));
    assert.deepEqual(starsByCode((await enterprise.request('GET', `/api/financing/my-demands/${id}`)).body), { 'bank-demo-taihu': null, 'gua-demo-deqing': 5 }, 'only the guarantor is rated on this demand');
    const supervisor = await signInOverHttp(http, 'demo-supervisor', demoPassword);
    assert.deepEqual(starsByCode((await supervisor.request('GET', `/api/financing/demands/${id}`)).body), { 'bank-demo-taihu': null, 'gua-demo-deqing': 5 }, 'overseers see the ratings');
    assert.deepEqual(starsByCode(await getKjt().run(getDemand, { demandId: id, audience: 'institution' }, guarantor)), { 'gua-demo-deqing': null }, 'institutions do not see ratings, not even their own (nor the other institutions\' claims)');
    const withdraw = await enterprise.request('POST', `/api/financing/my-demands/${id}/withdraw`);
    assert.deepEqual([withdraw.statusCode, withdraw.body.code], [409, 'TRANSITION_REFUSED'], 'a financed demand cannot be withdrawn');
  });

  it('a chosen dispatch nobody claims in time re-opens to every eligible institution; supervisors hear of it', async () => {
    const posted = await enterprise.request('POST', '/api/financing/my-demands', { kind: 'debt', amountFen: wan(100), termMonths: 12, purpose: '流动资金', dispatchMode: 'chosen', institutionCodes: ['bank-demo-nanxun'] });
    assert.equal(posted.statusCode, 201, JSON.stringify(posted.body));
    const later = new Date(Date.now() + 30 * 24 * 3600_000);
    const swept = await getKjt().run(async (input, ctx) => sweepDemandDeadlines(input, { ...ctx, now: later }), {}, operator());
    assert.ok(swept.reopened >= 1, JSON.stringify(swept));
    const supervisor = await signInOverHttp(http, 'demo-supervisor', demoPassword);
    const overdue = await supervisor.request('GET', '/api/inbox');
    assert.ok(overdue.body.items.some((item: { kind: string; link: string }) => item.kind === 'deadline_missed' && item.link.endsWith(posted.body.demandId)));
    const detail = await supervisor.request('GET', `/api/financing/demands/${posted.body.demandId}`);
    assert.equal(detail.body.dispatchMode, 'open');
    assert.ok(detail.body.timeline.some((entry: { event: string }) => entry.event === 'reopened'));
  });

  it('consent: the institution sees only the granted parts while the consent runs; every read is in the enterprise’s log', async () => {
    const none = await bank.request('GET', `/api/consented-enterprises/${uscc}`);
    assert.deepEqual([none.statusCode, none.body.code], [404, 'NO_CONSENT']);
    const granted = await enterprise.request('POST', '/api/consents', { institutionCode: 'bank-demo-taihu', scopes: ['profile', 'evaluation'], purpose: '授信审查', validUntil: '2099-12-31' });
    assert.equal(granted.statusCode, 201, JSON.stringify(granted.body));
    const seen = await bank.request('GET', `/api/consented-enterprises/${uscc}`);
    assert.equal(seen.statusCode, 200, JSON.stringify(seen.body));
    assert.deepEqual(Object.keys(seen.body.parts).sort(), ['evaluation', 'profile']);
    assert.equal(seen.body.parts.contacts, undefined, 'contacts were not granted');
    const log = await enterprise.request('GET', '/api/consents/access-log');
    assert.ok(log.body.items.some((entry: { basis: string; institution: { code: string } }) => entry.basis === 'consent' && entry.institution.code === 'bank-demo-taihu'));
    assert.ok(log.body.items.some((entry: { basis: string }) => entry.basis === 'demand'), 'reading a demand addressed to it is logged too');
    assert.equal((await enterprise.request('POST', `/api/consents/${granted.body.id}/revoke`)).statusCode, 200);
    assert.equal((await bank.request('GET', `/api/consented-enterprises/${uscc}`)).statusCode, 404, 'revoked: nothing more');
  });

  it('equity: investors see an open equity demand only with the enterprise’s consent, express interest; the equity list and roadshows', async () => {
    await getKjt().run(saveProduct, { name: '南太湖科创基金', productType: 'equity_investment', demandKind: 'equity', minAmountFen: wan(500), maxAmountFen: wan(5000), launchedOn: '2024-02-01', isNewUnderPolicy: true, status: 'active', eligibility: null, institutionCode: 'fund-demo-nantaihu' }, operator());
    const posted = await enterprise.request('POST', '/api/financing/my-demands', { kind: 'equity', amountFen: wan(2000), purpose: 'A 轮融资，扩充研发团队', equityRound: 'A', valuationFen: wan(20000), dispatchMode: 'open' });
    assert.equal(posted.statusCode, 201, JSON.stringify(posted.body));
    const id = posted.body.demandId;
    const fundId = await getKjt().run(async (_input, ctx) => (await findOrganisationByCode(ctx.tx, 'fund-demo-nantaihu'))!.id, {}, operator());
    const fund = callAs(userActor('institution', { organisationId: fundId }));
    const { expressEquityInterest } = await import('../../src/capabilities/financing/express-equity-interest.ts');
    const { registerForRoadshow } = await import('../../src/capabilities/financing/manage-roadshows.ts');
    const toldFund = await getKjt().run(async (_input, ctx) => ctx.tx.select({ link: inboxMessages.link }).from(inboxMessages).where(eq(inboxMessages.recipientOrganisationId, fundId)), {}, operator());
    assert.equal(toldFund.some((message) => message.link?.endsWith(id)), false, 'no consent: the investor is not told of the equity demand either');
    const unseen = await getKjt().run(listDemands, { audience: 'institution', page: 1, pageSize: 50 }, fund);
    assert.equal(unseen.items.some((item) => item.id === id), false, 'no consent: not in the investor’s list');
    await assert.rejects(getKjt().run(expressEquityInterest, { demandId: id }, fund), (error: unknown) => error instanceof KjtError && error.code === 'DEMAND_NOT_FOUND');
    assert.equal((await enterprise.request('POST', '/api/consents', { institutionCode: 'fund-demo-nantaihu', scopes: ['profile', 'evaluation'], purpose: 'A 轮尽调', validUntil: '2099-01-01' })).statusCode, 201);
    const seen = await getKjt().run(listDemands, { audience: 'institution', page: 1, pageSize: 50 }, fund);
    assert.equal(seen.items.some((item) => item.id === id), true);
    assert.deepEqual(await getKjt().run(expressEquityInterest, { demandId: id, note: '关注核心技术团队' }, fund), { isNew: true });
    assert.deepEqual(await getKjt().run(expressEquityInterest, { demandId: id }, fund), { isNew: false });
    assert.ok((await enterprise.request('GET', '/api/inbox')).body.items.some((message: { kind: string }) => message.kind === 'equity_interest'));
    const interestsSeenBy = (view: { interests: Array<{ institution: { code: string }; note: string | null }> }) => view.interests.map((entry) => [entry.institution.code, entry.note]);
    assert.deepEqual(interestsSeenBy((await enterprise.request('GET', `/api/financing/my-demands/${id}`)).body), [['fund-demo-nantaihu', '关注核心技术团队']], 'the enterprise sees who is interested');
    assert.deepEqual(interestsSeenBy(await getKjt().run(getDemand, { demandId: id, audience: 'institution' }, fund)), [['fund-demo-nantaihu', '关注核心技术团队']], 'the investor sees its own interest');

    const supervisor = await signInOverHttp(http, 'demo-supervisor', demoPassword);
    const seekers = await supervisor.request('GET', '/api/financing/equity-seekers');
    const row = seekers.body.find((entry: { demandId: string }) => entry.demandId === id);
    assert.deepEqual([row.equityRound, row.valuationFen, row.interestedInvestors], ['A', wan(20000), 1]);
    const exported = await supervisor.request('GET', '/api/financing/equity-seekers/export');
    assert.equal(exported.statusCode, 200);
    assert.equal(exported.headers['x-kjt-row-count'], String(seekers.body.length));

    const roadshow = await supervisor.request('POST', '/api/roadshows', { title: '南太湖科创路演（第 12 期）', heldOn: '2026-12-18', location: '南太湖绿色金融中心' });
    assert.equal(roadshow.statusCode, 201, JSON.stringify(roadshow.body));
    assert.equal((await enterprise.request('POST', `/api/roadshows/${roadshow.body.id}/presenters`)).statusCode, 200);
    await getKjt().run(registerForRoadshow, { roadshowId: roadshow.body.id, role: 'investor' }, fund);
    const held = await supervisor.request('POST', `/api/roadshows/${roadshow.body.id}/outcome`, { summary: '6 家企业路演，4 家投资机构到场', participants: [{ organisationCode: 'ent-demo-xinghe', attended: true, outcome: 'term_sheet', outcomeNote: '签署投资意向书' }, { organisationCode: 'fund-demo-nantaihu', attended: true }] });
    assert.equal(held.statusCode, 200, JSON.stringify(held.body));
    assert.equal(held.body.status, 'held');
    assert.deepEqual(held.body.registrations.map((entry: { role: string; attended: boolean; outcome: string | null }) => [entry.role, entry.attended, entry.outcome]).sort(), [['investor', true, null], ['presenter', true, 'term_sheet']]);
    const closed = await enterprise.request('POST', `/api/roadshows/${roadshow.body.id}/presenters`);
    assert.deepEqual([closed.statusCode, closed.body.code], [409, 'ROADSHOW_NOT_OPEN']);
  });

  it(`claims are race-free: of many concurrent claims exactly the cap win${backend === 'pglite' ? ' (PGlite serialises; the real race runs on PostgreSQL)' : ''}`, async () => {
    const codes = Array.from({ length: 8 }, (_, index) => `bank-race-${index}`);
    const actors = [];
    for (const code of codes) {
      const organisation = await getKjt().run(createOrganisation, { code, name: `示例·竞速银行${code}`, type: 'bank', isDemo: true }, operator());
      await getKjt().run(saveProduct, { ...creditLoan, name: `竞速贷${code}`, eligibility: null, institutionCode: code }, operator());
      actors.push(userActor('institution', { organisationId: organisation.id }));
    }
    const posted = await enterprise.request('POST', '/api/financing/my-demands', { kind: 'debt', amountFen: wan(200), termMonths: 12, purpose: '并发测试', dispatchMode: 'open', claimCap: 3 });
    const id = posted.body.demandId;
    const outcomes = await Promise.allSettled([...actors, actors[0]!].map((actor) => getKjt().run(claimDemand, { demandId: id }, callAs(actor))));
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
    const codesSeen = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected').map((outcome) => (outcome.reason as KjtError).code);
    assert.equal(won, 3, `exactly the cap: ${JSON.stringify(codesSeen)}`);
    assert.ok(codesSeen.every((code) => code === 'CLAIM_LIMIT_REACHED' || code === 'ALREADY_CLAIMED'), JSON.stringify(codesSeen));
    assert.ok(codesSeen.filter((code) => code === 'CLAIM_LIMIT_REACHED').length >= 5);
    const limit = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected' && (outcome.reason as KjtError).code === 'CLAIM_LIMIT_REACHED');
    assert.match((limit!.reason as KjtError).messages.zh, /名额已满/);
    assert.match((limit!.reason as KjtError).messages.en, /Claim limit reached/);
    const stored = await getKjt().db.query<{ n: number }>('select count(*)::int as n from demand_claims where demand_id = $1', [id]);
    assert.equal(stored.rows[0]?.n, 3);
  });

  it('the demand lists carry each demand’s claims in brief, exactly the claims its detail shows the same reader, no more', async () => {
    const newBank = async (code: string) => {
      const organisation = await getKjt().run(createOrganisation, { code, name: `示例·列表银行${code}`, type: 'bank', isDemo: true }, operator());
      await getKjt().run(saveProduct, { ...creditLoan, name: `列表贷${code}`, eligibility: null, institutionCode: code }, operator());
      return callAs(userActor('institution', { organisationId: organisation.id }));
    };
    const second = await newBank('bank-list-chosen');
    const outsider = await newBank('bank-list-outsider');
    const posted = await enterprise.request('POST', '/api/financing/my-demands', { kind: 'debt', amountFen: wan(120), termMonths: 12, purpose: '列表接单信息', dispatchMode: 'chosen', institutionCodes: ['bank-demo-taihu', 'bank-list-chosen'] });
    assert.equal(posted.statusCode, 201, JSON.stringify(posted.body));
    const id = posted.body.demandId as string;
    assert.equal((await bank.request('POST', `/api/financing/inbox/${id}/claim`)).statusCode, 200);
    assert.equal((await bank.request('POST', `/api/financing/inbox/${id}/contact`, { note: '电话联系' })).statusCode, 200);
    await getKjt().run(claimDemand, { demandId: id }, second);

    const overseer = await signInOverHttp(http, 'demo-supervisor', demoPassword);
    const listed = (await overseer.request('GET', '/api/financing/demands?pageSize=200')).body.items.find((item: DemandSummary) => item.id === id) as DemandSummary;
    assert.equal(listed.claimCount, 2);
    assert.deepEqual(
      listed.claims.map((claim) => [claim.institution.name, claim.status, claim.contactDeadline !== null, claim.decisionDeadline !== null]),
      [
        ['示例·太湖银行湖州分行', 'contacted', true, true],
        ['示例·列表银行bank-list-chosen', 'claimed', true, true],
      ],
    );

    // Every reader: each listed demand's claims are its detail's claims, field for field.
    const brief = (claim: ClaimView) => ({ id: claim.id, institution: { id: claim.institution.id, name: claim.institution.name }, status: claim.status, contactDeadline: claim.contactDeadline, decisionDeadline: claim.decisionDeadline, declineReason: claim.declineReason, declineText: claim.declineText });
    const overHttp = (session: TestSession, prefix: string) => ({
      list: async () => (await session.request('GET', `${prefix}?pageSize=200`)).body.items as DemandSummary[],
      detail: async (demandId: string) => {
        const response = await session.request('GET', `${prefix}/${demandId}`);
        assert.equal(response.statusCode, 200, `listed, so its detail is readable: ${JSON.stringify(response.body)}`);
        return response.body as { claims: ClaimView[]; claimCount: number };
      },
    });
    const direct = (call: ReturnType<typeof callAs>) => ({
      list: async () => (await getKjt().run(listDemands, { audience: 'institution', page: 1, pageSize: 200 }, call)).items,
      detail: (demandId: string) => getKjt().run(getDemand, { demandId, audience: 'institution' }, call),
    });
    const readers = {
      enterprise: overHttp(enterprise, '/api/financing/my-demands'),
      bank: overHttp(bank, '/api/financing/inbox'),
      overseer: overHttp(overseer, '/api/financing/demands'),
      second: direct(second),
      outsider: direct(outsider),
    };
    const listedIds: Record<string, string[]> = {};
    for (const [name, reader] of Object.entries(readers)) {
      const items = await reader.list();
      listedIds[name] = items.map((item) => item.id);
      for (const item of items) {
        const detail = await reader.detail(item.id);
        assert.deepEqual(item.claims, detail.claims.map(brief), `${name}: the list shows demand ${item.id}'s claims as its detail does`);
        assert.equal(item.claimCount, detail.claimCount);
      }
    }
    for (const name of ['enterprise', 'bank', 'overseer', 'second']) assert.ok(listedIds[name]?.includes(id), `${name} lists the chosen demand`);
    // An institution reads its own claim only: another's terms, decline reasons and contact are not its business.
    const bankListed = (await readers.bank.list()).find((item) => item.id === id);
    assert.deepEqual([bankListed?.claims.map((claim) => claim.institution.name), bankListed?.claimCount], [['示例·太湖银行湖州分行'], 2], 'its own claim, and how many there are');
    const secondDetail = await getKjt().run(getDemand, { demandId: id, audience: 'institution' }, second);
    assert.deepEqual(secondDetail.claims.map((claim) => claim.institution.name), ['示例·列表银行bank-list-chosen']);
    assert.deepEqual(secondDetail.recipients.map((recipient) => recipient.code), ['bank-list-chosen'], 'nor which other institutions the enterprise chose');
    const othersSteps = secondDetail.timeline.filter((entry) => entry.event === 'claimed' || entry.event === 'contacted');
    assert.equal(othersSteps.length, 3, 'two claims and one contact');
    const another = '其他机构 / another institution';
    assert.deepEqual(
      othersSteps.map((entry) => [entry.event, entry.actor, entry.actor === another ? entry.details : 'own']),
      [['claimed', another, null], ['contacted', another, null], ['claimed', 'test-institution', 'own']],
      'the other bank\'s steps are there, but not who took them or what they noted',
    );
    const enterpriseDetail = await enterprise.request('GET', `/api/financing/my-demands/${id}`);
    assert.equal(enterpriseDetail.body.claims.length, 2, 'the enterprise sees every claim on its demand');

    // Not addressed to it: neither the demand nor its claims reach the outsider, in the list or the detail.
    assert.equal(listedIds.outsider?.includes(id), false);
    await assert.rejects(readers.outsider.detail(id), (error: unknown) => error instanceof KjtError && error.code === 'DEMAND_NOT_FOUND');
    const elsewhere = callAs(userActor('district', { districtCode: '330503' }));
    const districtList = await getKjt().run(listDemands, { audience: 'overseer', page: 1, pageSize: 200 }, elsewhere);
    assert.equal(districtList.items.some((item) => item.id === id), false, 'an overseer of another district does not list it');
    await assert.rejects(getKjt().run(getDemand, { demandId: id, audience: 'overseer' }, elsewhere), (error: unknown) => error instanceof KjtError && error.code === 'DEMAND_NOT_FOUND');
  });
});
