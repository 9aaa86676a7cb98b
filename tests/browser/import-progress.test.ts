import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { usccCheckCharacter } from '../../src/capabilities/enterprises/uscc.ts';
import { screenshot, signIn, startHarness, type BrowserHarness } from './browser-harness.ts';

// Files above this many rows are validated and committed by background jobs; a small threshold
// lets a test file of a thousand rows take the path a 50,000-row list takes in a city.
process.env.KJT_IMPORT_JOB_ROWS = '100';
const rowCount = 1200;

function largeRoster(): Buffer {
  const lines = ['统一社会信用代码,企业名称,企业规模'];
  for (let index = 0; index < rowCount; index += 1) {
    const first17 = `91330503MA${String(8_200_000 + index).padStart(7, '0')}`;
    lines.push(`${first17}${usccCheckCharacter(first17)},湖州进度测试${index}号科技有限公司,小型`);
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * Holds the page's polls of an import while asked to. A job can finish before the browser has drawn
 * its first frame (and on PGlite a poll waits for the job's transaction), so the test holds the polls
 * to look at the progress the page shows from the upload's or the commit's own answer.
 */
async function importPollGate(page: Page): Promise<{ hold(): void; release(): Promise<void> }> {
  let held: Route[] = [];
  let isHolding = false;
  await page.route(/\/api\/imports\/imp[^/?]+$/, async (route) => {
    if (isHolding && route.request().method() === 'GET') held.push(route);
    else await route.continue();
  });
  return {
    hold: () => {
      isHolding = true;
    },
    release: async () => {
      isHolding = false;
      const waiting = held;
      held = [];
      // A request the page gave up on (it moved on) is already settled; that is fine.
      await Promise.all(waiting.map((route) => route.continue().catch(() => undefined)));
    },
  };
}

describe('web app: a large import runs in the background', () => {
  let harness: BrowserHarness;
  before(async () => {
    harness = await startHarness({ hasJobs: true });
  });
  after(async () => {
    await harness?.close();
  });

  it('follows validation and commit with a progress bar, and a reload returns to the same import', async () => {
    const { page, pageErrors } = await harness.newPage();
    await signIn(page, 'demo-department');
    await page.goto('/imports?kind=enterprises');
    await page.locator('input[type=file]').setInputFiles({ name: '大批量名册.csv', mimeType: 'text/csv', buffer: largeRoster() });
    const polls = await importPollGate(page);
    polls.hold();
    await page.getByTestId('upload-import').click();
    await page.waitForURL((url) => /^\/imports\/imp[^/]+$/.test(url.pathname));
    const importPath = new URL(page.url()).pathname;
    // The upload answered "validating": the page shows the job's progress instead of a preview.
    await page.getByTestId('import-progress').waitFor();
    assert.match(await page.getByTestId('import-progress').innerText(), new RegExp(`正在校验：[\\d,]+ / ${rowCount.toLocaleString('en-US')} 行`));
    await screenshot(page, 'import-progress-zh');
    await polls.release();

    await page.reload();
    assert.equal(new URL(page.url()).pathname, importPath);
    // On PGlite the running job holds the database, so the reloaded page may wait for it.
    await page.getByTestId('import-heading').getByText('大批量名册.csv').waitFor({ timeout: 120_000 });
    // Polling carries the page on to the preview when the job is done.
    await page.getByTestId('import-totals').waitFor({ timeout: 120_000 });
    const newRows = page.getByTestId('total-new').locator('.ant-statistic-content');
    assert.equal(await newRows.innerText(), rowCount.toLocaleString('en-US'));

    polls.hold();
    await page.getByTestId('commit-import').click();
    await page.getByTestId('import-progress').getByText(`正在导入：0 / ${rowCount.toLocaleString('en-US')} 行`).waitFor();
    await polls.release();
    await page.getByTestId('import-result').waitFor({ timeout: 120_000 });
    assert.equal(await page.getByTestId('import-status').innerText(), '已导入');
    const count = await harness.kjt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM enterprises WHERE name LIKE '湖州进度测试%'`);
    assert.equal(count.rows[0]!.n, rowCount);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});
