import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { chooseOption, menuLabels, screenshot, signIn, startHarness, type BrowserHarness } from './browser-harness.ts';

const bankName = '示例·太湖银行湖州分行';
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/calendar/${name}`, import.meta.url));

/** A write through the API as the signed-in user (the session's CSRF token comes from /api/auth/me). */
async function postAs(page: Page, path: string, data: unknown): Promise<{ status: number; body: { code?: string; message?: { zh: string; en: string } } }> {
  const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const response = await page.request.post(path, { data, headers: { 'x-csrf-token': csrfToken } });
  return { status: response.status(), body: (await response.json()) as { code?: string; message?: { zh: string; en: string } } };
}

/** Types a date into an antd DatePicker's input and commits it with Enter. */
async function typeDate(input: Locator, date: string): Promise<void> {
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(date);
  await input.press('Enter');
}

/** Opens 授权管理's grant dialog and picks the demo bank in it. */
async function openGrantDialogForTheBank(page: Page): Promise<Locator> {
  await page.getByTestId('grant-consent').click();
  const dialog = page.getByRole('dialog');
  const institution = dialog.getByLabel('机构', { exact: true });
  await chooseOption(page, institution, bankName, '太湖');
  return dialog;
}

/** The rows of an antd table, without its placeholder row. */
const rowsOf = (table: Locator) => table.locator('tbody tr.ant-table-row');
/** Each row's cells, as text. */
const cellsOf = (table: Locator) => rowsOf(table).evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim())));

describe('web app: 授权管理 and 工作日历', () => {
  let harness: BrowserHarness;
  before(async () => {
    harness = await startHarness({ demoEnterpriseCount: 3 });
  });
  after(async () => {
    await harness?.close();
  });

  it('lets demo-enterprise grant 太湖银行 access, see the bank’s read in the access log, and revoke it', async () => {
    const firm = await harness.newPage();
    await signIn(firm.page, 'demo-enterprise');
    assert.ok((await menuLabels(firm.page)).includes('授权管理'));
    await firm.page.getByTestId('main-menu').getByText('授权管理').click();
    await firm.page.waitForURL((url) => url.pathname === '/consents');
    const consentsTable = firm.page.getByTestId('consents-table');
    const accessLog = firm.page.getByTestId('access-log');
    await consentsTable.getByText('尚未授权任何机构').waitFor();
    await accessLog.getByText('尚无机构查看').waitFor();

    // The grant dialog: the bank, three scopes, a purpose and a date.
    const dialog = await openGrantDialogForTheBank(firm.page);
    await dialog.getByLabel('年度经营数据').check();
    await dialog.getByLabel('评价结果').check();
    await dialog.getByTestId('consent-purpose').fill('授信额度测算');
    await typeDate(dialog.getByLabel('有效期至'), '2099-06-30');
    await screenshot(firm.page, 'consents-grant-dialog-zh', { isFullPage: false });
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await dialog.waitFor({ state: 'hidden' });
    await firm.page.getByText(`已授权 ${bankName}`).waitFor();
    await rowsOf(consentsTable).filter({ hasText: bankName }).waitFor();
    assert.equal(await rowsOf(consentsTable).count(), 1);
    const row = rowsOf(consentsTable).first();
    assert.deepEqual(await row.locator('.ant-tag').allInnerTexts(), ['基本信息', '年度经营数据', '评价结果', '有效']);
    assert.match(await row.innerText(), /授信额度测算\s+2099-06-30/);

    // The bank reads the enterprise under the consent, and the enterprise sees that read.
    const [consent] = (await (await firm.page.request.get('/api/consents')).json()) as Array<{ id: string; enterprise: { uscc: string } }>;
    const bank = await harness.newPage();
    await signIn(bank.page, 'demo-institution');
    const read = await bank.page.request.get(`/api/consented-enterprises/${consent!.enterprise.uscc}`);
    assert.equal(read.status(), 200);
    assert.deepEqual(((await read.json()) as { scopes: string[] }).scopes.sort(), ['evaluation', 'profile', 'yearly_facts']);
    await firm.page.reload();
    await rowsOf(accessLog).first().waitFor();
    assert.equal(await rowsOf(accessLog).count(), 1);
    const logRow = rowsOf(accessLog).first();
    assert.match(await logRow.innerText(), new RegExp(`^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\s+${bankName}`));
    assert.deepEqual(await logRow.locator('.ant-tag').allInnerTexts(), ['基本信息', '年度经营数据', '评价结果']);
    assert.match(await logRow.locator('td').last().innerText(), /^授权\s+授信额度测算$/);
    await screenshot(firm.page, 'consents-zh');

    // Revoked: the row says so, the button is gone, and the bank can read no more.
    await row.getByTestId('revoke-consent').click();
    await firm.page.locator('.ant-popconfirm:visible').getByRole('button', { name: /撤\s?销$/ }).click();
    await firm.page.getByText('已撤销授权').waitFor();
    await row.getByTestId('consent-status').getByText('已撤销', { exact: true }).waitFor();
    assert.match(await row.getByTestId('consent-status').innerText(), /撤销于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    assert.equal(await row.getByTestId('revoke-consent').count(), 0);
    const refused = await bank.page.request.get(`/api/consented-enterprises/${consent!.enterprise.uscc}`);
    assert.equal(refused.status(), 404);
    assert.equal(((await refused.json()) as { code: string }).code, 'NO_CONSENT');
    assert.deepEqual(bank.pageErrors, []);
    await bank.context.close();

    // In English the institution carries its English name, and the statuses and scopes are translated.
    await firm.page.getByTestId('language-switch').click();
    await row.getByTestId('consent-status').getByText('Revoked', { exact: true }).waitFor();
    assert.match(await row.innerText(), /^Demo Taihu Bank Huzhou Branch/);
    assert.deepEqual(await logRow.locator('.ant-tag').allInnerTexts(), ['Profile', 'Yearly facts', 'Evaluation results']);
    await screenshot(firm.page, 'consents-en');
    assert.deepEqual(firm.pageErrors, []);
    await firm.context.close();
  });

  it('refuses a consent that does not run past today, and keeps the page from users without consent.manage', async () => {
    const firm = await harness.newPage();
    await signIn(firm.page, 'demo-enterprise');
    await firm.page.goto('/consents');
    const dialog = await openGrantDialogForTheBank(firm.page);
    await dialog.getByTestId('consent-purpose').fill('贷后管理');

    // A past day is refused in the dialog with the reason, and nothing is sent.
    await typeDate(dialog.getByLabel('有效期至'), '2020-01-01');
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await dialog.locator('.ant-form-item-explain-error').getByText('授权截止日期须晚于今天', { exact: true }).waitFor();
    assert.equal(await dialog.getByLabel('有效期至').inputValue(), '2020-01-01');
    assert.equal(await dialog.isVisible(), true);
    assert.deepEqual(firm.apiRequests.filter((request) => request === 'POST /api/consents'), []);
    await screenshot(firm.page, 'consents-grant-refused-zh', { isFullPage: false });

    // The server holds the same line for a client that skips the dialog.
    const past = await postAs(firm.page, '/api/consents', { institutionCode: 'bank-demo-taihu', scopes: ['profile'], purpose: '贷后管理', validUntil: '2020-01-01' });
    assert.equal(past.status, 400);
    assert.equal(past.body.code, 'VALID_UNTIL_PAST');
    assert.equal(past.body.message?.zh, '授权截止日期须晚于今天');
    assert.deepEqual(firm.pageErrors, []);
    await firm.context.close();

    // An institution officer holds no consent.manage: no menu entry, a denial, and no data asked for.
    const bank = await harness.newPage();
    await signIn(bank.page, 'demo-institution');
    assert.ok(!(await menuLabels(bank.page)).includes('授权管理'));
    await bank.page.goto('/consents');
    await bank.page.getByText('无权访问').waitFor();
    assert.equal(await bank.page.getByTestId('consents-table').count(), 0);
    assert.deepEqual(bank.apiRequests.filter((request) => request.includes('/api/consents')), []);
    const forbidden = await postAs(bank.page, '/api/consents', { institutionCode: 'bank-demo-taihu', scopes: ['profile'], purpose: '自行授权', validUntil: '2099-01-01' });
    assert.equal(forbidden.status, 403);
    assert.deepEqual(bank.pageErrors, []);
    await bank.context.close();
  });

  it('lets the admin look up dates, refuses a bad notice file line by line, and imports 2027', async () => {
    const { page, pageErrors, context } = await harness.newPage();
    await signIn(page, 'demo-admin');
    await page.getByTestId('main-menu').getByText('工作日历').click();
    await page.waitForURL((url) => url.pathname === '/calendar');
    const years = page.getByTestId('calendar-years');
    await rowsOf(years).first().waitFor();
    const yearRow = (year: number) => rowsOf(years).filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${year}$`) }) });
    assert.equal(await yearRow(2027).count(), 0, '2027 is not bundled');
    // The page asks for the next notice exactly when the API's coverage rule says so (from 1 November, or today's year missing).
    const coverageShownAsTheApiSays = async () => {
      const { coverage } = (await (await page.request.get('/api/calendar/years')).json()) as { coverage: { state: string; nextYearNeeded: number } };
      const alert = page.getByTestId('calendar-coverage');
      if (coverage.state === 'ok') await alert.waitFor({ state: 'detached' });
      else await alert.filter({ hasText: `${coverage.nextYearNeeded} 年放假安排通知` }).waitFor();
      return coverage;
    };
    await coverageShownAsTheApiSays();
    await screenshot(page, 'calendar-coverage-zh', { isFullPage: false });

    // Looking dates up: a holiday with its festival, a 调休 working day, an ordinary Monday, a year not loaded.
    const lookupDate = page.getByPlaceholder('选择日期');
    const result = page.getByTestId('calendar-lookup-result');
    const lookUp = async (date: string) => {
      await typeDate(lookupDate, date);
      await result.locator(`[data-kind]`).filter({ hasText: date }).or(result.getByRole('alert')).first().waitFor();
    };
    await lookUp('2026-10-01');
    assert.equal(await result.locator('[data-kind]').getAttribute('data-kind'), 'holiday');
    assert.match(await result.innerText(), /^2026-10-01 周四\s+放假\s+国庆节\s+不上班$/);
    await lookUp('2026-10-10');
    assert.match(await result.innerText(), /^2026-10-10 周六\s+调休上班\s+国庆节\s+需上班$/);
    await lookUp('2026-11-30');
    assert.match(await result.innerText(), /^2026-11-30 周一\s+工作日\s+需上班$/);
    await typeDate(lookupDate, '2027-02-08');
    await result.getByRole('alert').getByText('2027 年的放假安排通知尚未导入，无法判断该日是否工作日').waitFor();
    assert.match(await result.getByRole('alert').innerText(), /请用上方“导入放假安排通知”导入该年的通知文件（CALENDAR_YEAR_NOT_COVERED）/);
    assert.equal(await result.locator('[data-kind]').count(), 0);

    // The example file to start from is for the first year not loaded, and is refused until filled in.
    const [example] = await Promise.all([page.waitForEvent('download'), page.getByTestId('calendar-example').click()]);
    assert.equal(example.suggestedFilename(), 'calendar-2027-example.csv');
    const exampleText = fs.readFileSync(await example.path(), 'utf8');
    assert.match(exampleText, /^year,2027\nnotice_title,国务院办公厅关于2027年部分节假日安排的通知\n(#.*\n)*date,type,name\n(#.*\n)*# 2027-01-01,holiday,元旦\n/m);
    await page.locator('input[type=file]').setInputFiles({ name: example.suggestedFilename(), mimeType: 'text/csv', buffer: Buffer.from(exampleText) });
    const problems = page.getByTestId('calendar-file-problems');
    await page.getByRole('alert').getByText('文件 calendar-2027-example.csv 未导入：有 1 处错误').waitFor();
    assert.deepEqual(await cellsOf(problems), [['整个文件', '至少应列出一个放假日']]);

    // A bad file: each problem by its line, and nothing written.
    await page.locator('input[type=file]').setInputFiles(fixture('invalid-2027.csv'));
    await page.getByRole('alert').getByText('文件 invalid-2027.csv 未导入：有 2 处错误').waitFor();
    assert.deepEqual(await cellsOf(problems), [
      ['5', '“2027-02-30”不是有效日期，应为 YYYY-MM-DD'],
      ['6', '2027-02-08 不是周末：只有周六、周日才需列为调休上班'],
    ]);
    await problems.getByText('该文件的内容一天也未写入').waitFor();
    await screenshot(page, 'calendar-bad-file-zh', { isFullPage: false });
    const afterBadFile = (await (await page.request.get('/api/calendar/years')).json()) as { items: Array<{ year: number }> };
    assert.ok(!afterBadFile.items.some((item) => item.year === 2027), 'the bad file wrote nothing');
    assert.equal(await yearRow(2027).count(), 0);

    // The good file: 2027 is loaded, shown as imported, and the looked-up date now has its answer.
    await page.locator('input[type=file]').setInputFiles(fixture('example-2027.csv'));
    await page.getByText('已导入 2027 年').waitFor();
    await yearRow(2027).waitFor();
    assert.equal(await problems.count(), 0);
    assert.match(await yearRow(2027).innerText(), /示例·2027年部分节假日安排（测试用）\s+导入\s*示例〔2026〕1号 · example-2027\.csv\s+10\s+2/);
    assert.ok((await coverageShownAsTheApiSays()).nextYearNeeded >= 2028, 'with 2027 imported, the next notice needed is 2028’s');
    await result.locator('[data-kind="holiday"]').waitFor();
    assert.match(await result.innerText(), /^2027-02-08 周一\s+放假\s+春节\s+不上班$/);
    await page.getByText('2027 年放假与调休').waitFor();
    assert.equal(await rowsOf(page.getByTestId('calendar-days')).count(), 12);
    await lookUp('2027-02-06');
    assert.match(await result.innerText(), /^2027-02-06 周六\s+调休上班\s+春节\s+需上班$/);
    await screenshot(page, 'calendar-zh');

    await page.getByTestId('language-switch').click();
    await result.getByText('Adjusted workday').waitFor();
    assert.match(await result.innerText(), /^2027-02-06 Sat\s+Adjusted workday\s+Spring Festival\s+A working day$/);
    await screenshot(page, 'calendar-en');
    assert.deepEqual(pageErrors, []);
    await context.close();

    // The enterprise user may not import: no menu entry, a denial, and the API refuses.
    const firm = await harness.newPage();
    await signIn(firm.page, 'demo-enterprise');
    assert.ok(!(await menuLabels(firm.page)).includes('工作日历'));
    await firm.page.goto('/calendar');
    await firm.page.getByText('无权访问').waitFor();
    assert.deepEqual(firm.apiRequests.filter((request) => request.includes('/api/calendar')), []);
    const refused = await postAs(firm.page, '/api/calendar/years', { fileName: 'example-2027.csv', text: fs.readFileSync(fixture('example-2027.csv'), 'utf8') });
    assert.equal(refused.status, 403);
    assert.deepEqual(firm.pageErrors, []);
    await firm.context.close();
  });
});
