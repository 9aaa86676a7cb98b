import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { demoUserEnterpriseName, demoUserUscc } from '../../src/demo/enterprises/demo-user-enterprise.ts';
import { chooseOption, menuLabels, screenshot, signIn, startHarness, type BrowserHarness } from './browser-harness.ts';

/** The member count on a tier's card, found by the tier's name. */
async function memberCount(page: Page, tierName: string): Promise<number> {
  const card = page.locator('[data-testid^=tier-card-]', { has: page.locator('.ant-statistic-header', { hasText: tierName }) });
  return Number((await card.locator('.ant-statistic-content-value').innerText()).replace(/[^\d]/g, ''));
}

describe('web app: enterprise portrait and cultivation database', () => {
  let harness: BrowserHarness;
  before(async () => {
    // Evaluated as `kjt demo` leaves the city: stored results, members, and pending proposals. Jobs run the registry re-evaluation.
    harness = await startHarness({ demoEnterpriseCount: 60, isEvaluated: true, hasJobs: true });
  });
  after(async () => {
    await harness?.close();
  });

  it('shows demo-enterprise its own portrait, in Chinese and English, and no other firm’s', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-enterprise');
    assert.ok((await menuLabels(page)).includes('我的画像'));
    await page.getByTestId('main-menu').getByText('我的画像').click();
    await page.waitForURL((url) => url.pathname === `/enterprises/${demoUserUscc}/portrait`);
    await page.getByTestId('portrait-name').getByText(demoUserEnterpriseName).waitFor();

    const cards = page.getByTestId('rule-set-card');
    await cards.first().waitFor();
    assert.equal(await cards.count(), 6);
    assert.match(await page.getByTestId('result-status').first().innerText(), /^(通过|未通过|待人工审核)$/);
    // 高企 misses by R&D alone: the gap analysis says how much, as 方案 1.
    const hnte = page.locator('[data-rule-set=hnte-2016]');
    assert.match(await hnte.getByTestId('result-status').innerText(), /^未通过$/);
    assert.match(await hnte.getByTestId('gap-analysis').innerText(), /方案 1：[\s\S]*研发/);
    await page.locator('[data-testid=composite-radar] canvas').waitFor();
    assert.match(await page.getByTestId('percentile-district').innerText(), /^(在吴兴区 \d+ 家企业中高于 [\d.]+%|区县内：暂无可比企业)/);
    assert.match(await page.getByTestId('financing-history').innerText(), /融资对接记录将在投融资对接功能上线后显示/);
    assert.match(await page.getByTestId('subsidies-history').innerText(), /上线后显示/);
    assert.equal(await page.getByTestId('reevaluate').count(), 0, 'an enterprise cannot re-evaluate');
    assert.equal(await page.getByTestId('portrait-not-stored').count(), 0, 'the demo city was evaluated in a run');

    // The breakdown opens to every indicator, composite ones to their parts.
    await hnte.getByText('指标明细').click();
    await hnte.getByTestId('indicator-breakdown').locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'portrait-zh');

    // 数据来源 leads to the registry record rather than repeating it.
    await page.getByTestId('portrait-sources').click();
    await page.waitForURL((url) => url.pathname === `/enterprises/${demoUserUscc}`);
    await page.getByTestId('open-portrait').click();
    await page.waitForURL((url) => url.pathname === `/enterprises/${demoUserUscc}/portrait`);

    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'Evaluation results' }).waitFor();
    assert.match(await page.getByTestId('result-status').first().innerText(), /^(Pass|Fail|Needs manual review)$/);
    assert.match(await page.getByTestId('financing-history').innerText(), /appears once financing matching is live/);
    assert.match(await page.locator('[data-rule-set=hnte-2016]').getByTestId('gap-analysis').innerText(), /Option 1: /);
    await page.locator('[data-testid=composite-radar] canvas').waitFor();
    await screenshot(page, 'portrait-en');
    await page.getByTestId('language-switch').click();

    // Another firm's portrait: not found, and nothing of it shown.
    const { rows } = await harness.kjt.db.query<{ uscc: string }>('select uscc from enterprises where uscc <> $1 order by uscc limit 1', [demoUserUscc]);
    const otherUscc = rows[0]!.uscc;
    const refused = page.waitForResponse((response) => new URL(response.url()).pathname === `/api/enterprises/${otherUscc}/portrait`);
    await page.goto(`/enterprises/${otherUscc}/portrait`);
    assert.equal((await refused).status(), 404);
    await page.getByTestId('portrait-not-found').waitFor();
    assert.equal(await page.getByTestId('portrait-name').count(), 0);
    assert.equal(await page.getByTestId('rule-set-card').count(), 0);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('lets 市科技局 open a portrait from the registry, and approve and override proposals in 培育库', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-department');
    const labels = await menuLabels(page);
    assert.ok(labels.includes('培育库') && !labels.includes('我的画像'), `menu: ${labels.join(', ')}`);

    // From the registry list to another enterprise's portrait; an officer may re-evaluate it.
    await page.getByTestId('main-menu').getByText('企业名册').click();
    const row = page.getByTestId('registry-table').locator('tbody tr.ant-table-row').filter({ hasNotText: demoUserEnterpriseName }).first();
    await row.waitFor();
    const name = await row.locator('td').first().locator('a').innerText();
    await row.getByRole('link', { name: '全景画像' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/portrait'));
    await page.getByTestId('portrait-name').getByText(name, { exact: true }).waitFor();
    await page.getByTestId('rule-set-card').first().waitFor();
    assert.equal(await page.getByTestId('rule-set-card').count(), 6);
    await page.getByTestId('reevaluate').click();
    await page.getByText(/已重新评价，更新 \d+ 项结果/).waitFor();

    await page.getByTestId('main-menu').getByText('培育库').click();
    await page.waitForURL((url) => url.pathname === '/cultivation');
    await page.getByTestId('tiers-not-official').waitFor();
    await page.getByRole('tab', { name: '调整建议' }).click();
    const pending = page.getByTestId('proposals-table').locator('tbody tr.ant-table-row');
    await pending.first().waitFor();
    await screenshot(page, 'cultivation-proposals-zh');

    // Approve a proposal that moves a firm into a tier: that tier's count goes up by one.
    const entering = pending.filter({ has: page.getByTestId('proposal-change').filter({ hasText: /^未入库 →/ }) }).filter({ hasNotText: '移出培育库' }).first();
    const tierName = (await entering.getByTestId('proposal-change').locator('.ant-tag').innerText()).trim();
    const enteringName = await entering.locator('td').first().locator('a').innerText();
    const before = await memberCount(page, tierName);
    await entering.getByTestId('approve-proposal').click();
    await page.getByText(`已同意：${enteringName} → ${tierName}`).waitFor();
    await page.waitForFunction(
      ({ tier, count }) =>
        [...document.querySelectorAll('[data-testid^=tier-card-]')].some(
          (card) => card.querySelector('.ant-statistic-header')?.textContent?.includes(tier) && card.querySelector('.ant-statistic-content-value')?.textContent?.replace(/[^\d]/g, '') === String(count),
        ),
      { tier: tierName, count: before + 1 },
    );
    await page.getByRole('link', { name: enteringName }).waitFor({ state: 'detached' });

    // Override without a reason: the server's rule, shown under the field in the reader's language.
    const target = pending.first();
    const targetName = await target.locator('td').first().locator('a').innerText();
    await target.getByTestId('override-proposal').click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, dialog.getByTestId('override-tier'), '移出培育库');
    await dialog.getByRole('button', { name: /^改\s?判$/ }).click();
    assert.equal(await dialog.getByTestId('override-reason-error').innerText(), '改判须填写书面理由（至少 5 个字）');
    await screenshot(page, 'cultivation-override-error-zh', { isFullPage: false });
    await dialog.getByRole('button', { name: /取\s?消/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByTestId('language-switch').click();
    await page.getByRole('tab', { name: 'Proposals' }).waitFor();
    await target.getByTestId('override-proposal').click();
    await chooseOption(page, dialog.getByTestId('override-tier'), 'Leave the database');
    await dialog.getByRole('button', { name: 'Override' }).click();
    assert.equal(await dialog.getByTestId('override-reason-error').innerText(), 'An override needs a written reason (at least 5 characters)');
    await dialog.getByTestId('override-reason').fill('Revenue figures await the 2025 audit');
    await dialog.getByRole('button', { name: 'Override' }).click();
    await page.getByText(`Overridden: ${targetName} → Leave the database`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await screenshot(page, 'cultivation-proposals-en');

    // The decided proposal is listed under its status, with the reason.
    await page.getByTestId('language-switch').click();
    await chooseOption(page, page.getByTestId('proposal-status-filter'), '已改判');
    const overridden = page.getByTestId('proposals-table').locator('tbody tr.ant-table-row', { hasText: targetName });
    await overridden.getByText('Revenue figures await the 2025 audit').waitFor();

    // Members: filtered by tier, and exported with the same filter.
    await page.getByRole('tab', { name: '在库企业' }).click();
    await chooseOption(page, page.getByTestId('member-tier-filter'), tierName);
    const members = page.getByTestId('members-table').locator('tbody tr.ant-table-row');
    await members.first().waitFor();
    const membersPane = page.locator('.ant-spin-container', { has: page.getByTestId('members-table') });
    await membersPane.locator('.ant-pagination-total-text', { hasText: `共 ${before + 1} 条` }).waitFor();
    assert.deepEqual([...new Set(await members.locator('td:nth-child(5)').allInnerTexts())], [tierName]);
    const downloading = page.waitForEvent('download');
    await page.getByTestId('export-members').click();
    assert.equal((await downloading).suggestedFilename(), '培育库.xlsx');
    await page.getByText(`已导出 ${before + 1} 家在库企业`).waitFor();
    await screenshot(page, 'cultivation-members-zh');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('re-evaluates the registry with a progress bar that survives a reload', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-department');
    await page.goto('/cultivation');
    await page.getByTestId('last-run').waitFor();
    await page.getByTestId('start-run').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '重新评价全市企业' }).click();
    await page.getByTestId('run-progress').or(page.getByTestId('run-finished')).first().waitFor();
    await screenshot(page, 'cultivation-run-zh', { isFullPage: false });
    await page.reload();
    // Still going: the page picks the run up again; already done: it is the latest run.
    await page.getByTestId('run-progress').or(page.getByTestId('last-run')).first().waitFor();
    await page.getByTestId('run-finished').or(page.getByTestId('last-run')).first().waitFor({ timeout: 120_000 });
    const runs = (await (await page.request.get('/api/evaluation/runs')).json()) as Array<{ status: string; trigger: string }>;
    assert.deepEqual([runs[0]?.trigger, runs[0]?.status], ['api', 'finished']);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});
