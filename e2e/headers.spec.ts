/**
 * The site as a real host sends it (issue 27, item 5): `astro preview`
 * ignores dist/_headers, so these tests run in their own Playwright project
 * against scripts/serve-dist.ts, which applies dist/_headers the way Netlify
 * and Cloudflare Pages do (scripts/lib/static-host.ts). Pages, search
 * (Pagefind compiles WebAssembly), the quiz, the checklist and the service
 * worker run under the header CSP and each page's <meta> CSP together, and
 * no CSP violation may be reported; every file gets the Cache-Control its
 * kind calls for, exactly once, and every response carries HSTS.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { IMMUTABLE, isHashedName, REVALIDATE } from '../integrations/cache-rules.ts';
import { listDist } from '../integrations/dist-files.ts';
import { builtRoutes, quizVerdicts, scrollToHeading } from './test-utils.ts';

const HSTS = 'max-age=31536000; includeSubDomains';
/** The policy the build wrote into dist/_headers. */
const headerPolicy = () => /^\s+Content-Security-Policy:\s*(.+)$/m.exec(readFileSync('dist/_headers', 'utf8'))?.[1]?.trim();

/**
 * Collects CSP violations: the `securitypolicyviolation` events of every document (listened for before
 * any page script runs) and the console's "Refused to…" reports, which also cover workers.
 */
