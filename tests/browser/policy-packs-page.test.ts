import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { screenshot, signIn, startHarness, type BrowserHarness } from './browser-harness.ts';

describe('web app: policy packs', () => {
  let harness: BrowserHarness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  it('lists 湖政办发〔2023〕61号 and opens it with its targets, open parameters and key tasks', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-enterprise');
    await page.goto('/policy-packs');
    await page.getByRole('link', { name: '湖政办发〔2023〕61号' }).click();
    await page.waitForURL((url) => url.pathname === '/policy-packs/huzhou-2023-61');
    const documentNumber = page.getByTestId('document-number');
    await documentNumber.waitFor();
    assert.equal(await documentNumber.innerText(), '湖政办发〔2023〕61号');

    // Money targets in 亿元: 科技型中小企业贷款余额突破1200亿元 (二、第一项).
    const loanTarget = page.locator('tr', { hasText: '科技型中小企业贷款余额' });
    assert.match(await loanTarget.innerText(), /> 1,200\.00 亿元/);

    // The server says how many parameters are open; every one is marked, and only those.
    const pack = (await (await page.request.get('/api/policy-packs/huzhou-2023-61')).json()) as {
      counts: { openParameters: number; keyTasks: number };
    };
    assert.ok(pack.counts.openParameters > 0);
    const openMarks = page.getByTestId('open-parameter');
    assert.equal(await openMarks.count(), pack.counts.openParameters);
    const ipLoan = page.getByTestId('subsidy-line-ip_pledge_loan_interest_subsidy');
    const openRow = ipLoan.locator('tr', { hasText: '贴息比例（占实付利息）' });
    assert.match(await openRow.innerText(), /待定参数/);
    const capRow = ipLoan.locator('tr', { hasText: '贴息补助上限' });
    assert.match(await capRow.innerText(), /15\.00 万元/);
    assert.doesNotMatch(await capRow.innerText(), /待定参数/);
    // Marked in the warning colour, unlike a settled parameter.
    const openBackground = await openRow.evaluate((row) => getComputedStyle(row).backgroundColor);
    const capBackground = await capRow.evaluate((row) => getComputedStyle(row).backgroundColor);
    assert.notEqual(openBackground, capBackground);
    assert.equal(await ipLoan.getByText('暂不能计算').count(), 1);
    assert.equal(await page.getByTestId('subsidy-line-guarantee_reward').getByText('可计算').count(), 1);

    // 附件：科技金融重点工作清单 — fifteen tasks, lead departments named.
    const keyTaskRows = page.getByTestId('key-tasks').locator('tbody tr.ant-table-row');
    assert.equal(await keyTaskRows.count(), pack.counts.keyTasks);
    assert.match(await keyTaskRows.nth(14).innerText(), /市正策担保有限公司/);

    await page.getByTestId('pack-counts-chart').locator('canvas').waitFor();
    await screenshot(page, 'policy-pack-detail-zh');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('shows the pack in English when English is chosen', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-admin');
    await page.getByTestId('language-switch').click();
    await page.goto('/policy-packs/huzhou-2023-61');
    await page.getByTestId('document-number').waitFor();
    await page.getByText('Key-task list').waitFor();
    const loanTarget = page.locator('tr', { hasText: 'Loan balance of tech SMEs' });
    assert.match(await loanTarget.innerText(), /> CNY 120\.00 billion/);
    assert.ok((await page.getByTestId('open-parameter').first().innerText()).includes('Open parameter'));
    await screenshot(page, 'policy-pack-detail-en');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});
