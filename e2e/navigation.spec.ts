import { expect, test, type Page } from '@playwright/test';
import { contentCounts, primaryNav, tipsTitle } from './test-utils';

/**
 * How far the phone project walks: the desktop project follows every card and every prev/next link;
 * at 390 px it is enough that the first, a middle and the last card, and the first steps of a walk, work.
 */
const PHONE_STEPS = 3;

/** Clicks every card link on an index page (or, on a phone, the first, a middle and the last) and checks it opens the page it names. */
async function visitEveryCard(page: Page, indexUrl: string, expected: number, isMobile: boolean) {
  await page.goto(indexUrl);
  const links = page.getByRole('main').getByRole('listitem').getByRole('heading').getByRole('link');
  await expect(links).toHaveCount(expected);
  const names = await links.allInnerTexts();
  const sample = new Set([0, Math.floor(names.length / 2), names.length - 1]);
  for (const [i, name] of names.entries()) {
    if (isMobile && !sample.has(i)) continue;
    await page.goto(indexUrl);
    await links.nth(i).click();
    // Tip cards show "3. Title" while the page's h1 says "Tip 3: Title".
    const title = name.replace(/^\d+\.\s*/, '').trim();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  }
}

/** The tip cards on a tips listing (the list whose items have headings). */
const tipCards = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('list')
    .filter({ has: page.getByRole('heading', { level: 2 }) })
    .getByRole('listitem');

/** Follows "Next …" links to the end (or for `steps` links), then "Previous …" links back, returning the h1s seen. */
async function walk(page: Page, start: string, noun: string, steps = Number.POSITIVE_INFINITY) {
  await page.goto(start);
  const forward: string[] = [await page.getByRole('heading', { level: 1 }).innerText()];
  const next = page.getByRole('link', { name: new RegExp(`^Next ${noun}`) });
  while (forward.length <= steps && (await next.count()) > 0) {
    await next.click();
    forward.push(await page.getByRole('heading', { level: 1 }).innerText());
  }
  const backward: string[] = [forward.at(-1) ?? ''];
  const prev = page.getByRole('link', { name: new RegExp(`^Previous ${noun}`) });
  while (backward.length <= steps && (await prev.count()) > 0) {
    await prev.click();
    backward.push(await page.getByRole('heading', { level: 1 }).innerText());
  }
  return { forward, backward };
}

