import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { usccCheckCharacter, usccCharset } from '../../src/capabilities/enterprises/uscc.ts';
import { demoUserEnterpriseName, demoUserUscc } from '../../src/demo/enterprises/demo-user-enterprise.ts';
import { chooseOption, menuLabels, screenshot, signIn, startHarness, type BrowserHarness } from './browser-harness.ts';

/** A valid USCC for a firm registered in 吴兴区 (330502), numbered by `serial`. */
function uscc(serial: number): string {
  const first17 = `91330502MA${String(serial).padStart(7, '0')}`;
  return `${first17}${usccCheckCharacter(first17)}`;
}

/** The same code with a wrong check character: the kind of typo the wizard must catch. */
function withWrongCheckCharacter(code: string): string {
  const right = code.slice(-1);
  const wrong = [...usccCharset].find((character) => character !== right)!;
  return `${code.slice(0, 17)}${wrong}`;
}

const header = ['统一社会信用代码', '企业名称', '所在区县', '行业代码', '成立日期', '企业规模'];
const newcomers = [
  [uscc(8_100_001), '湖州浏览器测试甲科技有限公司', '吴兴区', 'C3973', '2019-04-01', '小型'],
  [uscc(8_100_002), '湖州浏览器测试乙新材料有限公司', '吴兴区', 'C2652', '2020-09-15', '微型'],
  [uscc(8_100_003), '湖州浏览器测试丙软件有限公司', '吴兴区', 'I6513', '2021-01-20', '小型'],
];

/** UTF-8 CSV as an officer saves it from the template (with a byte-order mark, as Excel writes one). */
function csvFile(rows: string[][]): Buffer {
  return Buffer.from(`\uFEFF${[header, ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`, 'utf8');
}

async function uploadFile(page: Page, fileName: string, content: Buffer): Promise<void> {
  await page.getByTestId('import-kind').getByText('企业名册', { exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/imports' && url.searchParams.get('kind') === 'enterprises');
  await page.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: content });
  await page.getByTestId('upload-import').click();
  await page.waitForURL((url) => /^\/imports\/[^/]+$/.test(url.pathname));
}

