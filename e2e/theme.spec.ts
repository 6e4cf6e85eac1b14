import { expect, test } from '@playwright/test';

const background = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('theme', () => {
  test('follows the system until the reader picks one', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe('rgb(21, 23, 26)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
    expect(await background(page)).toBe('rgb(253, 251, 247)');
  });

  test('the toggle persists across reloads and pages, with no flash of the wrong theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/guide/introduction/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe('rgb(21, 23, 26)');

    // Record the theme the very first paint shows: the first animation frame runs just before it. The
    // stylesheet (a separate file) may still be on its way then, so read the theme the page has chosen,
    // which the stylesheet turns into colors; the colors are checked once the page has loaded.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstTheme?: string | undefined }).firstTheme = document.documentElement.dataset['theme'];
      });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { firstTheme?: string | undefined }).firstTheme)).toBe('dark');
    expect(await background(page)).toBe('rgb(21, 23, 26)');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Tips' }).click();
    // Colors are read once the new page has its stylesheet (before it, the background is transparent).
    await expect(page).toHaveURL('/tips/');
    await page.waitForLoadState('load');
    expect(await background(page)).toBe('rgb(21, 23, 26)');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    expect(await background(page)).toBe('rgb(253, 251, 247)');
  });

  test('a page works when storage is blocked', async ({ browser }) => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/tips/');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    expect(errors).toEqual([]);
    await context.close();
  });
});