/** On a narrow screen the TOC and nav wrap; they must still be usable. */
test.describe('navigation', () => {
  test('the header links to every section and marks the current one', async ({ page }) => {
    await page.goto('/');
    for (const label of ['Guide', 'Tips', 'Quiz', 'Checklist', 'Words']) {
      await primaryNav(page).getByRole('link', { name: label }).click();
      await expect(primaryNav(page).getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
      await expect(primaryNav(page).locator('[aria-current="page"]')).toHaveCount(1);
    }
    await page.getByRole('link', { name: 'Kindred' }).click();
    await expect(page).toHaveURL('/');
  });

  test('the home page offers every part of the site, and each card opens it', async ({ page }) => {
    await page.goto('/');
    const links = page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 3 }).getByRole('link');
    const paths = ['/guide/', '/tips/', '/quiz/', '/words/', '/check-in/', '/checklist/'];
    await expect(links).toHaveCount(paths.length);
    for (const [i, path] of paths.entries()) {
      await page.goto('/');
      await links.nth(i).click();
      await expect(page).toHaveURL(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });

  test('every guide section is reachable from /guide/', async ({ page, isMobile }) => {
    test.slow(); // dozens of page loads in one test: a busy machine must not fail it
    await visitEveryCard(page, '/guide/', contentCounts().guide, isMobile);
  });

  test('every tip is reachable from /tips/', async ({ page, isMobile }) => {
    test.slow(); // dozens of page loads in one test: a busy machine must not fail it
    await visitEveryCard(page, '/tips/', contentCounts().tips, isMobile);
  });

  test('prev/next walk the whole guide in order, both ways', async ({ page, isMobile }) => {
    test.slow(); // dozens of page loads in one test: a busy machine must not fail it
    await page.goto('/guide/');
    // The sections' cards (the page's other headings, such as Save for offline's, are not sections).
    const titles = await page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 }).allInnerTexts();
    await page.getByRole('link', { name: titles[0] ?? '' }).click();
    const { forward, backward } = await walk(page, page.url(), 'section', isMobile ? PHONE_STEPS : undefined);
    expect(forward).toEqual(isMobile ? titles.slice(0, PHONE_STEPS + 1) : titles);
    expect(backward).toEqual([...forward].reverse());
  });

  test('prev/next walk all the tips in order, both ways', async ({ page, isMobile }) => {
    test.slow(); // dozens of page loads in one test: a busy machine must not fail it
    await page.goto('/tips/');
    await page.getByRole('link', { name: /^1\. / }).click();
    const { forward, backward } = await walk(page, page.url(), 'tip', isMobile ? PHONE_STEPS : undefined);
    expect(forward).toHaveLength(isMobile ? PHONE_STEPS + 1 : contentCounts().tips);
    forward.forEach((h1, i) => {
      expect(h1).toMatch(new RegExp(`^Tip ${i + 1}:`));
    });
    expect(backward).toEqual([...forward].reverse());
  });

  test('tips can be filtered by theme without JavaScript help', async ({ page }) => {
    await page.goto('/tips/');
    const filters = page.getByRole('navigation', { name: 'Filter tips by theme' });
    await filters.getByRole('link', { name: /^Empathy/ }).click();
    await expect(page).toHaveURL('/tips/theme/empathy/');
    await expect(filters.getByRole('link', { name: /^Empathy/ })).toHaveAttribute('aria-current', 'page');
    const cards = tipCards(page);
    await expect(cards).toHaveCount(3);
    for (const card of await cards.all()) await expect(card).toContainText('Empathy');
    await filters.getByRole('link', { name: /^All/ }).click();
    await expect(tipCards(page)).toHaveCount(contentCounts().tips);
  });

  test('breadcrumbs lead back to the index', async ({ page }) => {
    await page.goto('/tips/keep-humor/');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs).toContainText('Keep a sense of humor and playfulness');
    await crumbs.getByRole('link', { name: tipsTitle() }).click();
    await expect(page).toHaveURL('/tips/');
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/guide/faqs/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('the table of contents marks the section being read', async ({ page, isMobile }) => {
    await page.goto('/guide/six-strategies/');
    if (isMobile) {
      // On phones the contents sit folded at the top of the article.
      const fold = page.getByRole('group').filter({ hasText: 'On this page' });
      await fold.getByText('On this page').click();
      await expect(fold.getByRole('link')).toHaveCount(6);
      await fold.getByRole('link', { name: '5. Create rituals' }).click();
      await expect(page).toHaveURL(/#5-create-rituals$/);
      return;
    }
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link')).toHaveCount(6);
    await toc.getByRole('link', { name: '5. Create rituals' }).click();
    await expect(toc.getByRole('link', { name: '5. Create rituals' })).toHaveAttribute('aria-current', 'location');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
  });

  test('a tip page shows its number, theme, summary and related tips', async ({ page }) => {
    await page.goto('/tips/apologize-sincerely/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tip 12: Apologize sincerely when you get it wrong');
    await expect(page.getByRole('link', { name: 'Theme: Respect' })).toBeVisible();
    await expect(page.getByText('Take responsibility, say specifically what you did wrong')).toBeVisible();
    const related = page.getByRole('region', { name: 'Related tips' }).getByRole('heading', { level: 3 });
    await expect(related).toHaveCount(3);
    await expect(page.getByText(/\d+ min read/)).toBeVisible();
  });
});