/** The figure on one of the totals cards: 总行数, 新增, 变更, 未变, 未通过. */
async function total(page: Page, key: 'rows' | 'new' | 'changed' | 'unchanged' | 'rejected'): Promise<number> {
  const text = await page.getByTestId(`total-${key}`).locator('.ant-statistic-content').innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

describe('web app: enterprise registry and import wizard', () => {
  let harness: BrowserHarness;
  before(async () => {
    // A small demo city through the import path: the first enterprise is demo-enterprise's own.
    harness = await startHarness({ demoEnterpriseCount: 30 });
  });
  after(async () => {
    await harness?.close();
  });

  it('imports an enterprises CSV: shows a wrong USCC, commits the fixed file, and a repeat changes nothing', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-department');
    await page.getByTestId('main-menu').getByText('数据导入').click();
    await page.waitForURL((url) => url.pathname === '/imports');
    await page.getByTestId('import-kind').getByText('企业名册', { exact: true }).click();
    await page.getByTestId('template-card').getByText('CSV 模板（.csv，UTF-8）').waitFor();
    assert.equal(await page.getByTestId('template-csv').getAttribute('href'), '/api/imports/templates/enterprises?format=csv');
    await screenshot(page, 'import-start-zh');

    const broken = newcomers.map((row) => [...row]);
    broken[1]![0] = withWrongCheckCharacter(newcomers[1]![0]!);
    await uploadFile(page, '测试名册-有误.csv', csvFile(broken));
    await page.getByTestId('import-totals').waitFor();
    assert.equal(await total(page, 'rejected'), 1);
    const rejected = page.getByTestId('rejected-rows').locator('tbody tr.ant-table-row');
    assert.equal(await rejected.count(), 1);
    const cells = (await rejected.first().locator('td').allInnerTexts()).map((text) => text.trim());
    assert.equal(cells[0], '3', 'the second data row is row 3 of the sheet (the header is row 1)');
    assert.equal(cells[1], '统一社会信用代码');
    assert.match(cells[2]!, new RegExp(`^统一社会信用代码校验位错误（应为 ${newcomers[1]![0]!.slice(-1)}）`));
    assert.ok(await page.getByTestId('commit-import').isDisabled(), '确认导入 is disabled while a row is rejected');
    assert.ok(await page.getByTestId('commit-only-valid').isEnabled());
    await screenshot(page, 'import-preview-rejected-zh');

    await page.getByTestId('reupload').click();
    await page.waitForURL((url) => url.pathname === '/imports' && url.searchParams.get('kind') === 'enterprises');
    await uploadFile(page, '测试名册.csv', csvFile(newcomers));
    await page.getByTestId('import-totals').waitFor();
    assert.deepEqual([await total(page, 'new'), await total(page, 'changed'), await total(page, 'rejected')], [3, 0, 0]);
    assert.equal(await page.getByTestId('rejected-rows').count(), 0);
    await page.getByTestId('commit-import').click();
    await page.getByTestId('import-result').waitFor();
    assert.equal(await page.getByTestId('import-status').innerText(), '已导入');
    assert.deepEqual([await total(page, 'new'), await total(page, 'changed'), await total(page, 'unchanged')], [3, 0, 0]);
    const firstImport = new URL(page.url()).pathname;

    // The same file again: nothing new, nothing changed, and the wizard says it was imported before.
    await page.getByRole('button', { name: '继续导入' }).click();
    await uploadFile(page, '测试名册.csv', csvFile(newcomers));
    await page.getByTestId('import-totals').waitFor();
    assert.deepEqual([await total(page, 'new'), await total(page, 'changed'), await total(page, 'unchanged'), await total(page, 'rejected')], [0, 0, 3, 0]);
    await page.getByTestId('earlier-commit').waitFor();
    await page.getByTestId('commit-import').click();
    await page.getByTestId('import-result').waitFor();
    assert.deepEqual([await total(page, 'new'), await total(page, 'changed'), await total(page, 'unchanged')], [0, 0, 3]);
    const registered = (await (await page.request.get('/api/enterprises', { params: { search: '浏览器测试' } })).json()) as { total: number };
    assert.equal(registered.total, 3, 'the repeat created no second copy');

    // The recent imports list leads back to each import, and a reload stays on it.
    const recent = page.getByTestId('recent-imports');
    await recent.getByRole('link', { name: '测试名册.csv' }).first().waitFor();
    await page.goto(firstImport);
    await page.getByTestId('import-result').waitFor();
    await page.reload();
    assert.equal(await page.getByTestId('import-status').innerText(), '已导入');

    // The registry finds a newcomer; its name's source is the file it came in.
    await page.getByTestId('main-menu').getByText('企业名册').click();
    await page.getByTestId('registry-search').locator('input').fill('浏览器测试乙');
    await page.getByTestId('registry-search').locator('input').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('search') === '浏览器测试乙');
    const rows = page.getByTestId('registry-table').locator('tbody tr.ant-table-row');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=registry-table] tbody tr.ant-table-row').length === 1);
    assert.match(await rows.first().innerText(), new RegExp(newcomers[1]![0]!));
    await rows.first().getByRole('link', { name: '湖州浏览器测试乙新材料有限公司' }).click();
    await page.waitForURL((url) => url.pathname === `/enterprises/${newcomers[1]![0]}`);
    const nameRow = page.getByTestId('profile-table').locator('tr', { hasText: '企业名称' });
    await nameRow.getByTestId('source-line').waitFor();
    const nameSource = await nameRow.getByTestId('source-line').innerText();
    assert.match(nameSource, /导入/);
    assert.match(nameSource, /测试名册\.csv/);
    assert.match(nameSource, /市科技局/);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('edits a profile and a year: shows the server’s field error, then the change in the history', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-department');
    await page.goto(`/enterprises/${demoUserUscc}`);
    await page.getByTestId('enterprise-name').getByText(demoUserEnterpriseName).waitFor();

    // Contacts are masked for an officer, and cannot be edited from their masked form.
    assert.match(await page.getByTestId('profile-table').locator('tr', { hasText: '联系电话' }).innerText(), /\*\*\*\*/);
    await page.getByTestId('edit-profile').click();
    const dialog = page.getByRole('dialog');
    assert.ok(await dialog.getByLabel('联系电话').isDisabled());
    // The industry-code rule lives on the server: its refusal lands under the field, in Chinese.
    await dialog.getByLabel('行业代码').fill('X12');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog.getByText('行业代码应为门类字母加 2–4 位数字').waitFor();
    await dialog.getByLabel('行业代码').fill('C3973');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('已保存，变更 1 项').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // The record reloads after saving; wait for the new value rather than read the old one.
    const industryRow = page.getByTestId('profile-table').locator('tr', { hasText: '行业代码' });
    await industryRow.getByText('C3973', { exact: true }).waitFor();
    assert.match(await industryRow.getByTestId('source-line').innerText(), /手工/);

    // 万元 typed with six decimals reaches the server as exact fen.
    await page.getByRole('tab', { name: '年度数据' }).click();
    await page.getByTestId('edit-yearly').click();
    const yearly = page.getByRole('dialog');
    const latestYear = await yearly.getByLabel('年度').inputValue();
    await yearly.getByLabel('营业收入（万元）').fill('4,650.123456');
    await yearly.getByLabel('职工总数').fill('12.5');
    await yearly.getByRole('button', { name: /保\s?存/ }).click();
    await yearly.getByText('请输入非负整数').waitFor();
    await yearly.getByLabel('职工总数').fill('151');
    await yearly.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('已保存，变更 2 项').waitFor();
    await yearly.waitFor({ state: 'hidden' });
    // Shown in 万元 with two decimals, with the mark of its new (manual) source.
    const revenue = page.getByTestId(`fact-${latestYear}-revenueFen`);
    await page.waitForFunction((testId) => document.querySelector(`[data-testid="${testId}"]`)?.textContent?.startsWith('4,650.12'), `fact-${latestYear}-revenueFen`);
    assert.match(await revenue.innerText(), /^4,650\.12\[\d+\]$/);
    const detail = (await (await page.request.get(`/api/enterprises/${demoUserUscc}`)).json()) as { yearlyFacts: Array<{ year: number; values: Record<string, unknown> }> };
    assert.equal(detail.yearlyFacts.find((row) => String(row.year) === latestYear)?.values.revenueFen, 4_650_123_456);

    await page.getByRole('tab', { name: /变更历史/ }).click();
    const history = page.getByTestId('history-table').locator('tbody tr.ant-table-row');
    const industryChange = history.filter({ hasText: '行业代码' });
    assert.match(await industryChange.innerText(), /C3491[\s\S]*C3973/);
    assert.match(await industryChange.innerText(), /导入[\s\S]*手工/);
    const revenueChange = history.filter({ hasText: '营业收入' });
    assert.match(await revenueChange.innerText(), /4,650\.00 万元[\s\S]*4,650\.12 万元/);

    // A reload opens the record afresh on 基本信息, with the new source in place.
    await page.reload();
    await page.getByTestId('profile-table').waitFor();
    assert.match(await page.getByTestId('profile-table').locator('tr', { hasText: '行业代码' }).innerText(), /C3973[\s\S]*手工/);
    await screenshot(page, 'enterprise-detail-zh');
    await page.getByRole('tab', { name: '年度数据' }).click();
    await page.getByTestId('yearly-table').waitFor();
    await screenshot(page, 'enterprise-yearly-zh');
    await page.getByRole('tab', { name: '资质' }).click();
    await page.getByTestId('qualifications-table').waitFor();
    assert.match(await page.getByTestId('qualification-validity').first().innerText(), /^(有效|已过期|已撤销|未生效)$/);
    await screenshot(page, 'enterprise-qualifications-zh');
    await page.getByRole('tab', { name: /变更历史/ }).click();
    await page.getByTestId('history-table').waitFor();
    await screenshot(page, 'enterprise-history-zh');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('shows demo-enterprise its own enterprise only, and no import wizard', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-enterprise');
    const labels = await menuLabels(page);
    assert.ok(labels.includes('企业名册'), `menu: ${labels.join(', ')}`);
    assert.ok(!labels.includes('数据导入'), `menu: ${labels.join(', ')}`);

    const listed = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/enterprises');
    await page.getByTestId('main-menu').getByText('企业名册').click();
    const list = (await (await listed).json()) as { total: number; items: Array<{ uscc: string }> };
    assert.deepEqual([list.total, list.items.map((item) => item.uscc)], [1, [demoUserUscc]]);
    // One enterprise: its record is the page.
    await page.waitForURL((url) => url.pathname === `/enterprises/${demoUserUscc}`);
    await page.getByTestId('enterprise-name').getByText(demoUserEnterpriseName).waitFor();
    assert.equal(await page.getByTestId('edit-profile').count(), 0);
    // Its own contacts are not masked.
    assert.doesNotMatch(await page.getByTestId('profile-table').locator('tr', { hasText: '联系电话' }).innerText(), /\*\*\*\*/);

    await page.goto('/imports');
    await page.getByText('无权访问').waitFor();
    const other = (await (await page.request.get('/api/enterprises', { params: { pageSize: 5 } })).json()) as { total: number };
    assert.equal(other.total, 1);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('shows the registry in Chinese and in English', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-supervisor');
    await page.goto('/enterprises');
    const rows = page.getByTestId('registry-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    assert.match(await page.locator('.ant-pagination-total-text').innerText(), /共 \d+ 条/);
    await screenshot(page, 'registry-list-zh');

    // Filter by district: the address keeps the filter, and 导出 Excel downloads exactly that list.
    const filtered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/enterprises' && new URL(response.url()).searchParams.get('districtCode') === '330502');
    await chooseOption(page, page.getByTestId('district-filter'), '吴兴区');
    const { total: inDistrict } = (await (await filtered).json()) as { total: number };
    assert.equal(new URL(page.url()).searchParams.get('districtCode'), '330502');
    await page.waitForFunction((count) => document.querySelector('.ant-pagination-total-text')?.textContent === `共 ${count} 条`, inDistrict);
    assert.deepEqual([...new Set(await rows.locator('td:nth-child(3)').allInnerTexts())], ['吴兴区']);
    const downloading = page.waitForEvent('download');
    await page.getByTestId('export-excel').click();
    const download = await downloading;
    assert.equal(download.suggestedFilename(), '企业名册.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('企业名册')!;
    assert.equal(sheet.getRow(1).getCell(1).text, '统一社会信用代码');
    assert.equal(sheet.actualRowCount - 1, inDistrict);
    await page.getByText(`已导出 ${inDistrict} 家企业`).waitFor();
    await page.getByRole('button', { name: /重\s?置/ }).click();
    await page.waitForURL((url) => url.search === '');

    // Sorting is the server's, across pages: the oldest firms first, then the newest.
    const sortByFounded = async (order: 'asc' | 'desc'): Promise<string[]> => {
      const answered = page.waitForResponse((response) => {
        const url = new URL(response.url());
        return url.pathname === '/api/enterprises' && url.searchParams.get('sortBy') === 'foundedOn' && (url.searchParams.get('sortOrder') ?? 'asc') === order;
      });
      await page.locator('th', { hasText: '成立日期' }).click();
      const { items } = (await (await answered).json()) as { items: Array<{ foundedOn: string }> };
      const dates = items.map((item) => item.foundedOn);
      await page.waitForFunction((first) => document.querySelector('[data-testid=registry-table] tbody tr.ant-table-row td:nth-child(5)')?.textContent === first, dates[0]);
      assert.deepEqual(await rows.locator('td:nth-child(5)').allInnerTexts(), dates);
      return dates;
    };
    const ascending = await sortByFounded('asc');
    assert.deepEqual(ascending, [...ascending].sort());
    assert.equal(new URL(page.url()).searchParams.get('sortBy'), 'foundedOn');
    const descending = await sortByFounded('desc');
    assert.deepEqual(descending, [...descending].sort().reverse());
    assert.equal(new URL(page.url()).searchParams.get('sortOrder'), 'desc');
    await page.goto('/enterprises');
    await rows.first().waitFor();

    await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'Enterprise registry' }).waitFor();
    await page.getByText(/\d+ in total/).waitFor();
    await screenshot(page, 'registry-list-en');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});
