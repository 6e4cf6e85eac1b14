/**
 * Shared helpers for the browser tests: the site's routes (read from the
 * built dist/), a console-error watcher, and an axe scan with WCAG 2.2 AA tags.
 */
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { load } from 'js-yaml';
import { expect, type Browser, type Page } from '@playwright/test';
import { listHtmlPages, routeOf } from '../scripts/lib/dist-pages.ts';
import { isArticle, isGuideSection, isScorePage, isThemeIndex, isTip } from '../src/lib/routes.ts';

/** How many guide sections and tips the content holds, so tests never hard-code a count. */
export const contentCounts = () => ({
  guide: readdirSync('content/guide').filter((f) => f.endsWith('.mdx')).length,
  tips: readdirSync('content/tips').filter((f) => f.endsWith('.mdx')).length,
});

/** The tips index's title, as pages and breadcrumbs show it. */
export const tipsTitle = () => `${contentCounts().tips} ways to build trust online`;

/** Every route of the built site except the 404 page (served for unknown URLs instead). */
export function builtRoutes(): string[] {
  return listHtmlPages('dist')
    .filter((p) => p !== '404.html')
    .map(routeOf);
}

/**
 * The tag of the tests that repeat a check on every page of a template (every tip, every
 * score page…) past the first: `npm test` skips them (`--grep-invert`), CI runs them after it
 * (`npm run test:every-page`), so each template is still checked in `npm test` and every page in CI.
 */
export const EVERY_PAGE = '@every-page';

/** The template a route is built from: the route itself, or its pattern when many pages share one template. */
const templateOf = (route: string): string => {
  if (isGuideSection(route)) return '/guide/<section>/';
  if (isThemeIndex(route)) return '/tips/theme/<theme>/';
  if (isTip(route)) return '/tips/<tip>/';
  if (isScorePage(route)) return '/quiz/score/<n>/';
  if (/^\/words\/[^/]+\/$/.test(route)) return '/words/<situation>/';
  return route;
};

/**
 * Pages that show parts their template's first page lacks: the guide section with the quiz embed,
 * one with "Words to try", the full reference list, and a tip with a callout.
 */
export const PAGE_SHAPES = ['/guide/challenges-and-myths/', '/guide/faqs/', '/guide/references/', '/tips/share-vulnerable-thoughts/'];

/** One route per template, the first in `routes`, plus PAGE_SHAPES. */
export function templateRoutes(routes: readonly string[]): string[] {
  const seen = new Set<string>();
  return routes.filter((r) => {
    const template = templateOf(r);
    const first = !seen.has(template);
    seen.add(template);
    return first || PAGE_SHAPES.includes(r);
  });
}

/**
 * A walk over every built route cut in two, for a test that visits pages one after another: one page
 * of each template (run by `npm test`), and every other page (tagged EVERY_PAGE).
 */
export function routeWalks(): readonly (readonly [which: string, routes: string[], details: { tag?: string }])[] {
  const routes = builtRoutes();
  const templates = templateRoutes(routes);
  return [
    ['one page of each template', templates, {}],
    ['every other page', routes.filter((r) => !templates.includes(r)), { tag: EVERY_PAGE }],
  ];
}

/** Test details for a check of `route`: tagged EVERY_PAGE unless the route stands for its template. */
export const everyPage = (route: string, routes: readonly string[]): { tag: string[] } => ({
  tag: templateRoutes(routes).includes(route) ? [] : [EVERY_PAGE],
});

/** Guide section and tip routes: the pages readers read. */
export const articleRoutes = () => builtRoutes().filter(isArticle);

/** Collects console errors and uncaught exceptions (CSP violations land here too). */
export function watchConsole(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { errors };
}

/** WCAG 2.2 A and AA rule tags for axe. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * A fixed "now" for tests where today's date matters: midday, so the local
 * date is the same in any time zone within ±11 hours. Use with
 * `page.clock.setFixedTime(FIXED_NOW)`, never fake timers (islands re-render
 * through timers).
 */
export const FIXED_NOW = new Date('2026-11-21T12:00:00');

/** FIXED_NOW's local date, YYYY-MM-DD, as the browser computes "today". */
export const FIXED_TODAY = '2026-11-21';

/**
 * Resolves once the page is idle: the load event has fired, a frame has been
 * painted and the browser has run an idle callback (so effects scheduled
 * after paint, like a hydrated island's second render, have run). A signal
 * from the page itself, not a guess at how long things take.
 */
export async function pageIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 2000 }), 0)),
      ),
  );
}

/**
 * Waits until every island that hydrates at load has hydrated (Astro drops
 * its `ssr` attribute then) and its first effects have run. client:visible
 * islands hydrate only when scrolled to, so they are not waited for.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]:not([client="visible"])')).toHaveCount(0);
  await pageIdle(page);
}

/** The axe rules whose outcome depends on colours, the only thing that differs between the two themes. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page, once its islands have hydrated, and fails with a
 * readable list of violations. `rules` narrows the scan to those rules.
 */
export async function expectNoAxeViolations(page: Page, context = '', rules?: string[]): Promise<void> {
  await waitForIslands(page);
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder.withTags(WCAG_TAGS)).analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/** The primary navigation landmark. */
export const primaryNav = (page: Page) => page.getByRole('navigation', { name: 'Primary' });

/** The DOIs content/references.yaml lists, so tests never hard-code how many works are cited. */
export const referenceDois = (): string[] =>
  (load(readFileSync('content/references.yaml', 'utf8')) as { doi?: string }[]).flatMap((r) => (r.doi ? [r.doi] : []));

/** Quiz statements from content/quiz.yaml, for answering by statement text. */
export function quizVerdicts(): Map<string, 'myth' | 'truth'> {
  const list = load(readFileSync('content/quiz.yaml', 'utf8')) as { statement: string; verdict: 'myth' | 'truth' }[];
  return new Map(list.map((q) => [q.statement, q.verdict]));
}

/** Presses Tab until the element with this accessible text has focus (keyboard-only navigation). */
export async function tabTo(page: Page, text: string | RegExp, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    // A control's visible name: its label's text for inputs, its own text otherwise.
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const label = el instanceof HTMLInputElement ? el.labels?.[0] : null;
      return ((label ?? el)?.textContent ?? '').trim();
    });
    if (typeof text === 'string' ? focused === text : text.test(focused)) return;
  }
  throw new Error(`Could not reach "${text}" with Tab`);
}

/** Runs `fn` with a page whose JavaScript is turned off, closing it afterwards. */
export async function withoutJavaScript(browser: Browser, fn: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * Scrolls a heading into view, trying again if it is swapped out while scrolling: a client:visible
 * island replaces its no-JS heading with its own as it hydrates, which may happen mid-scroll.
 */
export async function scrollToHeading(page: Page, name: string | RegExp): Promise<void> {
  await expect(async () => {
    await page.getByRole('heading', { name }).scrollIntoViewIfNeeded({ timeout: 2000 });
  }).toPass();
}
