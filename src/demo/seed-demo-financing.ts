import { addDays } from '../capabilities/calendar/calendar-date-math.ts';
import { addWorkingDays, lastCoveredYear } from '../capabilities/calendar/calendar-lookup.ts';
import { grantConsent } from '../capabilities/consent/manage-consents.ts';
import { listEnterprises } from '../capabilities/enterprises/list-enterprises.ts';
import { linkEnterpriseOrganisation } from '../capabilities/enterprises/link-enterprise-organisation.ts';
import { claimDemand } from '../capabilities/financing/claim-demand.ts';
import type { ProductInput } from '../capabilities/financing/financing.contracts.ts';
import { acceptReferral, rateInstitution, withdrawDemand } from '../capabilities/financing/follow-up-demand.ts';
import { decideClaim, recordContact } from '../capabilities/financing/handle-claim.ts';
import { expressEquityInterest } from '../capabilities/financing/express-equity-interest.ts';
import { listDemands } from '../capabilities/financing/list-demands.ts';
import { listProducts } from '../capabilities/financing/list-products.ts';
import { createRoadshow, registerForRoadshow } from '../capabilities/financing/manage-roadshows.ts';
import { sweepDemandDeadlines } from '../capabilities/financing/sweep-demand-deadlines.ts';
import { postDemand } from '../capabilities/financing/post-demand.ts';
import { saveProduct } from '../capabilities/financing/save-product.ts';
import { createOrganisation } from '../capabilities/organisations/create-organisation.ts';
import { findOrganisationByCode } from '../capabilities/organisations/organisation-lookup.ts';
import type { InstitutionProfileInput } from '../capabilities/organisations/organisations.contracts.ts';
import { updateInstitutionProfile } from '../capabilities/organisations/update-institution-profile.ts';
import { systemActor, type Actor } from '../platform/auth/actor.ts';
import { shanghaiDate } from '../platform/calendar-date.ts';
import { KjtError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import type { RunUseCase } from '../platform/use-case.ts';

const wan = (amount: number) => amount * 1_000_000;

/** The demo institutions' products: every product type of SPEC §2.4 that the demo banks, insurers, guarantors and funds offer. */
const demoProducts: Array<ProductInput & { institutionCode: string }> = [
  { institutionCode: 'bank-demo-taihu', name: '科创信用贷', productType: 'credit_loan', demandKind: 'debt', minAmountFen: wan(50), maxAmountFen: wan(1000), minTermMonths: 6, maxTermMonths: 36, minRateBp: 320, maxRateBp: 450, launchedOn: '2024-03-01', isNewUnderPolicy: true, status: 'active', eligibility: { any: [{ qualification: ['high_tech_enterprise', 'tech_sme'] }, { compositeGrade: { atLeast: '2A' } }] } },
  { institutionCode: 'bank-demo-taihu', name: '知识产权质押贷', productType: 'ip_pledge_loan', demandKind: 'debt', minAmountFen: wan(100), maxAmountFen: wan(3000), minTermMonths: 12, maxTermMonths: 36, minRateBp: 300, maxRateBp: 420, launchedOn: '2023-09-01', isNewUnderPolicy: true, status: 'active', eligibility: { fact: { field: 'revenueFen', op: '>=', value: '500万元' } } },
  { institutionCode: 'bank-demo-tiaoxi', name: '人才创业贷', productType: 'talent_loan', demandKind: 'debt', minAmountFen: wan(30), maxAmountFen: wan(500), minTermMonths: 12, maxTermMonths: 36, minRateBp: 280, maxRateBp: 380, launchedOn: '2024-06-01', isNewUnderPolicy: true, status: 'active', eligibility: { qualification: ['talent_enterprise'] } },
  { institutionCode: 'bank-demo-tiaoxi', name: '苕溪普惠快贷', productType: 'credit_loan', demandKind: 'debt', minAmountFen: wan(10), maxAmountFen: wan(300), minTermMonths: 6, maxTermMonths: 24, minRateBp: 380, maxRateBp: 520, launchedOn: '2022-05-01', isNewUnderPolicy: false, status: 'active', eligibility: { ageYears: { op: '>=', value: 1 } } },
  { institutionCode: 'bank-demo-nanxun', name: '瞪羚成长贷', productType: 'credit_loan', demandKind: 'debt', minAmountFen: wan(200), maxAmountFen: wan(5000), minTermMonths: 12, maxTermMonths: 60, minRateBp: 300, maxRateBp: 400, launchedOn: '2024-01-15', isNewUnderPolicy: true, status: 'active', eligibility: { tier: ['gazelle', 'leader', 'listing_reserve'] } },
  { institutionCode: 'bank-demo-nanxun', name: '投贷联动', productType: 'investment_loan_linkage', demandKind: 'debt', minAmountFen: wan(500), maxAmountFen: wan(5000), minTermMonths: 12, maxTermMonths: 36, minRateBp: 300, maxRateBp: 380, launchedOn: '2024-09-01', isNewUnderPolicy: true, status: 'active', eligibility: { all: [{ qualification: ['high_tech_enterprise'] }, { fact: { field: 'qualifiedEquityRaisedFen', op: '>', value: '0元' } }] } },
  { institutionCode: 'ins-demo-bilang', name: '科技保险（研发中断险）', productType: 'tech_insurance', demandKind: 'insurance', minAmountFen: wan(50), maxAmountFen: wan(2000), minRateBp: 50, maxRateBp: 200, launchedOn: '2024-04-01', isNewUnderPolicy: true, status: 'active', eligibility: { qualification: ['high_tech_enterprise', 'tech_sme'] } },
  { institutionCode: 'ins-demo-xiaomei', name: '知识产权被侵权损失险', productType: 'ip_insurance', demandKind: 'insurance', minAmountFen: wan(20), maxAmountFen: wan(500), minRateBp: 80, maxRateBp: 300, launchedOn: '2024-07-01', isNewUnderPolicy: true, status: 'active', eligibility: null },
  { institutionCode: 'gua-demo-deqing', name: '科技担保', productType: 'guarantee', demandKind: 'guarantee', minAmountFen: wan(50), maxAmountFen: wan(1000), minTermMonths: 12, maxTermMonths: 36, minRateBp: 50, maxRateBp: 150, launchedOn: '2023-11-01', isNewUnderPolicy: true, status: 'active', eligibility: { district: ['330521', '330502', '330503', '330522', '330523', '330500-NTH'] } },
  { institutionCode: 'gua-demo-deqing', name: '科技担保（转贷）', productType: 'guarantee', demandKind: 'debt', minAmountFen: wan(50), maxAmountFen: wan(1000), minTermMonths: 12, maxTermMonths: 36, minRateBp: 400, maxRateBp: 600, launchedOn: '2023-11-01', isNewUnderPolicy: false, status: 'active', eligibility: null },
  { institutionCode: 'fund-demo-nantaihu', name: '南太湖科创基金', productType: 'equity_investment', demandKind: 'equity', minAmountFen: wan(500), maxAmountFen: wan(5000), launchedOn: '2024-02-01', isNewUnderPolicy: true, status: 'active', eligibility: { result: { family: 'star-market', status: ['pass', 'manual_review'] } } },
  { institutionCode: 'fund-demo-mogan', name: '莫干山天使基金', productType: 'equity_investment', demandKind: 'equity', minAmountFen: wan(100), maxAmountFen: wan(1000), launchedOn: '2024-05-01', isNewUnderPolicy: true, status: 'active', eligibility: { ageYears: { op: '<=', value: 5 } } },
];

/** The demo institutions' tech-finance set-up (特色机构, 科技金融事业部, 入驻南太湖绿色金融中心), some before the policy took effect on 2024-01-15 and some after. */
const demoProfiles: Array<InstitutionProfileInput & { code: string }> = [
  { code: 'bank-demo-taihu', isTechFinanceSpecialised: true, techFinanceSpecialisedSince: '2024-06-18', hasTechFinanceDivision: true, techFinanceDivisionName: '科技金融事业部', techFinanceDivisionSince: '2022-03-01', isSettledInGreenFinanceCentre: true, settledInGreenFinanceCentreSince: '2024-09-09' },
  { code: 'bank-demo-nanxun', isTechFinanceSpecialised: false, hasTechFinanceDivision: true, techFinanceDivisionName: '科创金融部', techFinanceDivisionSince: '2024-03-01', isSettledInGreenFinanceCentre: false },
  { code: 'bank-demo-tiaoxi', isTechFinanceSpecialised: false, hasTechFinanceDivision: false, isSettledInGreenFinanceCentre: true, settledInGreenFinanceCentreSince: '2023-05-20' },
  { code: 'fund-demo-nantaihu', isTechFinanceSpecialised: false, hasTechFinanceDivision: false, isSettledInGreenFinanceCentre: true, settledInGreenFinanceCentreSince: '2024-11-11' },
];

export interface DemoFinancingOutcome {
  isSkipped: boolean;
  products: number;
  demands: number;
  /** When the demo's financing story starts: now, or 1 December of the last covered year (see `demoClockStart`). */
  startsAt?: string;
}

/** How far ahead the demo's deadlines reach, in working days: a decision (7 by default) after a re-opened claim, with room. */
const demoDeadlineReach = 10;

/**
 * The demo's financing happens now when the loaded working-day calendar reaches far enough ahead
 * for every deadline it sets. Late in the last covered year, before the next year's notice is
 * imported, the platform refuses deadlines it cannot compute (it never guesses Monday to Friday),
 * so the demo's story is set at 10:00 on 1 December of that year instead, and its clock runs on
 * from there while seeding.
 */
export async function demoClockStart(run: RunUseCase, call: () => { actor: Actor; requestId: string }, now: Date): Promise<Date> {
  try {
    await run(async (_input, ctx) => addWorkingDays(ctx.tx, now, demoDeadlineReach), {}, call());
    return now;
  } catch (error) {
    if (!(error instanceof KjtError) || error.code !== 'CALENDAR_YEAR_NOT_COVERED') throw error;
    const year = await run(async (_input, ctx) => lastCoveredYear(ctx.tx), {}, call());
    if (year === undefined) throw error;
    return new Date(`${year}-12-01T02:00:00Z`);
  }
}

/**
 * The demo city's financing: products, and demands in every state (waiting, claimed, contacted,
 * approved and rated, declined then referred, declined with no referral, withdrawn), with consents
 * — all through the same use cases as real users, acting as the demo enterprises and institutions;
 * an unclaimed demand, an equity round with an interested investor and a planned roadshow. Skipped
 * once products exist. `today` stands in for the real date (tests), and the story starts then or
 * earlier (see `demoClockStart`).
 */
export async function seedDemoFinancing(runNow: RunUseCase, options: { today?: Date } = {}): Promise<DemoFinancingOutcome> {
  const system = () => ({ actor: systemActor('demo'), requestId: newId('demo') });
  if ((await runNow(listProducts, { page: 1, pageSize: 1 }, system())).total > 0) return { isSkipped: true, products: 0, demands: 0 };
  const start = await demoClockStart(runNow, system, options.today ?? new Date());
  // Every step runs on a clock that started at `start` and ticks with the real one, so the timeline keeps its order.
  const shift = Date.now() - start.getTime();
  const run: RunUseCase = (useCase, input, call) => runNow((value, ctx) => useCase(value, { ...ctx, now: new Date(ctx.now.getTime() - shift) }), input, call);
  const today = shanghaiDate(start);
  for (const product of demoProducts) await run(saveProduct, product, system());
  for (const profile of demoProfiles) await run(updateInstitutionProfile, profile, system());

  const organisationId = async (code: string) => (await run(async (_input, ctx) => findOrganisationByCode(ctx.tx, code), {}, system()))!.id;
  const as = (role: 'enterprise' | 'institution', orgId: string): { actor: Actor; requestId: string } => ({
    actor: { kind: 'user', userId: `demo-seed-${role}`, username: `demo-seed-${role}`, role, organisationId: orgId, organisationType: role === 'enterprise' ? 'enterprise' : 'bank', districtCode: null },
    requestId: newId('demo'),
  });

  // Six demo enterprises act for themselves: each gets an organisation linked to its record.
  const listed = await run(listEnterprises, { page: 1, pageSize: 6, sortBy: 'name', sortOrder: 'asc' }, system());
  const firms: string[] = [];
  for (const [index, item] of listed.items.entries()) {
    const code = `ent-demo-financing-${index + 1}`;
    const existing = await run(async (_input, ctx) => findOrganisationByCode(ctx.tx, code), {}, system());
    const organisation = existing ?? (await run(createOrganisation, { code, name: item.name, type: 'enterprise', districtCode: item.districtCode, isDemo: true }, system()));
    await run(linkEnterpriseOrganisation, { uscc: item.uscc, organisationCode: code }, system()).catch(() => undefined);
    firms.push(organisation.id);
  }
  const banks = { taihu: await organisationId('bank-demo-taihu'), tiaoxi: await organisationId('bank-demo-tiaoxi'), nanxun: await organisationId('bank-demo-nanxun'), deqing: await organisationId('gua-demo-deqing') };
  const post = (firm: string, amount: number, purpose: string, dispatch: { institutionCodes: string[] } | { open: true }, kind: 'debt' | 'insurance' | 'equity' | 'guarantee' = 'debt') =>
    run(postDemand, { kind, amountFen: wan(amount), termMonths: kind === 'equity' ? undefined : 12, purpose, collateral: ['intellectual_property'], dispatchMode: 'open' in dispatch ? 'open' : 'chosen', institutionCodes: 'open' in dispatch ? [] : dispatch.institutionCodes, claimCap: 3 }, as('enterprise', firm));
  const approve = (demandId: string, institution: string, amount: number) =>
    run(decideClaim, { demandId, decision: 'approve', amountFen: wan(amount), rateBp: 365, termMonths: 12, productType: 'credit_loan', isCredit: true, isFirstLoan: true, isRenewal: false, isIpPledge: false }, as('institution', institution));

  let demands = 0;
  const [a, b, c, d, e, f] = firms;
  if (f) {
    // 超时未接单: an insurance demand nobody claimed; the deadline sweep (run as of just after its deadline) marks it.
    const { demandId } = await post(f, 400, '研发中断风险保障', { open: true }, 'insurance');
    const { claimDeadline } = await run(async (_input, ctx) => (await listDemands({ audience: 'overseer', page: 1, pageSize: 50 }, ctx)).items.find((item) => item.id === demandId)!, {}, system());
    const afterDeadline = new Date(new Date(claimDeadline!).getTime() + 60_000);
    await run(async (input, ctx) => sweepDemandDeadlines(input, { ...ctx, now: afterDeadline }), {}, system());
    demands += 1;
  }
  if (a) {
    await post(a, 300, '研发设备采购', { open: true }); // 待接单
    demands += 1;
  }
  if (b) {
    const { demandId } = await post(b, 500, '扩大产能', { institutionCodes: ['bank-demo-taihu', 'bank-demo-tiaoxi'] });
    await run(claimDemand, { demandId }, as('institution', banks.taihu)); // 办理中
    await run(recordContact, { demandId, note: '已上门走访' }, as('institution', banks.taihu));
    demands += 1;
  }
  if (c) {
    const { demandId } = await post(c, 200, '流动资金周转', { institutionCodes: ['bank-demo-taihu'] });
    await run(claimDemand, { demandId }, as('institution', banks.taihu));
    await approve(demandId, banks.taihu, 200); // 已获批
    await run(rateInstitution, { demandId, institutionCode: 'bank-demo-taihu', stars: 5, comment: '三个工作日放款，效率高' }, as('enterprise', c));
    demands += 1;
  }
  if (d) {
    const { demandId } = await post(d, 800, '新产品试制', { institutionCodes: ['bank-demo-tiaoxi'] });
    await run(claimDemand, { demandId }, as('institution', banks.tiaoxi));
    await run(decideClaim, { demandId, decision: 'decline', reason: 'insufficient_collateral', text: '抵质押物评估值不足，建议引入担保' }, as('institution', banks.tiaoxi)); // 未获批
    await run(rateInstitution, { demandId, institutionCode: 'bank-demo-tiaoxi', stars: 3, comment: '说明了原因' }, as('enterprise', d));
    await run(acceptReferral, { demandId, institutionCodes: ['gua-demo-deqing'] }, as('enterprise', d)); // 转介担保
    await run(claimDemand, { demandId }, as('institution', banks.deqing));
    demands += 1;
  }
  if (e) {
    const { demandId } = await post(e, 100, '补充流动资金', { institutionCodes: ['bank-demo-nanxun'] });
    await run(withdrawDemand, { demandId }, as('enterprise', e)); // 已撤回
    demands += 1;
    // 未获批: a larger demand to the one bank it chose, which visits, then declines; no referral follows.
    const declined = await post(e, 600, '新建中试产线', { institutionCodes: ['bank-demo-nanxun'] });
    await run(claimDemand, { demandId: declined.demandId }, as('institution', banks.nanxun));
    await run(recordContact, { demandId: declined.demandId, note: '已约见企业负责人，收集近三年财务报表' }, as('institution', banks.nanxun));
    await run(decideClaim, { demandId: declined.demandId, decision: 'decline', reason: 'high_leverage', text: '资产负债率超过 70%，暂不符合授信条件' }, as('institution', banks.nanxun));
    demands += 1;
  }
  if (f) {
    // 股权融资: an A round open to the investors it consented to; one is interested; a roadshow is planned.
    await run(grantConsent, { institutionCode: 'fund-demo-nantaihu', scopes: ['profile', 'yearly_facts', 'evaluation'], purpose: 'A 轮投资尽调', validUntil: `${Number(today.slice(0, 4)) + 1}-12-31` }, as('enterprise', f));
    await run(grantConsent, { institutionCode: 'bank-demo-taihu', scopes: ['profile', 'evaluation'], purpose: '授信额度测算', validUntil: `${Number(today.slice(0, 4)) + 1}-06-30` }, as('enterprise', f));
    const { demandId } = await run(postDemand, { kind: 'equity', amountFen: wan(2000), purpose: 'A 轮融资，扩充研发团队', collateral: [], equityRound: 'A', valuationFen: wan(20_000), dispatchMode: 'open', institutionCodes: [], claimCap: 3 }, as('enterprise', f));
    await run(expressEquityInterest, { demandId, note: '关注核心技术团队与订单' }, as('institution', await organisationId('fund-demo-nantaihu')));
    const roadshow = await run(createRoadshow, { title: '南太湖科创路演（示例）', heldOn: addDays(today, 20), location: '南太湖绿色金融中心' }, system());
    await run(registerForRoadshow, { roadshowId: roadshow.id, role: 'presenter' }, as('enterprise', f));
    await run(registerForRoadshow, { roadshowId: roadshow.id, role: 'investor' }, as('institution', await organisationId('fund-demo-nantaihu')));
    demands += 1;
  }
  return { isSkipped: false, products: demoProducts.length, demands, startsAt: start.toISOString() };
}

/** The line the CLI prints after seeding: counts, and when the story was set back to a date the calendar covers. */
export function describeDemoFinancing(outcome: DemoFinancingOutcome, now = new Date()): string {
  if (outcome.isSkipped) return '';
  const counts = `金融产品 / products: ${outcome.products}；融资需求 / demands: ${outcome.demands}`;
  if (!outcome.startsAt || now.getTime() - new Date(outcome.startsAt).getTime() < 86_400_000) return counts;
  const day = shanghaiDate(new Date(outcome.startsAt));
  return `${counts}\n  已载入的工作日历不足以计算今天起的服务时限，演示融资数据设于 ${day}；导入下一年的放假安排通知后新需求按当天计算 / the loaded working-day calendar cannot reach today's deadlines, so the demo's financing is set on ${day}; once next year's holiday notice is imported, new demands use today`;
}
