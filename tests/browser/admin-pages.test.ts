import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chooseOption, screenshot, signIn, startHarness, type BrowserHarness } from './browser-harness.ts';

describe('web app: organisations and users (admin)', () => {
  let harness: BrowserHarness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  it('filters organisations by type and search, and creates one with the 新建机构 form', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-admin');
    await page.goto('/organisations');
    const rows = page.locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    await screenshot(page, 'organisations-zh');

    const filtered = page.waitForResponse((response) => response.url().includes('/api/organisations?') && response.url().includes('type=bank'));
    await chooseOption(page, page.getByTestId('organisation-type-filter'), '银行');
    await filtered;
    await page.waitForFunction(() => document.querySelectorAll('tbody tr.ant-table-row').length === 3);
    assert.deepEqual([...new Set((await rows.locator('td:nth-child(3)').allInnerTexts()).map((text) => text.trim()))], ['银行']);

    await page.getByRole('button', { name: '新建机构' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('机构代码', { exact: true }).fill('bank-test-huzhou');
    await dialog.getByLabel('名称', { exact: true }).fill('测试银行湖州分行');
    await chooseOption(page, dialog.getByLabel('类型', { exact: true }), '银行');
    await screenshot(page, 'organisation-create-dialog-zh', { isFullPage: false });
    await dialog.getByRole('button', { name: /创\s?建$/ }).click();
    await page.getByText('已创建机构 测试银行湖州分行').waitFor();
    // The closing dialog hands focus back to 新建机构 when its animation ends; typed keys must not land there.
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.querySelectorAll('tbody tr.ant-table-row').length === 4);
    assert.ok((await rows.allInnerTexts()).some((text) => text.includes('bank-test-huzhou')));

    const searched = page.waitForResponse((response) => response.url().includes('/api/organisations?') && response.url().includes('search=%E6%B5%8B%E8%AF%95'));
    await page.getByPlaceholder('按代码或名称搜索').fill('测试');
    await page.getByPlaceholder('按代码或名称搜索').press('Enter');
    await searched;
    await page.waitForFunction(() => document.querySelectorAll('tbody tr.ant-table-row').length === 1);
    assert.match(await rows.first().innerText(), /测试银行湖州分行/);

    // The server refuses a taken code; the form shows its message.
    await page.getByRole('button', { name: '新建机构' }).click();
    await dialog.getByLabel('机构代码', { exact: true }).fill('bank-test-huzhou');
    await dialog.getByLabel('名称', { exact: true }).fill('重复的银行');
    await chooseOption(page, dialog.getByLabel('类型', { exact: true }), '银行');
    await dialog.getByRole('button', { name: /创\s?建$/ }).click();
    await dialog.getByRole('alert').getByText('机构代码 bank-test-huzhou 已存在').waitFor();
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('creates a user, disables and enables them, and resets their password', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-admin');
    await page.goto('/users');
    await page.locator('tbody tr.ant-table-row').first().waitFor();

    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名', { exact: true }).fill('taihu-officer');
    await dialog.getByLabel('姓名', { exact: true }).fill('太湖银行客户经理');
    const picker = dialog.getByLabel('所属机构', { exact: true });
    await chooseOption(page, picker, 'bank-demo-taihu', '太湖银行');
    await chooseOption(page, dialog.getByLabel('角色', { exact: true }), '金融机构人员');
    await dialog.getByLabel('初始密码').fill('Taihu#Bank2024');
    await screenshot(page, 'user-create-dialog-zh', { isFullPage: false });
    await dialog.getByRole('button', { name: /创\s?建$/ }).click();
    await page.getByText('已创建用户 taihu-officer').waitFor();

    const row = page.locator('tbody tr.ant-table-row', { hasText: 'taihu-officer' });
    await row.waitFor();
    assert.match(await row.innerText(), /示例·太湖银行湖州分行|金融机构人员/);
    assert.match(await row.innerText(), /正常/);

    await row.getByRole('button', { name: /停\s?用$/ }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: /停\s?用$/ }).click();
    await row.getByText('已停用').waitFor();
    await row.getByRole('button', { name: /启\s?用$/ }).click();
    await row.getByText('正常').waitFor();

    await row.getByRole('button', { name: '重置密码' }).click();
    const resetDialog = page.getByRole('dialog').filter({ hasText: '重置 taihu-officer 的密码' });
    await resetDialog.getByLabel('新密码').fill('short');
    await resetDialog.getByRole('button', { name: /保\s?存$/ }).click();
    await resetDialog.getByRole('alert').getByText(/密码不符合密码策略/).waitFor();
    await resetDialog.getByLabel('新密码').fill('Another#Pass2025');
    await resetDialog.getByRole('button', { name: /保\s?存$/ }).click();
    await page.getByText('已重置 taihu-officer 的密码').waitFor();

    // The admin cannot disable their own account: the button says so before the server would.
    const ownRow = page.locator('tbody tr.ant-table-row', { hasText: 'demo-admin' });
    assert.equal(await ownRow.getByRole('button', { name: /停\s?用$/ }).isDisabled(), true);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('shows the locked-account refusal (423) in English when English is chosen', async () => {
    const { page, pageErrors } = await harness.newPage();
    await page.goto('/login');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'Sign in to KeJinTong' }).waitFor();
    for (let attempt = 1; attempt < 5; attempt += 1) {
      const refused = await page.request.post('/api/auth/sign-in', { data: { username: 'demo-regulator', password: 'not-the-password' } });
      assert.equal(refused.status(), 401);
    }
    await page.getByLabel('Username').fill('demo-regulator');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByTestId('login-error');
    await alert.waitFor();
    assert.match(await alert.innerText(), /^Too many failed sign-ins; the account is locked until \d{4}\D\d{2}\D\d{2} \d{2}:\d{2}/);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('gives a department officer a read-only organisations page', async () => {
    const { page } = await harness.newPage();
    await signIn(page, 'demo-department');
    await page.goto('/organisations');
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    assert.equal(await page.getByRole('button', { name: '新建机构' }).count(), 0);
    await page.context().close();
  });
});
