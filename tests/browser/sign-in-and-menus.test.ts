import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { menuLabels, screenshot, signIn, startHarness, type BrowserHarness } from './browser-harness.ts';

describe('web app: sign-in, role menus and language', () => {
  let harness: BrowserHarness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  it('shows the server’s Chinese error for a wrong password and stays on the login page', async () => {
    const { page, pageErrors } = await harness.newPage();
    await page.goto('/');
    await page.waitForURL(/\/login\?next=/);
    await screenshot(page, 'login-zh');
    await page.getByLabel('用户名').fill('demo-admin');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s?录$/ }).click();
    const alert = page.getByTestId('login-error');
    await alert.waitFor();
    assert.equal((await alert.innerText()).trim(), '用户名或密码错误');
    assert.equal(new URL(page.url()).pathname, '/login');
    assert.equal(await page.getByTestId('current-user').count(), 0);
    await screenshot(page, 'login-error-zh');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('lands on the home page after signing in with the right password', async () => {
    const { page, pageErrors } = await harness.newPage();
    await page.goto('/login');
    await signIn(page, 'demo-admin');
    await page.getByRole('heading', { name: '欢迎，平台管理员（示例）' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    const header = await page.getByTestId('current-user').innerText();
    assert.match(header, /平台管理员（示例）/);
    assert.match(header, /科金通平台运营中心/);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('signs out to a plain login page, and the session is gone on the server', async () => {
    const { page } = await harness.newPage();
    await signIn(page, 'demo-institution');
    await page.goto('/organisations');
    await page.getByRole('heading', { name: '机构' }).waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    assert.equal(new URL(page.url()).search, '');
    const me = await page.request.get('/api/auth/me');
    assert.equal(me.status(), 401);
    await page.context().close();
  });

  it('sends the user to the login page when the session ends while they work', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-admin');
    // End the session behind the page's back, as an idle timeout would.
    const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    assert.equal((await page.request.post('/api/auth/sign-out', { headers: { 'x-csrf-token': csrfToken } })).status(), 204);
    await page.getByTestId('main-menu').getByText('用户').click();
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/users');
    await page.getByText('登录已失效，请重新登录').waitFor();
    await signIn(page, 'demo-admin');
    await page.waitForURL((url) => url.pathname === '/users');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('returns to the page asked for after signing in', async () => {
    const { page } = await harness.newPage();
    await page.goto('/organisations');
    await page.waitForURL(/\/login\?next=%2Forganisations/);
    await signIn(page, 'demo-admin');
    await page.waitForURL((url) => url.pathname === '/organisations');
    await page.getByRole('heading', { name: '机构' }).waitFor();
    await page.context().close();
  });

  it('gives the admin the users and audit pages', async () => {
    const { page } = await harness.newPage();
    await signIn(page, 'demo-admin');
    assert.deepEqual(await menuLabels(page), ['首页', '企业名册', '数据导入', '培育库', '融资监测', '股权融资与路演', '产品目录', '金融机构名录', '政策包', '机构', '用户', '审计日志', '工作日历', '消息中心']);
    await page.context().close();
  });

  it('gives the enterprise user neither, and a direct audit URL shows a denial and no data', async () => {
    const { page, apiRequests, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-enterprise');
    const labels = await menuLabels(page);
    assert.ok(!labels.includes('用户'), `menu: ${labels.join(', ')}`);
    assert.ok(!labels.includes('审计日志'), `menu: ${labels.join(', ')}`);
    assert.ok(labels.includes('机构'), `menu: ${labels.join(', ')}`);

    await page.goto('/audit');
    await page.getByText('无权访问').waitFor();
    assert.equal(await page.getByTestId('audit-table').count(), 0);
    assert.equal(await page.getByTestId('verify-chain').count(), 0);
    assert.deepEqual(apiRequests.filter((request) => request.includes('/api/audit/')), []);
    await screenshot(page, 'audit-denied-enterprise-zh');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('switches the menu to English and keeps English after a reload', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-admin');
    assert.ok((await menuLabels(page)).includes('审计日志'));
    await page.getByTestId('language-switch').click();
    await page.getByTestId('main-menu').getByText('Audit log').waitFor();
    assert.deepEqual(await menuLabels(page), ['Home', 'Registry', 'Import data', 'Cultivation', 'Financing oversight', 'Equity & roadshows', 'Products', 'Institutions', 'Policy packs', 'Organisations', 'Users', 'Audit log', 'Working calendar', 'Messages']);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-US');

    await page.reload();
    assert.deepEqual(await menuLabels(page), ['Home', 'Registry', 'Import data', 'Cultivation', 'Financing oversight', 'Equity & roadshows', 'Products', 'Institutions', 'Policy packs', 'Organisations', 'Users', 'Audit log', 'Working calendar', 'Messages']);
    // Ant Design's own texts follow too: the table pagination's page-size changer.
    await page.goto('/organisations');
    await page.getByRole('heading', { name: 'Organisations' }).waitFor();
    await page.locator('.ant-pagination-options').getByText(/\/ page/).waitFor();
    await screenshot(page, 'organisations-en');

    await page.getByTestId('language-switch').click();
    assert.ok((await menuLabels(page)).includes('审计日志'));
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});
