import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { demoUserEnterpriseName } from '../../src/demo/enterprises/demo-user-enterprise.ts';
import { chooseOption, menuLabels, screenshot, signIn, startHarness, type BrowserHarness } from './browser-harness.ts';

const bankName = '示例·太湖银行湖州分行';

/** The OK button of the open dialog (antd spaces two-character Chinese labels, so not by name). */
async function confirmDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
  await dialog.waitFor({ state: 'hidden' });
}

/** The demand details a page fetched: the lists carry each row's claims, so a list page should fetch none. */
function recordDetailRequests(page: Page, prefix: string): string[] {
  const seen: string[] = [];
  const detail = new RegExp(`^${prefix}/[^/?]+$`);
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (request.method() === 'GET' && detail.test(pathname)) seen.push(pathname);
  });
  return seen;
}

async function ratingCountOf(page: Page, name: string): Promise<number> {
  const registry = (await (await page.request.get('/api/institutions')).json()) as { items: Array<{ name: string; rating: { count: number } }> };
  return registry.items.find((item) => item.name === name)?.rating.count ?? -1;
}

describe('web app: a financing demand from posting to approval and rating', () => {
  let harness: BrowserHarness;
  before(async () => {
    harness = await startHarness({ demoEnterpriseCount: 30, isEvaluated: true, hasFinancingDemo: true });
  });
  after(async () => {
    await harness?.close();
  });

  it('lets demo-enterprise post a demand, 太湖银行 claim, contact and approve it, and the enterprise rate the bank', async () => {
    // The enterprise: a debt demand open to every eligible institution, with its matches shown before posting.
    const firm = await harness.newPage();
    await signIn(firm.page, 'demo-enterprise');
    const labels = await menuLabels(firm.page);
    assert.ok(labels.includes('我的融资需求') && labels.includes('授权管理') && labels.some((label) => label.startsWith('消息中心')), `menu: ${labels.join(', ')}`);
    await firm.page.getByTestId('main-menu').getByText('我的融资需求').click();
    await firm.page.waitForURL((url) => url.pathname === '/financing/my-demands');
    await firm.page.getByTestId('post-demand').click();
    await firm.page.getByTestId('demand-amount').fill('300');
    await firm.page.getByTestId('demand-term').fill('12');
    await firm.page.getByTestId('demand-purpose').fill('研发中心设备采购与流动资金');
    const eligible = firm.page.getByTestId('match-eligible');
    await eligible.first().waitFor();
    const bankMatch = eligible.filter({ hasText: bankName }).first();
    await bankMatch.waitFor();
    assert.match(await bankMatch.getByTestId('match-reasons').innerText(), /满足/);
    assert.ok((await firm.page.getByTestId('match-ineligible').count()) > 0, 'the products the firm misses are listed too');
    assert.match(await firm.page.getByTestId('match-ineligible').first().getByTestId('match-reasons').innerText(), /不满足/);
    await screenshot(firm.page, 'financing-demand-form-zh', { isFullPage: false });
    await firm.page.getByTestId('submit-demand').click();
    await firm.page.waitForURL((url) => /^\/financing\/demands\/[^/]+$/.test(url.pathname));
    const demandPath = new URL(firm.page.url()).pathname;
    assert.equal(await firm.page.getByTestId('demand-status').innerText(), '待接单');
    await firm.page.getByTestId('demand-timeline').getByText('发布需求').waitFor();

    // The bank, in two windows opened before either claims: one claims, the other is refused in both languages.
    const desk = await harness.newPage();
    const second = await harness.newPage();
    for (const { page } of [desk, second]) {
      await signIn(page, 'demo-institution');
      await page.getByTestId('main-menu').getByText('机构工作台').click();
      await page.waitForURL((url) => url.pathname === '/financing/inbox');
    }
    const deskDetailRequests = recordDetailRequests(desk.page, '/api/financing/inbox');
    const row = (page: Page) => page.getByTestId('inbox-table').locator('tbody tr.ant-table-row').filter({ has: page.locator(`a[href="${demandPath}"]`) });
    await row(desk.page).getByTestId('deadline-countdown').waitFor();
    assert.match(await row(desk.page).getByTestId('deadline-countdown').innerText(), /接单截止：剩余 (\d+ 小时 \d+ 分|\d+ 天 \d+ 小时)/);
    await row(second.page).getByTestId('claim-demand').waitFor();
    await screenshot(desk.page, 'financing-inbox-zh');
    await row(desk.page).getByTestId('claim-demand').click();
    await desk.page.getByText('已接单，请在时限内完成首次对接').waitFor();
    await row(desk.page).getByTestId('deadline-countdown').filter({ hasText: '首次对接截止' }).waitFor();
    assert.deepEqual(deskDetailRequests, [], 'the inbox shows the contact deadline from the list, without fetching each demand');

    await row(second.page).getByTestId('claim-demand').click();
    const refusal = second.page.getByTestId('claim-refusal').getByRole('alert');
    await refusal.getByText('贵机构已接过该需求').waitFor();
    assert.match(await refusal.innerText(), /ALREADY_CLAIMED/);
    await second.page.getByTestId('language-switch').click();
    await refusal.getByText('Your institution has already claimed this demand').waitFor();
    await screenshot(second.page, 'financing-inbox-refusal-en');
    assert.deepEqual(second.pageErrors, []);
    await second.context.close();

    // The bank records its first contact and approves.
    await row(desk.page).locator(`a[href="${demandPath}"]`).first().click();
    await desk.page.waitForURL((url) => url.pathname === demandPath);
    await desk.page.getByTestId('record-contact').click();
    await desk.page.getByTestId('contact-note').fill('已电话联系企业财务负责人，约定上门走访');
    await confirmDialog(desk.page);
    await desk.page.getByText('已记录首次对接').waitFor();
    await desk.page.getByTestId('claims-table').getByText('已对接').waitFor();
    await desk.page.getByTestId('decide-claim').click();
    await desk.page.getByTestId('approve-rate').fill('3.85');
    await confirmDialog(desk.page);
    await desk.page.getByText('已提交审批结果').waitFor();
    await desk.page.getByTestId('demand-status').getByText('已获批').waitFor();
    assert.deepEqual(desk.pageErrors, []);
    await desk.context.close();

    // The enterprise sees 已获批, the terms and the timeline, and rates the bank.
    await firm.page.reload();
    await firm.page.getByTestId('demand-status').getByText('已获批').waitFor();
    assert.match(await firm.page.getByTestId('claim-approval').innerText(), /批准 300\.00 万元，年利率 3\.85%，12 个月/);
    const events = await firm.page.getByTestId('timeline-entry').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-event')));
    assert.deepEqual(events, ['posted', 'claimed', 'contacted', 'approved']);
    await screenshot(firm.page, 'financing-demand-detail-zh');

    const ratingsBefore = await ratingCountOf(firm.page, bankName);
    await firm.page.getByTestId('rate-institution').click();
    await firm.page.getByTestId('rating-comment').fill('对接及时，审批高效');
    await confirmDialog(firm.page);
    await firm.page.getByText(`已评价 ${bankName}`).waitFor();
    await firm.page.getByTestId('claim-rating').waitFor();
    assert.equal(await firm.page.getByTestId('rate-institution').count(), 0);
    // A later visit shows the stored rating, not the rate button again.
    await firm.page.reload();
    const shownRating = firm.page.getByTestId('claims-table').getByTestId('claim-rating');
    await shownRating.waitFor();
    assert.equal(await shownRating.getAttribute('data-stars'), '5');
    assert.match(await shownRating.innerText(), /对接及时，审批高效/);
    assert.equal(await firm.page.getByTestId('rate-institution').count(), 0);

    await firm.page.getByTestId('language-switch').click();
    await firm.page.getByTestId('demand-status').getByText('Approved').waitFor();
    await firm.page.getByTestId('demand-timeline').getByText('First contact').waitFor();
    await screenshot(firm.page, 'financing-demand-detail-en');
    await firm.page.getByTestId('language-switch').click();

    // The rating is stored: the public registry counts it.
    await firm.page.getByTestId('main-menu').getByText('金融机构名录').click();
    const bankRow = firm.page.getByTestId('institution-registry').locator('tbody tr.ant-table-row', { hasText: bankName });
    await bankRow.getByText(`${ratingsBefore + 1} 条评价`).waitFor();

    // The enterprise's messages lead back to the demand.
    await firm.page.getByTestId('main-menu').getByText('消息中心').click();
    const approvedMessage = firm.page.getByTestId('messages-table').locator('tbody tr.ant-table-row', { hasText: '您的融资需求已获批' }).first();
    await approvedMessage.getByTestId('open-message').click();
    await firm.page.waitForURL((url) => url.pathname === demandPath);
    assert.deepEqual(firm.pageErrors, []);
    await firm.context.close();
  });

  it('shows the overseer every demand with declines and their reasons, and visitors the public catalogues', async () => {
    const { page, pageErrors, context } = await harness.newPage();
    await signIn(page, 'demo-supervisor');
    const detailRequests = recordDetailRequests(page, '/api/financing/demands');
    await page.getByTestId('main-menu').getByText('融资监测').click();
    await page.getByTestId('oversight-table').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('oversight-notes').getByText(/示例·苕溪农村商业银行：担保或抵质押不足/).waitFor();
    assert.deepEqual(detailRequests, [], 'the declines come with the list, not from a request per row');
    await screenshot(page, 'financing-oversight-zh');
    assert.deepEqual(pageErrors, []);
    await context.close();

    const visitor = await harness.newPage();
    await visitor.page.goto('/products');
    await visitor.page.getByTestId('catalogue-table').locator('tbody tr.ant-table-row').first().waitFor();
    assert.equal(new URL(visitor.page.url()).pathname, '/products');
    await visitor.page.getByTestId('visitor-menu').getByText('金融机构名录').click();
    await visitor.page.getByTestId('since-the-policy').waitFor();
    await screenshot(visitor.page, 'financing-institutions-visitor-zh');
    await visitor.page.goto('/financing/my-demands');
    await visitor.page.waitForURL(/\/login\?next=/);
    assert.deepEqual(visitor.pageErrors, []);
    await visitor.context.close();
  });
  it('lets the admin set the platform default deadlines on 融资监测, refusing a first contact later than the decision; the supervisor reads them', async () => {
    const { page, pageErrors, context } = await harness.newPage();
    await signIn(page, 'demo-admin');
    await page.getByTestId('main-menu').getByText('融资监测').click();
    const card = page.getByTestId('service-deadlines');
    const defaults = card.getByTestId('deadlines-defaults');
    await defaults.waitFor();
    assert.equal(await defaults.innerText(), '接单 1 个工作日；首次对接 2 个工作日；给出结果 7 个工作日；到期前 4 小时提醒；超时未接单则向所有符合条件的机构开放（内置默认（接单 1、首次对接 2、给出结果 7 个工作日））');
    assert.equal(await card.getByTestId('deadlines-in-force').innerText(), '接单 1 个工作日；首次对接 2 个工作日；给出结果 7 个工作日；到期前 4 小时提醒；超时未接单则向所有符合条件的机构开放', 'no bundled pack in force sets deadlines');

    await card.getByTestId('edit-service-deadlines').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('首次对接时限（工作日）').fill('8');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog.getByRole('alert').getByText('首次对接时限（8 个工作日）不得长于给出结果时限（7 个工作日）').waitFor();
    await screenshot(page, 'service-deadlines-refused-zh', { isFullPage: false });
    await dialog.getByLabel('首次对接时限（工作日）').fill('3');
    await dialog.getByLabel('给出结果时限（工作日）').fill('10');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('已保存平台默认服务时限').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await defaults.filter({ hasText: '由 demo-admin 于' }).waitFor();
    assert.match(await defaults.innerText(), /^接单 1 个工作日；首次对接 3 个工作日；给出结果 10 个工作日；/);
    assert.match(await card.getByTestId('deadlines-in-force').innerText(), /^接单 1 个工作日；首次对接 3 个工作日；给出结果 10 个工作日；/);
    await screenshot(page, 'service-deadlines-zh');
    assert.deepEqual(pageErrors, []);
    await context.close();

    const supervisor = await harness.newPage();
    await signIn(supervisor.page, 'demo-supervisor');
    await supervisor.page.getByTestId('main-menu').getByText('融资监测').click();
    await supervisor.page.getByTestId('deadlines-defaults').filter({ hasText: '首次对接 3 个工作日' }).waitFor();
    assert.equal(await supervisor.page.getByTestId('edit-service-deadlines').count(), 0, 'only the admin sets them');
    assert.deepEqual(supervisor.pageErrors, []);
    await supervisor.context.close();
  });
  it('股权融资与路演: a bank registers to attend the roadshow; the supervisor sees who seeks equity, exports them, and records the roadshow\'s outcome', async () => {
    const bank = await harness.newPage();
    await signIn(bank.page, 'demo-institution');
    await bank.page.getByTestId('main-menu').getByText('股权融资与路演').click();
    const bankRoadshow = bank.page.getByTestId('roadshows').locator('tbody tr.ant-table-row', { hasText: '南太湖科创路演（示例）' });
    await bankRoadshow.waitFor();
    assert.equal(await bank.page.getByRole('tab', { name: '寻求股权融资的企业' }).count(), 0, 'only overseers see who seeks equity');
    assert.match(await bankRoadshow.innerText(), /路演企业 1 家 · 投资机构 1 家/);
    await bankRoadshow.getByTestId('register-roadshow').click();
    await bank.page.getByText('已报名 南太湖科创路演（示例）').waitFor();
    await bankRoadshow.getByText('本机构已报名：投资机构').waitFor();
    assert.match(await bankRoadshow.innerText(), /路演企业 1 家 · 投资机构 2 家/);
    assert.deepEqual(bank.pageErrors, []);
    await bank.context.close();

    const { page, pageErrors, context } = await harness.newPage();
    await signIn(page, 'demo-supervisor');
    await page.getByTestId('main-menu').getByText('股权融资与路演').click();
    const seekers = page.getByTestId('equity-seekers').locator('tbody tr.ant-table-row');
    await seekers.first().waitFor();
    assert.equal(await seekers.count(), 1, 'the demo has one equity round open');
    assert.match(await seekers.first().innerText(), /2,000\.00 万元\s+A\s+20,000\.00 万元|2,000\.00 万元\s+A\s+2\.00 亿元/);
    assert.match((await seekers.first().locator('td').nth(6).innerText()).trim(), /^1$/, 'one interested investor');
    const downloading = page.waitForEvent('download');
    await page.getByTestId('export-equity-seekers').click();
    assert.equal((await downloading).suggestedFilename(), '股权融资企业清单.xlsx');
    await page.getByText('已导出 1 家企业').waitFor();
    await screenshot(page, 'equity-seekers-zh');
    // The seeker's demand, as the overseer sees it: who is interested, with the investor's note.
    await seekers.first().getByRole('link').click();
    await page.getByTestId('equity-interests').getByText('示例·南太湖创业投资管理有限公司').waitFor();
    await page.getByTestId('equity-interests').getByText('关注核心技术团队与订单').waitFor();
    await page.getByTestId('main-menu').getByText('股权融资与路演').click();

    await page.getByRole('tab', { name: '路演' }).click();
    const roadshow = page.getByTestId('roadshows').locator('tbody tr.ant-table-row', { hasText: '南太湖科创路演（示例）' });
    await roadshow.getByTestId('record-roadshow-outcome').click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, dialog.getByTestId('outcome-fund-demo-nantaihu'), '签署投资意向书');
    await dialog.getByLabel('路演纪要').fill('3 家企业路演，1 家签署投资意向书');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('已记录路演结果').waitFor();
    await roadshow.getByText('已举办').waitFor();
    await roadshow.getByText('3 家企业路演，1 家签署投资意向书').waitFor();
    await roadshow.locator('.ant-table-row-expand-icon').click();
    await page.getByText('签署投资意向书').first().waitFor();
    await screenshot(page, 'equity-roadshows-zh');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'Equity financing and roadshows' }).waitFor();
    await roadshow.getByText('Held').waitFor();
    await screenshot(page, 'equity-roadshows-en');
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});
