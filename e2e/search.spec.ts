import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, pageIdle, watchConsole, withoutJavaScript } from './test-utils';

const headerSearch = (page: Page) => page.getByRole('banner').getByRole('searchbox', { name: 'Search' });
const searchButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Search' });
/** Opens the header's search field with its button, as a reader would; returns the field. */
async function openHeaderSearch(page: Page) {
  await searchButton(page).click();
  await expect(headerSearch(page)).toBeFocused();
  return headerSearch(page);
}
const headerResults = (page: Page) => page.locator('#site-search-popup');
const resultLinks = (page: Page) => headerResults(page).locator('.search-results .search-result-title a');
/** The results' stylesheet (src/styles/search-results.css), which no page loads until a reader searches. */
const RESULTS_STYLESHEET = /\/_astro\/search-results\.[\w-]+\.css$/;

/** Top result titles straight from the Pagefind index, as the site's search runs it. */
async function topTitles(page: Page, query: string, n = 3): Promise<string[]> {
  return page.evaluate(
    async ([q, count]) => {
      const url = '/pagefind/pagefind.js';
      const pf = await import(url);
      await pf.options({ noWorker: true });
      const res = await pf.search(q);
      const data = await Promise.all(res.results.slice(0, count).map((r: { data(): Promise<{ meta: { title: string } }> }) => r.data()));
      return data.map((d) => d.meta.title);
    },
    [query, n] as const,
  );
}

