import { expect, test } from '@playwright/test';

/**
 * What readers type, and the page each query must bring into the top 3 of
 * the search page: key words, typos, British spellings, everyday words the
 * text doesn't use (front-matter keywords) and quoted phrases. Queries are
 * written as a reader would type them, not copied from the pages.
 */
const QUERIES: [kind: string, query: string, expected: string][] = [
  ['key word', 'empathy', 'Tip 2: Show empathy and understanding'],
  ['key word', 'apologize', 'Tip 12: Apologize sincerely when you get it wrong'],
  ['key word', 'boundaries', 'Tip 3: Respect boundaries and privacy'],
  ['key word', 'gratitude', 'Tip 4: Express appreciation and gratitude often'],
  ['key word', 'listening', 'Tip 6: Listen actively and attentively'],
  ['key word', 'milestones', 'Tip 17: Celebrate milestones and achievements together'],
  ['key word', 'myths', 'Common challenges and myths'],
  ['key word', 'encouragement', 'Tip 18: Offer encouragement and words of affirmation'],
  ['typo', 'emapthy', 'Tip 2: Show empathy and understanding'],
  ['typo', 'boundries', 'Tip 3: Respect boundaries and privacy'],
  ['typo', 'apolgize', 'Tip 12: Apologize sincerely when you get it wrong'],
  ['typo', 'vulnerible', 'Tip 7: Share your vulnerable thoughts and feelings'],
  ['typo', 'relaible', 'Tip 5: Be reliable and consistent'],
  ['typo', 'apreciation', 'Tip 4: Express appreciation and gratitude often'],
  ['typo', 'clarifcation', "Tip 10: Don't assume; ask for clarification"],
  ['British spelling', 'apologise', 'Tip 12: Apologize sincerely when you get it wrong'],
  ['British spelling', 'humour', 'Tip 15: Keep a sense of humor and playfulness'],
  ['British spelling', 'prioritise', 'Tip 8: Make quality time together a priority'],
  ['reader word', 'sorry', 'Tip 12: Apologize sincerely when you get it wrong'],
  ['reader word', 'ghosting', 'Tip 9: Be responsive and attentive to messages'],
  ['reader word', 'jokes', 'Tip 15: Keep a sense of humor and playfulness'],
  ['reader word', 'lonely', 'Why it matters for your health and well-being'],
  ['reader word', 'zoom fatigue', 'Tips grounded in research'],
  ['reader word', 'left on read', 'Tip 9: Be responsive and attentive to messages'],
  ['reader word', 'arguments', 'Tip 11: Solve problems together'],
  ['reader word', 'birthday', 'Tip 17: Celebrate milestones and achievements together'],
  ['reader word', 'misconceptions', 'Common challenges and myths'],
  ['reader word', 'pitfalls', 'Mistakes to avoid'],
  ['reader word', 'compliments', 'Tip 18: Offer encouragement and words of affirmation'],
  ['reader word', 'long distance', 'Tip 19: Talk about and plan the future together'],
  ['phrase', '"video call"', 'Tip 8: Make quality time together a priority'],
  ['phrase', '"small talk"', 'Frequently asked questions'],
  ['phrase', '"active listening"', 'Six strategies for deeper digital relationships'],
];

test.describe('search relevance', () => {
  // One page, every query typed into its field: the index loads once, as for a reader who keeps searching
  // (a page load per query cost about 4 s each). Soft checks, so one run reports every query that misses.
  test('each query finds its page in the top 3 of /search/', async ({ page }) => {
    test.slow(); // dozens of searches in one test: a busy machine must not fail it
    await page.goto('/search/');
    const main = page.getByRole('main');
    const field = main.getByRole('searchbox');
    const status = main.getByRole('status');
    for (const [kind, query, expected] of QUERIES) {
      await field.fill('');
      await expect(status).toHaveText('');
      await field.fill(query);
      // The status names the query only once its results are drawn (it is empty while they load).
      await expect(status).toContainText(`“${query}”`);
      const titles = await main.locator('.search-results > li .search-result-title').allInnerTexts();
      expect.soft(titles.slice(0, 3), `${kind}: top 3 for "${query}"`).toContain(expected);
    }
  });
});

test('a misspelled query shows results for its correction and can search the words as typed', async ({ page }) => {
  await page.goto('/search/?q=emapthy');
  const main = page.getByRole('main');
  await expect(main.locator('.search-correction')).toHaveText('Showing results for empathy. Search for emapthy instead.');
  await expect(main.getByRole('status')).toHaveText(/^No results for “emapthy”\. \d+ results? for “empathy”\.$/);
  await main.getByRole('button', { name: 'Search for emapthy instead' }).click();
  await expect(main.getByRole('status')).toHaveText(/^(No|\d+) results? for “emapthy”\.$/);
  await expect(main.locator('.search-correction')).toHaveCount(0);
});

test('no results suggests quoting a phrase', async ({ page }) => {
  await page.goto('/search/?q=xylophonequartz');
  await expect(page.getByRole('main').locator('.search-help')).toContainText('put a phrase in quotes');
});

test('the vocabulary loads only when a search finds nothing', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/search/?q=empathy');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for “empathy”/);
  expect(fetched).not.toContain('/search-vocabulary.json');
  await page.getByRole('main').getByRole('searchbox').fill('boundries');
  await expect(page.getByRole('main').locator('.search-correction')).toContainText('boundaries');
  expect(fetched).toContain('/search-vocabulary.json');
});

test('a result lands on the matched words with a text fragment, and a keyword match has none', async ({ page }) => {
  await page.goto('/search/?q=apologize');
  const main = page.getByRole('main');
  const first = main.locator('.search-results > li .search-result-title a').first();
  await expect(first).toHaveAttribute('href', /^\/tips\/apologize-sincerely\/#:~:text=[^?]*apologize/i);
  const subLinks = main.locator('.search-subresults a');
  await expect(subLinks.first()).toHaveAttribute('href', /^\/[^?]*#[a-z0-9-]+:~:text=/);
  await page.goto('/search/?q=ghosting');
  await expect(main.locator('.search-results > li .search-result-title a').first()).toHaveAttribute('href', '/tips/be-responsive/');
});
