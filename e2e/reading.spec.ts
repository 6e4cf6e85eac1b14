/**
 * Reading your way: the text size and line spacing menu (kept, applied before
 * first paint, by keyboard, no overflow at the largest size), reduced motion,
 * and forced colors (screenshots in screenshots/forced-colors/, to look at).
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { READING_STORAGE_KEY } from '../src/consts.ts';
import { expectNoAxeViolations, routeWalks, scrollToHeading, watchConsole } from './test-utils';

const toggle = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Text size' });
const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const lineHeight = (page: Page) =>
  page.evaluate(
    () => Number.parseFloat(getComputedStyle(document.body).lineHeight) / Number.parseFloat(getComputedStyle(document.body).fontSize),
  );
const saveLargest = (page: Page) =>
  page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ size: 'largest', spacious: true })), READING_STORAGE_KEY);

test.describe('text size and spacing', () => {
  test('is operable by keyboard, announces its state, and applies at once', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/guide/six-strategies/');
    expect(await rootFontSize(page)).toBe('16px');
    await toggle(page).focus();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
    const sizes = page.getByRole('group', { name: 'Text size' });
    await expect(sizes.getByRole('radio', { name: 'Standard' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(sizes.getByRole('radio', { name: 'Standard' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(sizes.getByRole('radio', { name: 'Large', exact: true })).toBeChecked();
    expect(await rootFontSize(page)).toBe('18px');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(sizes.getByRole('radio', { name: 'Largest' })).toBeChecked();
    expect(await rootFontSize(page)).toBe('24px');
    await page.keyboard.press('Tab');
    const spacing = page.getByRole('checkbox', { name: 'More space between lines' });
    await expect(spacing).toBeFocused();
    const before = await lineHeight(page);
    await page.keyboard.press('Space');
    await expect(spacing).toBeChecked();
    expect(await lineHeight(page)).toBeGreaterThan(before + 0.2);
    await expectNoAxeViolations(page, 'with the reading menu open');
    await page.keyboard.press('Escape');
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('group', { name: 'Text size' })).toBeHidden();
    expect(console.errors).toEqual([]);
  });

  test('survives reloads and other pages, with no flash of the default size', async ({ page }) => {
    await page.goto('/');
    await toggle(page).click();
    await page.getByRole('radio', { name: 'Larger' }).check();
    await page.getByRole('checkbox', { name: 'More space between lines' }).check();
    expect(await rootFontSize(page)).toBe('20px');

    // What the very first frame shows: the first animation frame runs just before the first paint.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        const { textSize, spacing } = document.documentElement.dataset;
        (window as unknown as { first?: string }).first = `${textSize}/${spacing}`;
      });
    });
    for (const route of ['/', '/tips/keep-humor/', '/guide/all/', '/checklist/']) {
      await page.goto(route);
      expect(await page.evaluate(() => (window as unknown as { first?: string }).first), route).toBe('larger/more');
      expect(await rootFontSize(page), route).toBe('20px');
    }
    await page.reload();
    expect(await rootFontSize(page)).toBe('20px');
    await toggle(page).click();
    await expect(page.getByRole('radio', { name: 'Larger' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'More space between lines' })).toBeChecked();
    // Back to the browser's own size: nothing left on the page.
    await page.getByRole('radio', { name: 'Standard' }).check();
    await page.getByRole('checkbox', { name: 'More space between lines' }).uncheck();
    await page.reload();
    expect(await page.evaluate(() => [document.documentElement.dataset['textSize'], document.documentElement.dataset['spacing']])).toEqual([
      undefined,
      undefined,
    ]);
  });

  test("follows the browser's own font size (rem-based)", async ({ page, context }) => {
    // Chromium's font size setting, as a reader would set it: 20 px instead of 16.
    const session = await context.newCDPSession(page);
    await session.send('Page.enable');
    await session.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
    await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ size: 'large', spacious: false })), READING_STORAGE_KEY);
    await page.goto('/');
    const sizes = await page.evaluate(() => ({
      root: Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
      body: Number.parseFloat(getComputedStyle(document.body).fontSize),
    }));
    expect(sizes.root).toBe(22.5);
    expect(sizes.body).toBeCloseTo(22.5 * 1.0625, 1);
  });

  test('a page still works when storage is blocked or holds garbage', async ({ browser }) => {
    const context = await browser.newContext();
    await context.addInitScript((key) => localStorage.setItem(key, '{"size":"enormous"'), READING_STORAGE_KEY);
    const page = await context.newPage();
    const console = watchConsole(page);
    await page.goto('/tips/');
    expect(await rootFontSize(page)).toBe('16px');
    await toggle(page).click();
    await page.getByRole('radio', { name: 'Large', exact: true }).check();
    expect(await rootFontSize(page)).toBe('18px');
    expect(console.errors).toEqual([]);
    await context.close();
  });
});

test.describe('the largest size at 320 px', () => {
  for (const [which, walk, details] of routeWalks()) {
    test(`no route scrolls sideways: ${which}`, details, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 320, height: 800 });
      await saveLargest(page);
      const overflowing: string[] = [];
      for (const route of walk) {
        await page.goto(route);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) overflowing.push(`${route} (${width} px)`);
      }
      expect(overflowing).toEqual([]);
      expect(await rootFontSize(page)).toBe('24px');
    });
  }

  test('the header keeps every control on the screen, and the menu opens inside it', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await saveLargest(page);
    await page.goto('/guide/introduction/');
    const banner = page.getByRole('banner');
    for (const control of [banner.getByRole('link', { name: 'Checklist' }), banner.getByRole('button', { name: 'Search' }), toggle(page)]) {
      const box = await control.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    }
    await toggle(page).click();
    const panel = page.locator('#reading-panel');
    const box = await panel.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320 && box.y + box.height <= 640).toBe(true);
    await page.screenshot({ path: 'screenshots/reading/menu-largest-320.png' });
  });
});

test.describe('reduced motion and forced colors', () => {
  test('reduced motion turns off transitions and smooth scrolling', async ({ page }) => {
    await page.goto('/guide/');
    const motion = () =>
      page.evaluate(() => ({
        card: getComputedStyle(document.querySelector('.card') as Element).transitionDuration,
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
      }));
    expect((await motion()).card).toBe('0.15s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await motion()).toEqual({ card: '0s', scroll: 'auto' });
  });

  test('forced colors keep focus rings, checkboxes, quiz feedback and the habit chart visible (screenshots)', async ({ page }) => {
    mkdirSync('screenshots/forced-colors', { recursive: true });
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    const shot = (name: string) => page.screenshot({ path: `screenshots/forced-colors/${name}.png` });

    await page.goto('/guide/six-strategies/');
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link')).toBeFocused();
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement as Element);
      return { style: s.outlineStyle, width: s.outlineWidth };
    });
    expect(ring).toEqual({ style: 'solid', width: '3px' });
    await shot('focus-ring');

    await page.goto('/checklist/');
    const plan = page.getByRole('checkbox').first();
    await plan.check();
    await expect(plan).toBeChecked();
    await shot('checklist-checkboxes');
    // The habits island mounts on view: scroll to its fallback's heading ("Power habits") or, once mounted, its own.
    await scrollToHeading(page, /^(Power habits|Today's habits)$/);
    const habits = page.locator('.checklist-habits').getByRole('checkbox');
    await expect(habits.first()).toBeVisible();
    for (const h of await habits.all()) await h.check();
    const dot = page.locator('.habit-week li').last().locator('.habit-dot');
    await dot.scrollIntoViewIfNeeded();
    // The day with every habit done keeps a fill the system draws (Highlight), unlike the empty days.
    const fills = await page.locator('.habit-week .habit-dot').evaluateAll((dots) => dots.map((d) => getComputedStyle(d).backgroundColor));
    expect(new Set(fills).size).toBeGreaterThan(1);
    await shot('habit-chart');

    await page.goto('/quiz/');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('button', { name: 'Myth', exact: true }).click();
    const feedback = page.locator('.quiz-feedback');
    await expect(feedback).toContainText(/✓ Right|✗ Not quite/);
    expect(await feedback.evaluate((f) => getComputedStyle(f).borderLeftStyle)).toBe('solid');
    await shot('quiz-feedback');

    await page.goto('/guide/six-strategies/');
    await toggle(page).click();
    await page.getByRole('radio', { name: 'Larger' }).check();
    await shot('reading-menu');
  });
});
