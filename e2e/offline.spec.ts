/**
 * Installable and offline (issue 17). Service workers are blocked in every
 * other spec (playwright.config.ts); here they run. Each test serves the
 * built site on its own port (so each starts with no worker and no caches)
 * and takes the network down by stopping that server, then asserts that the
 * worker answered (`response.fromServiceWorker()`).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startPreview, type RunningPreview } from '../scripts/lib/preview-server.ts';
import { expectNoAxeViolations, routeWalks, watchConsole, withoutJavaScript } from './test-utils.ts';

test.use({ serviceWorkers: 'allow' });

interface ListedFile {
  url: string;
  size: number;
}
/** The build's "Save for offline" list. */
const offlineList = () =>
  JSON.parse(readFileSync('dist/offline-files.json', 'utf8')) as { build: string; total: number; pages: number; files: ListedFile[] };

let server: RunningPreview;
test.beforeEach(async () => {
  server = await startPreview('.', 0);
});
test.afterEach(async () => {
  await server.stop().catch(() => {});
});

/** Waits until the service worker controls the page (it claims pages as soon as it activates). */
async function controlledBySw(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/sw.js'), undefined, { timeout: 15_000 });
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

test('a first page brings no worker; the second page of the visit does', async ({ page }) => {
  await page.goto(`${server.url}/tips/keep-humor/`);
  // The worker would register at idle: give the page time to be idle, then look.
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 500))));
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);

  // Following a link is staying: the worker arrives and keeps the page it arrived on.
  await page.getByRole('link', { name: 'Tips', exact: true }).first().click();
  await expect(page).toHaveURL(`${server.url}/tips/`);
  await controlledBySw(page);
  await page.waitForFunction(async () => !!(await caches.match('/tips/')));
});

test('install criteria: the manifest, its icons, the CSP, and a worker that controls the page', async ({ page }) => {
  await page.goto(`${server.url}/`);
  await page.goto(`${server.url}/tips/`, { referer: `${server.url}/` });
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("manifest-src 'self'");

  const response = await page.request.get(`${server.url}${href}`);
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ short_name: 'Kindred', start_url: '/', display: 'standalone' });
  expect(manifest.name).toMatch(/Kindred/);
  expect(manifest.description.length).toBeGreaterThan(20);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
  for (const size of [192, 512]) expect(icons.some((i) => i.sizes === `${size}x${size}` && i.purpose === 'any')).toBe(true);
  expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of icons) {
    const png = await page.request.get(`${server.url}${icon.src}`);
    expect(png.ok(), icon.src).toBe(true);
    expect(png.headers()['content-type']).toBe('image/png');
    const [w, h] = icon.sizes.split('x').map(Number);
    expect(pngSize(await png.body()), icon.src).toEqual({ width: w, height: h });
  }

  await controlledBySw(page);
  // What the worker came with is this build's id (it changes sw.js whenever the site changes).
  const build = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.scriptURL;
  });
  expect(build).toBe(`${server.url}/sw.js`);
  const sw = await page.request.get(`${server.url}/sw.js`);
  expect(await sw.text()).toContain(offlineList().build);
});

test('a visited page reloads with the network down; a page never opened shows the offline page', async ({ page }) => {
  await page.goto(`${server.url}/`);
  // The second page of a visit brings the worker (a first page never does).
  await page.goto(`${server.url}/tips/`, { referer: `${server.url}/` });
  await controlledBySw(page);
  // Opened while the worker is in charge: kept in the pages cache.
  await page.goto(`${server.url}/tips/listen-actively/`);
  await page.waitForFunction(async () => !!(await caches.match('/tips/listen-actively/')));
  await server.stop();

  const again = await page.reload();
  expect(again?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/listen/i);

  const unseen = await page.goto(`${server.url}/guide/faqs/`);
  expect(unseen?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: "You're offline" })).toBeVisible();
  // It lists what this device keeps: the pages opened while the worker was in charge, by title.
  const kept = page.getByRole('main').locator('[data-kept-pages]');
  await expect(kept.getByRole('heading', { name: 'Pages kept on this device' })).toBeVisible();
  await expect(kept.getByRole('link', { name: 'Tip 6: Listen actively and attentively' })).toHaveAttribute(
    'href',
    '/tips/listen-actively/',
  );
  await expect(kept.getByRole('link', { name: /guide/i })).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: /guide/i }).first()).toHaveAttribute('href', '/guide/');
});

