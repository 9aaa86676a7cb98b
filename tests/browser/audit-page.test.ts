import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { screenshot, signIn, startHarness, type BrowserHarness } from './browser-harness.ts';

describe('web app: audit log', () => {
  let harness: BrowserHarness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  it('verifies the chain as intact and records it in the history', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-admin');
    await page.goto('/audit');
    const table = page.getByTestId('audit-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('verify-chain').click();
    const result = page.getByTestId('verify-result');
    await result.waitFor();
    const text = await result.innerText();
    assert.match(text, /审计链校验结果：\s*完整/);
    assert.doesNotMatch(text, /已断裂/);
    const checked = /已校验 (\d+) 条/.exec(text);
    assert.ok(checked && Number(checked[1]) > 0, text);
    // The new verification is the newest row of the history.
    const history = page.locator('.ant-card').filter({ hasText: '校验记录' }).locator('tbody tr.ant-table-row').first();
    await history.getByText('完整').waitFor();
    assert.match(await history.innerText(), /网页/);
    await screenshot(page, 'audit-verified-zh');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('filters by action and shows an entry’s before and after', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-admin');
    await page.goto('/audit');
    const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    await page.getByLabel('操作').fill('organisation.create');
    const filtered = page.waitForResponse((response) => response.url().includes('/api/audit/entries') && response.url().includes('action=organisation.create'));
    await page.getByRole('button', { name: /搜\s?索$/ }).click();
    await filtered;
    await rows.first().waitFor();
    const actions = await rows.locator('td:nth-child(4)').allInnerTexts();
    assert.ok(actions.length > 0);
    assert.deepEqual([...new Set(actions.map((action) => action.trim()))], ['organisation.create']);

    await rows.first().locator('.ant-table-row-expand-icon').click();
    const detail = page.locator('[data-testid^="audit-detail-"]').first();
    await detail.waitFor();
    const detailText = await detail.innerText();
    assert.match(detailText, /变更后/);
    assert.match(detailText, /"code":/);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});
