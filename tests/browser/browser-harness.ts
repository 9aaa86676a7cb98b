/**
 * Browser tests run the real platform in-process (a fresh PGlite directory, the demo city, the
 * bundled policy packs, the real HTTP app serving the built dist/web) and drive it with headless
 * Chromium through playwright-core.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { buildHttpApp } from '../../src/app/http-app.ts';
import { openKeJinTong, type KeJinTong } from '../../src/app/kejintong.ts';
import { loadBundledCalendarYears } from '../../src/capabilities/calendar/load-bundled-calendar-years.ts';
import { loadBundledPolicyPacks } from '../../src/capabilities/policy-packs/load-bundled-policy-packs.ts';
import { evaluateDemoCity } from '../../src/demo/evaluate-demo-city.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import { seedDemoEnterprises } from '../../src/demo/seed-demo-enterprises.ts';
import { seedDemoFinancing } from '../../src/demo/seed-demo-financing.ts';
import { demoPassword } from '../../src/demo/demo-city.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import { readConfig } from '../../src/platform/config.ts';
import { importTestCalendarAfterBundled } from '../support/test-calendar.ts';
import type { HttpServer } from '../../src/platform/http/fastify-types.ts';

// KJT_WEB_ROOT serves a web build made elsewhere (`vite build --outDir …`), e.g. while dist/web is being rebuilt.
const webRoot = process.env.KJT_WEB_ROOT ? `${path.resolve(process.env.KJT_WEB_ROOT)}${path.sep}` : fileURLToPath(new URL('../../dist/web/', import.meta.url));
const chromiumPath = process.env.KJT_CHROMIUM_PATH || '/usr/bin/chromium';

export { demoPassword };

export interface HarnessOptions {
  /**
   * Load this many demo enterprises through the import path (the first is demo-enterprise's own
   * firm, linked to its organisation). Without it the registry starts empty.
   */
  demoEnterpriseCount?: number;
  /**
   * Evaluate the demo enterprises once, as `kjt demo` does: stored results, and a 培育库 with members
   * and a queue of pending proposals. Needs `demoEnterpriseCount`.
   */
  isEvaluated?: boolean;
  /** Run background jobs in the process (large imports validate and commit as jobs). */
  hasJobs?: boolean;
  /**
   * Seed the demo financing (products, demands in every state, ratings, a consent) as `kjt demo`
   * does. Needs `demoEnterpriseCount`, and `isEvaluated` for products whose rules read results.
   * Also loads a test-only calendar for the years after the bundled ones (see test-calendar.ts).
   */
  hasFinancingDemo?: boolean;
}

export interface BrowserHarness {
  baseUrl: string;
  kjt: KeJinTong;
  /** A new browser context (own cookies and localStorage) with one page; zh-CN, desktop size. */
  newPage(): Promise<TestPage>;
  close(): Promise<void>;
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions in the page; a test ends by checking there were none. */
  pageErrors: Error[];
  /** Every /api path the page requested, for asserting that a denied page asked for nothing. */
  apiRequests: string[];
}

export async function startHarness(options: HarnessOptions = {}): Promise<BrowserHarness> {
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(`The web app is not built (${webRoot}index.html is missing). Run \`npm run build:web\` before the browser tests.`);
  }
  if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}; set KJT_CHROMIUM_PATH.`);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kjt-browser-'));
  let kjt: KeJinTong | undefined;
  let http: HttpServer | undefined;
  let browser: Browser | undefined;
  try {
    kjt = await openKeJinTong({ ...readConfig({}), dataDir, databaseUrl: undefined }, { hasJobs: options.hasJobs, isWorkingJobs: options.hasJobs });
    await seedDemoCity(kjt.run);
    if (options.demoEnterpriseCount) await seedDemoEnterprises(kjt.run, { count: options.demoEnterpriseCount });
    if (options.isEvaluated) await evaluateDemoCity(kjt.run);
    await loadBundledPolicyPacks(kjt.run, { actor: systemActor('test'), requestId: 'test' });
    await loadBundledCalendarYears(kjt.run, { actor: systemActor('test'), requestId: 'test' });
    // Demands count their deadlines in working days, so the calendar comes first. The pages post and
    // claim at today's date, so a test calendar covers the years after the bundled ones up to next year.
    if (options.hasFinancingDemo) {
      await importTestCalendarAfterBundled(kjt.run, { actor: systemActor('test'), requestId: 'test' });
      await seedDemoFinancing(kjt.run);
    }
    http = await buildHttpApp(kjt, { webRoot });
    const address = await http.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (error) {
    await browser?.close();
    await http?.close();
    await kjt?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const started = { kjt, http, browser };
  const baseUrl = `http://127.0.0.1:${(http.server.address() as { port: number }).port}`;

  return {
    baseUrl,
    kjt: started.kjt,
    async newPage() {
      const context = await started.browser.newContext({ baseURL: baseUrl, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      // Generous: CI machines are shared and slow at times; a wait still ends as soon as its condition holds.
      page.setDefaultTimeout(30_000);
      const pageErrors: Error[] = [];
      const apiRequests: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/api/')) apiRequests.push(`${request.method()} ${url.pathname}`);
      });
      return { page, context, pageErrors, apiRequests };
    },
    async close() {
      await started.browser.close();
      await started.http.close();
      await started.kjt.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login page and waits for the signed-in layout. */
export async function signIn(page: Page, username: string, password = demoPassword): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login');
  await page.getByLabel('用户名').or(page.getByLabel('Username')).fill(username);
  await page.getByLabel('密码').or(page.getByLabel('Password')).fill(password);
  await page.getByRole('button', { name: /(登\s?录|Sign in)$/ }).click();
  await page.getByTestId('current-user').waitFor();
}

/**
 * Chooses an option in an antd Select by its visible text (typing `search` into it first, when
 * given) and waits until the option list has closed, so the list cannot cover the next click. A
 * click that lands while the list is still sliding open can leave it open; the option is then
 * clicked once more.
 */
export async function chooseOption(page: Page, select: Locator, optionText: string | RegExp, search?: string): Promise<void> {
  const openList = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const option = openList.locator('.ant-select-item-option').filter({ hasText: optionText }).first();
  await select.click();
  if (search !== undefined) await select.fill(search);
  await option.click();
  const isClosed = await openList.first().waitFor({ state: 'hidden', timeout: 5_000 }).then(() => true, () => false);
  if (isClosed) return;
  if (await option.isVisible()) await option.click();
  else await page.keyboard.press('Escape');
  await openList.first().waitFor({ state: 'hidden' });
}

/** Menu entries of the signed-in layout, as shown. */
export async function menuLabels(page: Page): Promise<string[]> {
  const menu = page.getByTestId('main-menu');
  await menu.waitFor();
  return (await menu.getByRole('menuitem').allInnerTexts()).map((text) => text.trim());
}

/**
 * Saves a screenshot when KJT_SCREENSHOT_DIR is set (for looking at the pages by eye). Full-page
 * shots resize the viewport for a moment, which disturbs an open dialog; take those of the viewport.
 */
export async function screenshot(page: Page, name: string, options: { isFullPage?: boolean } = {}): Promise<void> {
  const directory = process.env.KJT_SCREENSHOT_DIR;
  if (!directory) return;
  fs.mkdirSync(directory, { recursive: true });
  // Transitions (a tab's ink bar, a closing dialog) are finished first, so the picture shows where the page settles.
  await page.screenshot({ path: path.join(directory, `${name}.png`), fullPage: options.isFullPage ?? true, animations: 'disabled' });
}
