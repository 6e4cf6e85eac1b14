/**
 * Shared helpers for the browser tests: the site's routes (read from the
 * built dist/), a console-error watcher, and an axe scan with WCAG 2.2 AA tags.
 */
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { load } from 'js-yaml';
import { expect, type Browser, type Page } from '@playwright/test';
import { listHtmlPages, routeOf } from '../scripts/lib/dist-pages.ts';

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

/** Guide section and tip routes: the pages readers read. */
export const articleRoutes = () => builtRoutes().filter((r) => /^\/(guide|tips)\/[^/]+\/$/.test(r) && !r.startsWith('/tips/theme/'));

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

/** Runs axe on the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, context = ''): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/** The primary navigation landmark. */
export const primaryNav = (page: Page) => page.getByRole('navigation', { name: 'Primary' });

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
