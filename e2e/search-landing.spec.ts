import { expect, test, type Page } from '@playwright/test';

/**
 * Landing on the match, in a real browser: a result's text fragment
 * (`#:~:text=…`) must make Chromium scroll the destination page to the
 * words searched for, and a result matched only through its keywords
 * must open at the top of the page, with no fragment.
 */

const headerSearch = (page: Page) => page.getByRole('banner').getByRole('searchbox', { name: 'Search' });
const popupResults = (page: Page) => page.locator('#site-search-popup .search-results .search-result-title a');
const scrollTop = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollTop ?? 0);

test('opening a result scrolls the page to the words searched for', async ({ page }) => {
  // "Coursera" is only in the body of the tools section, far below its first screen.
  await page.goto('/guide/tools-and-habits/');
  const match = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Coursera' });
  await expect(match, 'without a fragment the match starts out of view').not.toBeInViewport();

  await page.goto('/tips/keep-humor/');
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await headerSearch(page).pressSequentially('coursera');
  const first = popupResults(page).first();
  await expect(first).toHaveText('Tools, platforms and power habits');
  await expect(first).toHaveAttribute('href', /^\/guide\/tools-and-habits\/#[^?]*:~:text=[^?]*Coursera/);
  await first.click();

  await expect(page).toHaveURL(/\/guide\/tools-and-habits\//);
  await expect(match).toBeInViewport();
  await expect.poll(() => scrollTop(page), { message: 'the page scrolled down to the match' }).toBeGreaterThan(0);
});

test('a result matched only by its keywords opens at the top, with no fragment', async ({ page }) => {
  // "ghosting" is one of the responsiveness tip's keywords; its text never says it.
  await page.goto('/search/?q=ghosting');
  const first = page.getByRole('main').locator('.search-results > li .search-result-title a').first();
  await expect(first).toHaveText('Tip 9: Be responsive and attentive to messages');
  await expect(first).toHaveAttribute('href', '/tips/be-responsive/');
  await first.click();
  await expect(page).toHaveURL('/tips/be-responsive/');
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  // Give a (wrong) fragment the time it would take to scroll.
  await page.waitForTimeout(300);
  expect(await scrollTop(page)).toBe(0);
});
