import { expect, test, type Page } from '@playwright/test';
import { quizVerdicts, watchConsole } from './test-utils';

const verdicts = quizVerdicts();
const TOTAL = verdicts.size;
const quiz = (page: Page) => page.getByRole('region', { name: 'Myth or truth quiz' });

/** Answers every statement: right ones where `right(i)` holds, at the given confidence. */
async function finish(page: Page, right: (i: number) => boolean, sure: (i: number) => 'Sure' | 'Think so' | 'Guessing') {
  await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < TOTAL; i++) {
    const text = (await quiz(page).getByRole('heading', { level: 2 }).innerText()).replace(/^Statement \d+:\s*/, '').trim();
    const verdict = verdicts.get(text);
    expect(verdict).toBeDefined();
    const radio = quiz(page).getByRole('radio', { name: sure(i) });
    await radio.check();
    const pick = (verdict === 'myth') === right(i) ? 'Myth' : 'Truth';
    await quiz(page).getByRole('button', { name: pick, exact: true }).click();
    await quiz(page).getByRole('button', { name: 'Next' }).click();
  }
}

test.describe('quiz results, confidence and sharing', () => {
  test('asks how sure you are, defaulting to Think so, and groups the misses with the sure ones first', async ({ page }) => {
    await page.goto('/quiz/');
    await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
    await expect(quiz(page).getByRole('radio', { name: 'Think so' })).toBeChecked();
    // Start afresh. Misses: statements 1 and 2 (guessing) and 3 (sure); the rest right.
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await finish(
      page,
      (i) => i > 2,
      (i) => (i === 2 ? 'Sure' : 'Guessing'),
    );
    await expect(quiz(page).getByRole('heading', { name: `Your score: ${TOTAL - 3} of ${TOTAL}` })).toBeFocused();
    const groups = quiz(page).locator('.quiz-missed');
    await expect(groups).toHaveCount(2);
    await expect(groups.nth(0).getByRole('heading')).toHaveText("You were sure about these, and they're worth a second look");
    await expect(groups.nth(0).getByRole('listitem')).toHaveCount(1);
    await expect(groups.nth(1).getByRole('heading')).toHaveText('You guessed on these: now you know');
    await expect(groups.nth(1).getByRole('listitem')).toHaveCount(2);
    await expect(groups.nth(0).getByRole('link')).toHaveAttribute('href', /^\/(tips|guide)\//);
    // A warm line for the band, and the next step.
    await expect(quiz(page).locator('.quiz-band')).not.toBeEmpty();
    await expect(quiz(page).getByRole('link', { name: 'the 7-day plan' })).toHaveAttribute('href', '/checklist/');
  });

  test('Practice the N you missed asks only the missed statements, and leaves the best score alone', async ({ page }) => {
    await page.goto('/quiz/');
    const missed: string[] = [];
    await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
    for (let i = 0; i < TOTAL; i++) {
      const text = (await quiz(page).getByRole('heading', { level: 2 }).innerText()).replace(/^Statement \d+:\s*/, '').trim();
      const right = i >= 3;
      if (!right) missed.push(text);
      const pick = (verdicts.get(text) === 'myth') === right ? 'Myth' : 'Truth';
      await quiz(page).getByRole('button', { name: pick, exact: true }).click();
      await quiz(page).getByRole('button', { name: 'Next' }).click();
    }
    await expect(quiz(page).getByRole('heading', { name: `Your score: ${TOTAL - 3} of ${TOTAL}` })).toBeVisible();
    await quiz(page).getByRole('button', { name: 'Practice the 3 you missed' }).click();
    const asked: string[] = [];
    for (let i = 1; i <= 3; i++) {
      await expect(quiz(page).getByText(`${i} of 3`, { exact: true })).toBeVisible();
      const text = (await quiz(page).getByRole('heading', { level: 2 }).innerText()).replace(/^Statement \d+:\s*/, '').trim();
      asked.push(text);
      await quiz(page)
        .getByRole('button', { name: verdicts.get(text) === 'myth' ? 'Myth' : 'Truth', exact: true })
        .click();
      await quiz(page).getByRole('button', { name: 'Next' }).click();
    }
    expect([...asked].sort()).toEqual([...missed].sort());
    await expect(quiz(page).getByRole('heading', { name: 'Practice round: 3 of 3' })).toBeFocused();
    await expect(quiz(page).getByRole('button', { name: /^Practice the/ })).toHaveCount(0);
    await page.reload();
    await expect(quiz(page)).toContainText(`Your best score: ${TOTAL - 3} of ${TOTAL}`);
  });

  test('a returning reader is offered the practice round until each miss is answered right twice in a row', async ({ page }) => {
    await page.goto('/quiz/');
    await finish(
      page,
      (i) => i >= 2,
      () => 'Think so',
    );
    await expect(quiz(page).getByRole('heading', { name: `Your score: ${TOTAL - 2} of ${TOTAL}` })).toBeVisible();
    /** Answers the practice round on screen: right, or wrong for the statement `wrongText`. */
    const practise = async (wrongText?: string) => {
      for (let i = 1; i <= 2; i++) {
        await expect(quiz(page).getByText(`${i} of 2`, { exact: true })).toBeVisible();
        const text = (await quiz(page).getByRole('heading', { level: 2 }).innerText()).replace(/^Statement \d+:\s*/, '').trim();
        const right = text !== wrongText;
        await quiz(page)
          .getByRole('button', { name: (verdicts.get(text) === 'myth') === right ? 'Myth' : 'Truth', exact: true })
          .click();
        await quiz(page).getByRole('button', { name: 'Next' }).click();
      }
    };
    // A new visit: the start screen remembers the two misses.
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await expect(quiz(page)).toContainText('2 statements from your earlier attempts are worth another look.');
    await quiz(page).getByRole('button', { name: 'Practice the 2 you missed' }).click();
    // A reload mid-round carries on with the practice round, not the full quiz.
    await expect(quiz(page).getByText('1 of 2', { exact: true })).toBeVisible();
    await page.reload();
    await expect(quiz(page).getByText('1 of 2', { exact: true })).toBeVisible();
    await practise();
    await expect(quiz(page).getByRole('heading', { name: 'Practice round: 2 of 2' })).toBeVisible();
    // Right once is not enough: both are still offered.
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await quiz(page).getByRole('button', { name: 'Practice the 2 you missed' }).click();
    const first = (await quiz(page).getByRole('heading', { level: 2 }).innerText()).replace(/^Statement \d+:\s*/, '').trim();
    await practise(first);
    // One right twice in a row leaves; the one missed again stays.
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await expect(quiz(page)).toContainText('One statement from your earlier attempts is worth another look.');
    await quiz(page).getByRole('button', { name: 'Practice the one you missed' }).click();
    await expect(quiz(page).getByRole('heading', { level: 2 })).toContainText(first);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await expect(quiz(page)).toContainText(`Your best score: ${TOTAL - 2} of ${TOTAL}`);
  });

  test('how sure you were survives a reload in the middle of the quiz', async ({ page }) => {
    await page.goto('/quiz/');
    await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
    const text = (await quiz(page).getByRole('heading', { level: 2 }).innerText()).replace(/^Statement \d+:\s*/, '').trim();
    await quiz(page).getByRole('radio', { name: 'Sure' }).check();
    await quiz(page)
      .getByRole('button', { name: verdicts.get(text) === 'myth' ? 'Truth' : 'Myth', exact: true })
      .click();
    await page.reload();
    await quiz(page).getByRole('button', { name: 'Next' }).click();
    for (let i = 1; i < TOTAL; i++) {
      const t = (await quiz(page).getByRole('heading', { level: 2 }).innerText()).replace(/^Statement \d+:\s*/, '').trim();
      await quiz(page)
        .getByRole('button', { name: verdicts.get(t) === 'myth' ? 'Myth' : 'Truth', exact: true })
        .click();
      await quiz(page).getByRole('button', { name: 'Next' }).click();
    }
    const groups = quiz(page).locator('.quiz-missed');
    await expect(groups).toHaveCount(1);
    await expect(groups.getByRole('heading')).toHaveText("You were sure about these, and they're worth a second look");
    await expect(groups.getByRole('listitem')).toContainText(text);
  });

  test('Share your score uses the Web Share API where there is one', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', {
        value: async (data: unknown) => void (window as unknown as { shared: unknown[] }).shared.push(data),
      });
    });
    await page.goto('/quiz/');
    await finish(
      page,
      () => true,
      () => 'Think so',
    );
    await quiz(page).getByRole('button', { name: 'Share your score' }).click();
    await expect(quiz(page).getByText('Thanks for sharing.')).toBeVisible();
    const shared = await page.evaluate(() => (window as unknown as { shared: { text: string; url: string }[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.text).toBe(`Someone scored ${TOTAL} of ${TOTAL} on Kindred's myth-or-truth quiz.`);
    expect(new URL(shared[0]?.url ?? '').pathname).toBe(`/quiz/score/${TOTAL}/`);
  });

  test('without the Web Share API, Share your score copies the link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.goto('/quiz/');
    await finish(
      page,
      (i) => i !== 0,
      () => 'Think so',
    );
    await quiz(page).getByRole('button', { name: 'Share your score' }).click();
    await expect(quiz(page).getByText(/^Link copied: /)).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(`/quiz/score/${TOTAL - 1}/`);
  });

  test('a score page says what someone scored, is noindex, and links to the quiz', async ({ page }) => {
    await page.goto('/quiz/score/12/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Someone scored 12 of ${TOTAL} on Kindred's myth-or-truth quiz.`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/score-12\.png$/);
    await page.getByRole('link', { name: 'Take the quiz yourself' }).click();
    await expect(page).toHaveURL(/\/quiz\/$/);
  });

  test('every page names its share image, and the sitemap leaves out score pages', async ({ page, request }) => {
    await page.goto('/tips/');
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(page.locator('link[rel="sitemap"]')).toHaveAttribute('href', '/sitemap-index.xml');
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).toContain('/quiz/</loc>');
    expect(sitemap).not.toContain('/quiz/score/');
  });
});

test.describe('structured data for search engines', () => {
  /** The page's JSON-LD documents, parsed, and the CSP violations the page reported. */
  async function structuredData(page: Page, path: string) {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    const { errors } = watchConsole(page);
    await page.goto(path);
    const docs = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (t) => JSON.parse(t) as Record<string, unknown>,
    );
    return { docs, violations, errors };
  }

  test('the home page describes the site and how to search it, with no CSP violation', async ({ page }) => {
    const { docs, violations, errors } = await structuredData(page, '/');
    const site = docs.find((d) => d['@type'] === 'WebSite');
    const target = JSON.stringify(site?.['potentialAction']);
    expect(target).toContain('/search/?q={search_term_string}');
    // The search URL it gives works: the results page answers the query.
    const url = (JSON.parse(target) as { target: { urlTemplate: string } }).target.urlTemplate.replace('{search_term_string}', 'listen');
    await page.goto(new URL(url).pathname + new URL(url).search);
    await expect(page.getByRole('link', { name: /Listen actively/ }).first()).toBeVisible();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a tip is an Article whose breadcrumb list matches the breadcrumbs shown', async ({ page }) => {
    const { docs, violations } = await structuredData(page, '/tips/listen-actively/');
    const article = docs.find((d) => d['@type'] === 'Article');
    expect(article?.['headline']).toBe(await page.getByRole('heading', { level: 1 }).innerText());
    expect(article?.['url']).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
    const list = docs.find((d) => d['@type'] === 'BreadcrumbList')?.['itemListElement'] as { name: string }[];
    const shown = await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem').allInnerTexts();
    expect(list.map((i) => i.name)).toEqual(shown.map((t) => t.trim()));
    expect(violations).toEqual([]);
  });
});