test('in the installed app the first page brings the worker, and the open page is kept', async ({ page }) => {
  // Chromium cannot emulate display-mode: answer the app's own question the way an installed app would.
  await page.addInitScript(() => {
    const original = window.matchMedia.bind(window);
    window.matchMedia = (query: string) =>
      query === '(display-mode: standalone)' ? ({ ...original(query), matches: true, media: query } as MediaQueryList) : original(query);
  });
  await page.goto(`${server.url}/tips/keep-humor/`);
  await controlledBySw(page);
  await page.waitForFunction(async () => !!(await caches.match('/tips/keep-humor/')));
});

test('a refused registration: Save for offline says so and saves nothing', async ({ page }) => {
  // As a browser that keeps service workers off (a policy, some private modes) answers.
  await page.addInitScript(() => {
    navigator.serviceWorker.register = () => Promise.reject(new DOMException('Service workers are disabled', 'SecurityError'));
  });
  await page.goto(`${server.url}/guide/`);
  const panel = page.getByRole('main').getByRole('region', { name: 'Read it without a connection' });
  await panel.getByRole('button', { name: 'Save for offline' }).click();
  const download = panel.getByRole('button', { name: /^Download [\d.]+ (KB|MB)$/ });
  await expect(download).toHaveAttribute('aria-disabled', 'false');
  await download.click();
  await expect(panel.getByRole('status')).toHaveText(
    /^Saving didn't work: this browser would not start the part of Kindred that reads offline copies\. Nothing changed/,
  );
  await expect(panel.getByRole('button', { name: 'Try again' })).toBeVisible();
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
});

// Each walk saves the site afresh: `npm test` opens one saved page of each template, CI's every-page step the rest.
for (const [which, walk, details] of routeWalks()) {
  test(`after "Save for offline", ${which} and a search work with the network down`, details, async ({ page }) => {
    // Pages are opened offline one by one: minutes on a busy machine.
    test.setTimeout(300_000);
    const list = offlineList();
    const logged = watchConsole(page);
    // A first page: no worker yet. Saving brings it, or the copy could never be read offline.
    await page.goto(`${server.url}/guide/`);

    const panel = page.getByRole('main').getByRole('region', { name: 'Read it without a connection' });
    const button = panel.getByRole('button', { name: 'Save for offline' });
    await button.click();
    // The size first, nothing downloaded yet.
    const status = panel.getByRole('status');
    await expect(status).toHaveText(new RegExp(`Saving all ${list.pages} pages and the search index uses [\\d.]+ (KB|MB) on this device`));
    expect(await page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('kindred-offline-')))).toEqual([]);
    await expectNoAxeViolations(page, 'save for offline, size shown');

    const assetsBefore = await page.evaluate(async () => (await (await caches.open('kindred-assets')).keys()).length);
    await panel.getByRole('button', { name: /^Download [\d.]+ (KB|MB)$/ }).click();
    await expect(status).toHaveText(/^Saved\. All \d+ pages and search now work/, { timeout: 120_000 });
    // "Saved" waited for the worker; the hashed files went into the saved copy only, not also into its cache.
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    expect(await page.evaluate(async () => (await (await caches.open('kindred-assets')).keys()).length)).toBe(assetsBefore);
    await expect(panel.locator('progress')).toBeHidden();
    expect(await page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('kindred-offline-')))).toEqual([
      `kindred-offline-${list.build}`,
    ]);
    await controlledBySw(page);

    await server.stop();
    // Every saved page is in one of the two walks, so CI opens each of them offline.
    const pages = list.files.filter((f) => f.url.endsWith('/')).map((f) => f.url);
    expect(pages.length).toBe(list.pages);
    const walked = new Set(routeWalks().flatMap(([, routes]) => routes));
    expect(pages.filter((route) => !walked.has(route))).toEqual([]);
    for (const route of walk.filter((r) => pages.includes(r))) {
      const response = await page.goto(`${server.url}${route}`);
      expect(response?.fromServiceWorker(), route).toBe(true);
      expect(response?.status(), route).toBe(200);
      if (route !== '/offline/') await expect(page.getByRole('heading', { level: 1 }), route).not.toHaveText("You're offline");
    }

    await page.goto(`${server.url}/search/?q=gratitude`);
    const main = page.getByRole('main');
    await expect(main.getByRole('status')).toHaveText(/\d+ results? for “gratitude”/);
    await expect(main.locator('.search-results > li').first()).toBeVisible();
    // A fetch that fails offline logs a network error; nothing may throw.
    expect(logged.errors.filter((e) => !/Failed to load resource|net::ERR/.test(e))).toEqual([]);
  });
}

test('without JavaScript the Save for offline button is not shown', async ({ browser }) => {
  await withoutJavaScript(browser, async (page) => {
    await page.goto(`${server.url}/guide/`);
    await expect(page.getByRole('button', { name: 'Save for offline' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Read it without a connection' })).toHaveCount(0);
  });
});
