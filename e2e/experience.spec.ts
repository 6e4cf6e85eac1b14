/**
 * The reader experience: every route fits the screen, the header fits a phone
 * in two rows, the home page shows the way (and the way back), the guide
 * keeps readers oriented, focus rings follow the input, help is one click away.
 */
import { expect, test, type Page } from '@playwright/test';
import { FIXED_NOW, pageIdle, primaryNav, routeWalks } from './test-utils';

test.describe('layout', () => {
  for (const width of [320, 390, 768, 1280]) {
    for (const [which, walk, details] of routeWalks()) {
      test(`no route scrolls sideways at ${width} px: ${which}`, details, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        const overflowing: string[] = [];
        for (const route of walk) {
          await page.goto(route);
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > width) overflowing.push(`${route} (${scrollWidth} px)`);
        }
        expect(overflowing).toEqual([]);
      });
    }
  }

  test('on a 390 px phone the header shows the name, every section with progress on the Checklist link, and the tools, in two rows at most 100 px tall', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() =>
      localStorage.setItem('kindred:checklist:v1', JSON.stringify({ version: 2, days: [1, 2, 3], startDate: null, habits: {} })),
    );
    for (const route of ['/', '/guide/six-strategies/', '/checklist/']) {
      await page.goto(route);
      const banner = page.getByRole('banner');
      await expect(banner.getByRole('link', { name: 'Checklist 3/7' })).toBeVisible();
      await expect(banner.getByText('Kindred', { exact: true })).toBeVisible();
      expect((await banner.boundingBox())?.height).toBeLessThanOrEqual(100);
      const controls = [
        ...(await primaryNav(page).getByRole('link').all()),
        banner.getByRole('button', { name: 'Search' }),
        banner.getByRole('button', { name: 'Dark theme' }),
      ];
      for (const control of controls) {
        const box = await control.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390 && box.y + box.height <= 100, await control.innerText()).toBe(true);
      }
    }
  });

  test('the footer stays at the bottom of a short page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto('/no-such-page/');
    const footer = await page.locator('.site-footer').boundingBox();
    expect(footer && Math.round(footer.y + footer.height)).toBe(1000);
  });

  test('the search popup never runs past the bottom of the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 600 });
    await page.goto('/tips/keep-humor/');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await page.getByRole('banner').getByRole('searchbox').fill('trust');
    const popup = page.locator('#site-search-popup');
    await expect(popup.locator('.search-results a').first()).toBeVisible();
    const box = await popup.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(600);
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  });
});

test.describe('the way in', () => {
  test('the home page offers one clear start above the fold on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const start = page.getByRole('main').getByRole('link', { name: 'Start with the introduction' });
    const box = await start.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(844);
    await expect(page.getByRole('main').getByRole('link', { name: 'Take the myth-or-truth quiz' })).toBeVisible();
    await start.click();
    await expect(page).toHaveURL('/guide/introduction/');
  });

  test('a returning reader is offered the way back to their plan and their quiz', async ({ page }) => {
    await page.clock.setFixedTime(FIXED_NOW);
    await page.goto('/checklist/');
    const today = await page.evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() - 2);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await page.getByLabel('I started on').fill(today);
    await page.goto('/quiz/');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('button', { name: 'Myth' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.goto('/');
    const back = page.getByRole('main').locator('home-continue');
    await expect(back.getByRole('link', { name: 'Day 3 of your plan' })).toHaveAttribute('href', '/checklist/');
    await expect(back.getByRole('link', { name: /^Resume the quiz \(2 of \d+\)$/ })).toHaveAttribute('href', '/quiz/');
  });

  test('a first-time reader sees no "welcome back"', async ({ page }) => {
    await page.goto('/');
    await pageIdle(page);
    await expect(page.getByText('Welcome back.')).toBeHidden();
  });

  test('guide pages list every section with the current one marked, on wide screens', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/guide/six-strategies/');
    const sections = page.getByRole('navigation', { name: 'Guide sections' });
    await expect(sections.getByRole('link', { name: 'Six strategies for deeper digital relationships' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(sections.locator('[aria-current]')).toHaveCount(1);
    await page.goto('/guide/');
    await page.getByRole('main').getByRole('link', { name: 'Start reading' }).click();
    await expect(page).toHaveURL('/guide/introduction/');
  });

  test('help is one click away from any page, and search finds it', async ({ page }) => {
    await page.goto('/tips/keep-humor/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Get help now' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('If you need someone to talk to');
    await expect(page.getByRole('link', { name: 'Find A Helpline' })).toHaveAttribute('href', 'https://findahelpline.com');
    await page.goto('/search/?q=helpline');
    // The result may carry a text fragment that lands on the words searched for.
    await expect(page.getByRole('main').locator('.search-results a').first()).toHaveAttribute('href', /^\/help\/(#.*)?$/);
  });
});

test.describe('islands', () => {
  /** The focused element's outline style: "none" means no visible ring. */
  const focusRing = (page: Page) => page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);

  test('focus the quiz moves for screen readers shows a ring for keyboard users, not after a click', async ({ page }) => {
    await page.goto('/quiz/');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('button', { name: 'Myth', exact: true }).click();
    await expect(page.locator('.quiz-feedback')).toBeFocused();
    expect(await focusRing(page)).toBe('none');
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.quiz-statement')).toBeFocused();
    await page.getByRole('button', { name: 'Myth', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.quiz-feedback')).toBeFocused();
    expect(await focusRing(page)).not.toBe('none');
  });

  test('the quiz in the myths section mixes myths and truths: "Myth" every time is not full marks', async ({ page }) => {
    await page.goto('/guide/challenges-and-myths/');
    const quiz = page.locator('.quiz-embed');
    await quiz.scrollIntoViewIfNeeded();
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    let total = 0;
    for (;;) {
      await quiz.getByRole('button', { name: 'Myth' }).click();
      total++;
      await quiz.getByRole('button', { name: 'Next' }).click();
      if (await quiz.getByRole('heading', { name: /^Your score:/ }).isVisible()) break;
    }
    const heading = await quiz.getByRole('heading', { name: /^Your score:/ }).innerText();
    const [, right, of] = /Your score: (\d+) of (\d+)/.exec(heading) ?? [];
    expect(Number(of)).toBe(total);
    expect(Number(right)).toBeLessThan(total);
    expect(Number(right)).toBeGreaterThan(0);
  });
});