async function watchViolations(page: Page): Promise<{ list: () => Promise<string[]> }> {
  const fromConsole: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) fromConsole.push(msg.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const seen = JSON.parse(sessionStorage.getItem('csp-violations') ?? '[]') as string[];
      seen.push(`${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
      sessionStorage.setItem('csp-violations', JSON.stringify(seen));
    });
  });
  return {
    list: async () => [
      ...fromConsole,
      ...(await page.evaluate(() => JSON.parse(sessionStorage.getItem('csp-violations') ?? '[]') as string[]).catch(() => [])),
    ],
  };
}

test.describe('under the host headers', () => {
  test('every route loads with the header CSP, HSTS and no CSP violation', async ({ page }) => {
    // A walk over every route: on a busy machine it needs more than the default 90 s.
    test.setTimeout(240_000);
    const policy = headerPolicy();
    expect(policy).toMatch(/frame-ancestors 'none'/);
    const violations = await watchViolations(page);
    for (const route of builtRoutes()) {
      const response = await page.goto(route);
      expect(response?.status(), route).toBe(200);
      const headers = response?.headers() ?? {};
      expect(headers['content-security-policy'], route).toBe(policy);
      expect(headers['strict-transport-security'], route).toBe(HSTS);
      expect(headers['x-content-type-options'], route).toBe('nosniff');
      await expect(page.getByRole('heading', { level: 1 }), route).toBeVisible();
    }
    expect(await violations.list()).toEqual([]);
  });

  test('the watcher reports a violation when one happens', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/help/');
    // An image from another origin: img-src allows only 'self' and data:.
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://example.invalid/pixel.png';
      document.body.append(img);
    });
    await expect.poll(async () => (await violations.list()).some((v) => /img-src/.test(v))).toBe(true);
  });

  test('search (Pagefind and its WebAssembly) answers in the header and on /search/', async ({ page }) => {
    const violations = await watchViolations(page);
    const wasm: string[] = [];
    page.on('response', (r) => {
      if (/\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(r.url())) wasm.push(r.url());
    });
    await page.goto('/tips/keep-humor/');
    await page.keyboard.press('/');
    await page.keyboard.type('apolgize');
    await expect(page.locator('#site-search-popup .search-results .search-result-title a').first()).toHaveText(
      'Tip 12: Apologize sincerely when you get it wrong',
    );
    await page.goto('/search/?q=gratitude');
    const main = page.getByRole('main');
    await expect(main.getByRole('status')).toHaveText(/\d+ results? for “gratitude”/);
    await expect(main.locator('.search-results > li').first()).toBeVisible();
    expect(wasm.length, 'the WebAssembly module was fetched').toBeGreaterThan(0);
    expect(await violations.list()).toEqual([]);
  });

  test('the quiz, its embedded version and the checklist with its restore link work', async ({ page }) => {
    const violations = await watchViolations(page);
    const verdicts = quizVerdicts();
    const quiz = page.getByRole('region', { name: 'Myth or truth quiz' });
    await page.goto('/quiz/');
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    for (let i = 0; i < verdicts.size; i++) {
      const statement = (await quiz.getByRole('heading', { level: 2 }).innerText()).replace(/^Statement \d+:\s*/, '').trim();
      await quiz.getByRole('button', { name: verdicts.get(statement) === 'myth' ? 'Myth' : 'Truth', exact: true }).click();
      await quiz.getByRole('button', { name: 'Next' }).click();
    }
    await expect(quiz.getByRole('heading', { name: `Your score: ${verdicts.size} of ${verdicts.size}` })).toBeVisible();

    await page.goto('/guide/challenges-and-myths/');
    await page.getByRole('heading', { name: 'Test yourself' }).scrollIntoViewIfNeeded();
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(quiz.getByText('1 of 6', { exact: true })).toBeVisible();

    await page.goto('/checklist/');
    await page.getByRole('checkbox', { name: /^Day 1:/ }).check();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Checklist 1/7' })).toBeVisible();
    await scrollToHeading(page, 'Keep, move or reset your progress');
    const tools = page.getByRole('region', { name: 'Keep, move or reset your progress' });
    await tools.getByRole('button', { name: 'Continue on another device' }).click();
    await expect(page.getByRole('img', { name: 'QR code of your restore link' })).toBeVisible();
    expect(await violations.list()).toEqual([]);
  });

  test('the service worker installs, keeps pages and serves them, under its own headers', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Tips' }).click();
    await expect(page).toHaveURL('/tips/');
    await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/sw.js'), undefined, { timeout: 15_000 });
    const response = await page.goto('/tips/listen-actively/');
    expect(response?.fromServiceWorker()).toBe(true);
    await page.waitForFunction(async () => !!(await caches.match('/tips/listen-actively/')));
    const sw = await page.request.get('/sw.js');
    expect(sw.headers()['cache-control']).toBe(REVALIDATE);
    expect(sw.headers()['content-security-policy']).toBe(headerPolicy());
    expect(await violations.list()).toEqual([]);
  });

  test('each kind of file gets its exact Cache-Control, once, and HSTS', async ({ request }) => {
    // The kinds a reader's browser caches, spelled out.
    const files = listDist('dist');
    const one = (re: RegExp) => {
      const file = files.find((f) => re.test(f));
      if (!file) throw new Error(`no file in dist/ matches ${re}`);
      return `/${file}`;
    };
    const expected: [url: string, cacheControl: string | undefined][] = [
      ['/', undefined],
      ['/tips/keep-humor/', undefined],
      [one(/^_astro\/.+\.js$/), IMMUTABLE],
      [one(/^_astro\/.+\.css$/), IMMUTABLE],
      [one(/^pagefind\/fragment\//), IMMUTABLE],
      [one(/^pagefind\/index\//), IMMUTABLE],
      [one(/^pagefind\/pagefind\.[\w-]+\.pf_meta$/), IMMUTABLE],
      ['/pagefind/pagefind.js', REVALIDATE],
      ['/pagefind/pagefind-worker.js', REVALIDATE],
      [one(/^pagefind\/wasm\.[\w-]+\.pagefind$/), REVALIDATE],
      ['/sw.js', REVALIDATE],
      ['/manifest.webmanifest', REVALIDATE],
      ['/offline-files.json', REVALIDATE],
      [one(/^icons\/.+\.png$/), REVALIDATE],
      [one(/^og\/.+\.png$/), REVALIDATE],
      ['/robots.txt', REVALIDATE],
      ['/sitemap-index.xml', REVALIDATE],
    ];
    for (const [url, cacheControl] of expected) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['cache-control'], url).toBe(cacheControl);
      expect(response.headers()['strict-transport-security'], url).toBe(HSTS);
    }
    // And every other file: hashed names for a year, the rest revalidated, HTML at the host's default.
    const wrong: string[] = [];
    for (const file of files.filter((f) => !f.startsWith('_'))) {
      const response = await request.head(`/${file}`);
      const want = file.endsWith('.html') ? undefined : isHashedName(file) ? IMMUTABLE : REVALIDATE;
      const got = response.headers()['cache-control'];
      if (got !== want) wrong.push(`/${file}: "${got}", expected "${want}"`);
      if (response.headers()['strict-transport-security'] !== HSTS) wrong.push(`/${file}: no HSTS`);
    }
    expect(wrong).toEqual([]);
    // The host never serves its own configuration.
    expect((await request.get('/_headers')).status()).toBe(404);
  });
});