test.describe('search', () => {
  test('a content page requests nothing from /pagefind/, nor the styles of results, until the search field is used', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const resultsStyles = () => requests.filter((p) => RESULTS_STYLESHEET.test(p));
    await page.goto('/tips/keep-humor/');
    // Loaded, painted and idle: anything the page fetches by itself has been asked for by now.
    await pageIdle(page);
    expect(requests.filter((p) => p.startsWith('/_astro/')).length, 'the page loaded its own scripts').toBeGreaterThan(0);
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(resultsStyles()).toEqual([]);
    const field = await openHeaderSearch(page);
    await expect.poll(() => requests.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(0);
    // The popup arrives with its styles: a raised panel, not bare text over the page.
    await field.fill('empathy');
    await expect(resultLinks(page).first()).toBeVisible();
    expect(resultsStyles()).toHaveLength(1);
    await expect(headerResults(page)).not.toHaveCSS('box-shadow', 'none');
    await expect(headerResults(page).locator('.search-results')).toHaveCSS('list-style-type', 'none');
  });

  test('a reader who leaves the field before the results arrive gets no popup, and finds them on return', async ({ page }) => {
    // A slow connection: the results' styles arrive a second after the reader has typed and pressed Esc.
    await page.route(RESULTS_STYLESHEET, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto('/tips/keep-humor/');
    const field = await openHeaderSearch(page);
    await field.fill('empathy');
    await page.keyboard.press('Escape');
    await expect(searchButton(page)).toBeFocused();
    await expect(headerSearch(page)).toBeHidden();
    await page.waitForTimeout(1500); // the styles and the popup's code have arrived by now
    await expect(headerResults(page)).toBeHidden();
    // Back in the field, the results for what was typed are there, without typing again.
    await searchButton(page).click();
    await expect(resultLinks(page).first()).toHaveText('Tip 2: Show empathy and understanding');
  });

  test("when the results' styles fail to load no bare popup shows, and the next use of the field tries again", async ({ page }) => {
    let fail = true;
    await page.route(RESULTS_STYLESHEET, (route) => (fail ? route.abort() : route.continue()));
    await page.goto('/tips/keep-humor/');
    const field = await openHeaderSearch(page);
    await field.fill('empathy');
    await page.waitForTimeout(1000);
    await expect(headerResults(page)).toHaveCount(0);
    fail = false;
    await field.blur();
    await field.focus();
    await field.fill('humor');
    await expect(resultLinks(page).first()).toHaveText('Tip 15: Keep a sense of humor and playfulness');
    await expect(headerResults(page)).not.toHaveCSS('box-shadow', 'none');
  });

  test('the header search answers as you type, and the keyboard opens a result', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/tips/keep-humor/');
    await page.keyboard.press('/');
    await expect(headerSearch(page)).toBeFocused();
    await page.keyboard.type('apologize');
    await expect(resultLinks(page).first()).toHaveText('Tip 12: Apologize sincerely when you get it wrong');
    await expect(headerResults(page).getByRole('status')).toHaveText(/^\d+ results? for “apologize”/);
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(headerSearch(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/tips/apologize-sincerely/');
    expect(console.errors).toEqual([]);
  });

  test('Ctrl+K focuses the field, Esc closes the results, Enter without a choice opens the full page', async ({ page }) => {
    await page.goto('/guide/faqs/');
    await page.keyboard.press('Control+k');
    await expect(headerSearch(page)).toBeFocused();
    await page.keyboard.type('trust');
    await expect(resultLinks(page).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(headerResults(page)).toBeHidden();
    await expect(headerSearch(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/search/?q=trust');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
  });

  test('the search button opens the field and Esc folds it away again, back on the button', async ({ page }) => {
    await page.goto('/guide/faqs/');
    await expect(headerSearch(page)).toBeHidden();
    await expect(searchButton(page)).toHaveAttribute('aria-expanded', 'false');
    await openHeaderSearch(page);
    await expect(searchButton(page)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(headerSearch(page)).toBeHidden();
    await expect(searchButton(page)).toBeFocused();
    await expect(searchButton(page)).toHaveAttribute('aria-expanded', 'false');
  });

  test('the empty field offers recent searches (clearable, kept only in this browser) and quick links', async ({ page }) => {
    await page.goto('/tips/keep-humor/');
    const field = await openHeaderSearch(page);
    const quick = headerResults(page).getByRole('list', { name: 'Quick links' });
    await expect(quick.getByRole('link', { name: 'Take the myth-or-truth quiz' })).toHaveAttribute('href', '/quiz/');
    await expect(quick.getByRole('link', { name: 'Start the 7-day plan' })).toHaveAttribute('href', '/checklist/');
    await expect(headerResults(page).getByRole('list', { name: 'Recent searches' })).toHaveCount(0);
    await field.fill('empathy');
    await expect(resultLinks(page).first()).toBeVisible();
    await expect(quick).toBeHidden();
    await resultLinks(page).first().click();
    await expect(page).toHaveURL(/\/tips\/show-empathy\//);
    expect(await page.evaluate(() => localStorage.getItem('kindred:recent-searches'))).toBe('["empathy"]');
    await openHeaderSearch(page);
    const recent = headerResults(page).getByRole('list', { name: 'Recent searches' });
    await expect(recent.getByRole('link', { name: 'empathy' })).toHaveAttribute('href', '/search/?q=empathy');
    await headerResults(page).getByRole('button', { name: 'Clear recent searches' }).click();
    await expect(recent).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('kindred:recent-searches'))).toBeNull();
    await page.keyboard.press('Escape');
    await expect(headerSearch(page)).toBeHidden();
  });

  test('a damaged recent-searches value is ignored', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('kindred:recent-searches', '{not json'));
    await page.goto('/tips/keep-humor/');
    await openHeaderSearch(page);
    await expect(headerResults(page).getByRole('list', { name: 'Quick links' })).toBeVisible();
    await expect(headerResults(page).getByRole('list', { name: 'Recent searches' })).toHaveCount(0);
  });

  test('without JavaScript the search control is a link to the search page', async ({ browser }) => {
    await withoutJavaScript(browser, async (page) => {
      await page.goto('/guide/faqs/');
      await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
      await expect(page).toHaveURL('/search/');
    });
  });

  test('the popup links to all results when there are more than it shows', async ({ page }) => {
    await page.goto('/tips/keep-humor/');
    await (await openHeaderSearch(page)).fill('trust');
    const status = headerResults(page).getByRole('status');
    await expect(status).toHaveText(/^\d+ results for “trust”/);
    const total = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(3);
    await expect(resultLinks(page)).toHaveCount(3);
    const more = headerResults(page).getByRole('link', { name: `See all ${total} results` });
    await expect(more).toHaveAttribute('href', '/search/?q=trust');
  });

  test('when the index cannot load, both search views say so and nothing is left busy', async ({ page }) => {
    const console = watchConsole(page);
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('/tips/keep-humor/');
    await (await openHeaderSearch(page)).fill('trust');
    await expect(headerResults(page).getByRole('status')).toHaveText(/^Search is not available right now/);
    await page.goto('/search/?q=trust');
    const main = page.getByRole('main');
    await expect(main.getByRole('status')).toHaveText(/^Search is not available right now/);
    await expect(main.locator('[aria-busy="true"]')).toHaveCount(0);
    // An aborted request logs a network error; what must not appear is an uncaught rejection.
    expect(
      console.errors.filter((e) => !/Failed to load resource|net::ERR_FAILED|Failed to fetch dynamically imported module/.test(e)),
    ).toEqual([]);
  });

  test('results show sections and link sub-results to headings', async ({ page }) => {
    await page.goto('/search/?q=boundaries');
    await expect(page.locator('.search-results h2').first()).toBeVisible();
    const subLinks = page.locator('.search-subresults a');
    await expect(subLinks.first()).toHaveAttribute('href', /#/);
    await expect(page.locator('.search-result-section').first()).toHaveText(/^(Guide|Tips|Quiz|Checklist|Words)$/);
  });

  test('/search/?q= shows results on load, keeps q in the URL and filters by section', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/search/?q=gratitude');
    const main = page.getByRole('main');
    await expect(main.getByRole('searchbox', { name: 'Search all of Kindred' })).toHaveValue('gratitude');
    await expect(main.getByRole('status')).toHaveText(/results? for “gratitude”/);
    await expect(main.locator('.search-results > li').first()).toBeVisible();
    await main.getByRole('button', { name: 'Tips' }).click();
    await expect(page).toHaveURL('/search/?q=gratitude&section=Tips');
    await expect(main.getByRole('button', { name: 'Tips' })).toHaveAttribute('aria-pressed', 'true');
    await expect(main.locator('.search-results')).toHaveAttribute('aria-busy', 'false');
    await expect.poll(async () => new Set(await main.locator('.search-result-section').allInnerTexts())).toEqual(new Set(['Tips']));
    await main.getByRole('searchbox').fill('humor');
    await expect(page).toHaveURL('/search/?q=humor&section=Tips');
    await expect(main.locator('.search-results h2').first()).toContainText('humor');
    expect(console.errors).toEqual([]);
  });

  test('a phrase that shares no word with any page says so and offers the tips, the guide, words to send and help', async ({ page }) => {
    await page.goto('/search/?q=xylophone%20quartz%20zebra');
    const main = page.getByRole('main');
    await expect(main.getByRole('status')).toHaveText('No results for “xylophone quartz zebra”.');
    await expect(main.locator('.search-help')).toContainText('No page shares a word with your search');
    const offers = main.getByRole('list', { name: 'Places to look instead' });
    await expect(offers.getByRole('link', { name: 'Browse the trust tips' })).toHaveAttribute('href', '/tips/');
    await expect(offers.getByRole('link', { name: 'Read the guide' })).toHaveAttribute('href', '/guide/');
    await expect(offers.getByRole('link', { name: /Words to send/ })).toHaveAttribute('href', '/words/');
    await expect(offers.getByRole('link', { name: /Where to find help/ })).toHaveAttribute('href', '/help/');
    await offers.getByRole('link', { name: /Where to find help/ }).click();
    await expect(page).toHaveURL('/help/');
  });

  test('a phrase no page has all the words of shows the closest matches on /search/, landing on the words', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/search/?q=sorry%20i%20replied%20so%20late');
    const main = page.getByRole('main');
    // The status line carries the heading's words, so screen readers hear them.
    await expect(main.getByRole('status')).toHaveText(
      /^No page has all of these words\. \d+ closest matches for “sorry i replied so late”\.$/,
    );
    await expect(main.getByRole('heading', { level: 2, name: 'No page has all of these words. Closest matches:' })).toBeVisible();
    const first = main
      .getByRole('list', { name: /^Closest matches for/ })
      .getByRole('listitem')
      .first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText('Tip 9: Be responsive and attentive to messages');
    await expect(first.locator('.search-result-words mark')).toHaveText(['replied', 'late']);
    const link = first.getByRole('link').first();
    await expect(link).toHaveAttribute('href', /^\/tips\/be-responsive\/#:~:text=.*Reply/);
    await expectNoAxeViolations(page, 'closest matches');
    await link.click();
    await expect(page).toHaveURL(/\/tips\/be-responsive\/#?$/);
    expect(console.errors).toEqual([]);
  });

  test('the popup shows closest matches for a phrase under their heading, and the keyboard opens one', async ({ page }) => {
    await page.goto('/tips/keep-humor/');
    await page.keyboard.press('/');
    await page.keyboard.type('sorry i replied so late');
    await expect(headerResults(page).getByRole('status')).toHaveText(/^No page has all of these words\. \d+ closest matches/);
    await expect(headerResults(page).locator('.search-closest-heading')).toHaveText('No page has all of these words. Closest matches:');
    await expect(resultLinks(page).first()).toHaveText('Tip 9: Be responsive and attentive to messages');
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/tips\/be-responsive\/#?$/);
  });

  test('axe finds no violations with results open', async ({ page }) => {
    await page.goto('/tips/show-empathy/');
    await (await openHeaderSearch(page)).fill('empathy');
    await expect(resultLinks(page).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expectNoAxeViolations(page, 'header results');
    await page.goto('/search/?q=empathy');
    await expect(page.locator('.search-results > li').first()).toBeVisible();
    await expectNoAxeViolations(page, 'search page');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'search page, dark');
  });

  test('without JavaScript the search page says why and links to the guide and tips', async ({ browser }) => {
    await withoutJavaScript(browser, async (page) => {
      await page.goto('/search/?q=trust');
      await expect(page.getByText(/needs JavaScript/)).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: 'the guide' })).toBeVisible();
    });
  });

  test.describe('relevance', () => {
    for (const [query, expected, within] of [
      ['empathy', 'Tip 2: Show empathy and understanding', 1],
      ['apologize', 'Tip 12: Apologize sincerely when you get it wrong', 1],
      ['humor', 'Tip 15: Keep a sense of humor and playfulness', 1],
      ['boundaries', 'Tip 3: Respect boundaries and privacy', 3],
      ['Signal', 'Tools, platforms and power habits', 1],
    ] as const) {
      test(`"${query}" finds ${expected} in the top ${within}`, async ({ page }) => {
        await page.goto('/search/');
        const titles = await topTitles(page, query, within);
        expect(titles).toContain(expected);
      });
    }
  });
});
