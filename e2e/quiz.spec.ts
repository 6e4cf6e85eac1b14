import { expect, test, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  FIXED_NOW,
  FIXED_TODAY,
  pageIdle,
  quizVerdicts,
  tabTo,
  watchConsole,
  withoutJavaScript,
} from './test-utils';

const verdicts = quizVerdicts();
const TOTAL = verdicts.size;
const quiz = (page: Page) => page.getByRole('region', { name: 'Myth or truth quiz' });
const statement = (page: Page) => quiz(page).getByRole('heading', { level: 2 });

/** The text of the statement on screen, without its "Statement N:" prefix. */
async function currentStatement(page: Page): Promise<string> {
  return (await statement(page).innerText()).replace(/^Statement \d+:\s*/, '').trim();
}

/** Answers the statement on screen, rightly or wrongly, with the mouse. */
async function answer(page: Page, right = true) {
  await expect(quiz(page).getByRole('button', { name: 'Myth', exact: true })).toBeVisible();
  const verdict = verdicts.get(await currentStatement(page));
  expect(verdict, 'statement on screen is in quiz.yaml').toBeDefined();
  const pick = (verdict === 'myth') === right ? 'Myth' : 'Truth';
  await quiz(page).getByRole('button', { name: pick, exact: true }).click();
}

async function finish(page: Page, right = true) {
  await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < TOTAL; i++) {
    await answer(page, right);
    await quiz(page).getByRole('button', { name: 'Next' }).click();
  }
}

test.describe('quiz', () => {
  test('can be completed by keyboard alone, with a full score for right answers', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/quiz/');
    await tabTo(page, 'Start the quiz');
    await page.keyboard.press('Enter');
    for (let i = 1; i <= TOTAL; i++) {
      await expect(statement(page)).toBeFocused();
      await expect(quiz(page).getByText(`${i} of ${TOTAL}`, { exact: true })).toBeVisible();
      const verdict = verdicts.get(await currentStatement(page));
      await page.keyboard.press('Tab'); // How sure are you? (Think so)
      await expect(quiz(page).getByRole('radio', { name: 'Think so' })).toBeFocused();
      await page.keyboard.press('Tab'); // Myth
      if (verdict === 'truth') await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const feedback = quiz(page).locator('.quiz-feedback');
      await expect(feedback).toBeFocused();
      await expect(feedback).toContainText('✓ Right');
      await tabTo(page, 'Next', 3);
      await page.keyboard.press('Enter');
    }
    const score = quiz(page).getByRole('heading', { name: `Your score: ${TOTAL} of ${TOTAL}` });
    await expect(score).toBeFocused();
    await expect(quiz(page).getByRole('status')).toHaveText(`Quiz finished. You scored ${TOTAL} of ${TOTAL}.`);
    await tabTo(page, 'Try again');
    await page.keyboard.press('Enter');
    await expect(statement(page)).toBeFocused();
    await expect(quiz(page).getByText(`1 of ${TOTAL}`, { exact: true })).toBeVisible();
    expect(console.errors).toEqual([]);
  });

  test('says plainly when an answer is wrong, and why', async ({ page }) => {
    await page.goto('/quiz/');
    await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
    const right = verdicts.get(await currentStatement(page));
    await answer(page, false);
    const feedback = quiz(page).locator('.quiz-feedback');
    await expect(feedback).toContainText(`✗ Not quite: it's ${right === 'myth' ? 'a myth' : 'the truth'}.`);
    await expect(quiz(page).getByRole('status')).toHaveText(/^Not quite: it is/);
    await expect(feedback.getByRole('link')).toHaveAttribute('href', /^\/(tips|guide)\//);
    await expect(quiz(page).getByRole('progressbar')).toHaveAttribute('value', '1');
  });

  test('the end screen reviews every answer and the score', async ({ page }) => {
    await page.goto('/quiz/');
    await finish(page, false);
    await expect(quiz(page).getByRole('heading', { name: `Your score: 0 of ${TOTAL}` })).toBeVisible();
    // "Try again" comes first; the long review is folded until the reader opens it.
    const buttons = quiz(page).getByRole('button');
    await expect(buttons.first()).toHaveText('Try again');
    const review = quiz(page).locator('.quiz-review-fold').getByRole('listitem');
    await expect(review.first()).toBeHidden();
    await quiz(page).getByText('Review your answers').click();
    await expect(review).toHaveCount(TOTAL);
    await expect(review.first()).toContainText('✗ Not quite');
    await expect(review.first().getByRole('link')).toBeVisible();
  });

  test('an attempt in progress survives a reload', async ({ page }) => {
    await page.goto('/quiz/');
    await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
    await answer(page);
    await quiz(page).getByRole('button', { name: 'Next' }).click();
    await answer(page, false);
    const before = await currentStatement(page);
    await page.reload();
    await expect(quiz(page).getByText(`2 of ${TOTAL}`, { exact: true })).toBeVisible();
    expect(await currentStatement(page)).toBe(before);
    await expect(quiz(page).locator('.quiz-feedback')).toContainText('✗ Not quite');
  });

  test('the best score and last attempt date survive a reload; each attempt is reshuffled', async ({ page }) => {
    await page.goto('/quiz/');
    await finish(page);
    // An attempt in progress belongs to this tab (sessionStorage); results are shared (localStorage).
    const order = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('kindred:quiz-attempts:v1') ?? '{}').all.order);
    const firstOrder = await order();
    await quiz(page).getByRole('button', { name: 'Try again' }).click();
    await expect(quiz(page).getByText(`1 of ${TOTAL}`, { exact: true })).toBeVisible();
    expect(await order()).not.toEqual(firstOrder);

    await page.reload(); // mid-attempt: resumes
    await expect(quiz(page).getByText(`1 of ${TOTAL}`, { exact: true })).toBeVisible();
    for (let i = 0; i < TOTAL; i++) {
      await answer(page, false);
      await quiz(page).getByRole('button', { name: 'Next' }).click();
    }
    await expect(quiz(page).getByRole('heading', { name: `Your score: 0 of ${TOTAL}` })).toBeVisible();

    await page.reload(); // finished: the start screen, with the best score and the date
    await expect(quiz(page)).toContainText(`Your best score: ${TOTAL} of ${TOTAL}`);
    await expect(quiz(page).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(quiz(page).getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  });

  test("the best score rises after a worse then a better attempt, dated the browser's today", async ({ page }) => {
    await page.clock.setFixedTime(FIXED_NOW);
    await page.goto('/quiz/');
    await finish(page, false);
    await expect(quiz(page).getByRole('heading', { name: `Your score: 0 of ${TOTAL}` })).toBeVisible();
    await quiz(page).getByRole('button', { name: 'Try again' }).click();
    for (let i = 0; i < TOTAL; i++) {
      await answer(page);
      await quiz(page).getByRole('button', { name: 'Next' }).click();
    }
    await expect(quiz(page).getByRole('heading', { name: `Your score: ${TOTAL} of ${TOTAL}` })).toBeVisible();
    await page.reload();
    await expect(quiz(page)).toContainText(`Your best score: ${TOTAL} of ${TOTAL}`);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(today).toBe(FIXED_TODAY);
    await expect(quiz(page).locator('time')).toHaveAttribute('datetime', today);
  });

  for (const [what, value] of [
    ['corrupt', '{not json'],
    ['foreign', '["someone else\'s data"]'],
    ['outdated', '{"version":0,"answers":[1,2]}'],
  ] as const) {
    test(`a ${what} stored value leaves the quiz working`, async ({ page }) => {
      const console = watchConsole(page);
      await page.addInitScript((v) => localStorage.setItem('kindred:quiz:v1', v), value);
      await page.goto('/quiz/');
      await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
      await answer(page);
      await expect(quiz(page).locator('.quiz-feedback')).toContainText('✓ Right');
      expect(console.errors).toEqual([]);
    });
  }

  test('progress saved before statements were renamed leaves both quizzes working', async ({ page }) => {
    // Ids the quiz had before its statements were reworded, beside one it still has.
    const old = ['online-not-as-healthy', 'video-fatigue', 'emotion-online', 'constant-notifications', 'highlight-reel'];
    const miss = { streak: 0, at: 1 };
    const results = {
      version: 3,
      quizzes: {
        all: {
          best: { score: 12, total: 15 },
          lastAttemptOn: '2026-11-01',
          misses: { ...Object.fromEntries(old.map((id) => [id, miss])), 'always-superficial': miss },
        },
        'guide-myths': { best: { score: 5, total: 6 }, lastAttemptOn: '2026-11-01', misses: { 'emotion-online': miss } },
      },
    };
    const attempt = (order: string[]) => ({ seed: 1, order, answers: ['myth'], sureness: ['sure'], current: 0, finished: false });
    const attempts = {
      'all-practice': attempt(old.slice(0, 3)),
      'guide-myths': attempt(['always-superficial', ...old]),
    };
    await page.addInitScript(
      ({ r, a }) => {
        localStorage.setItem('kindred:quiz:v1', r);
        sessionStorage.setItem('kindred:quiz-attempts:v1', a);
      },
      { r: JSON.stringify(results), a: JSON.stringify(attempts) },
    );
    const console = watchConsole(page);

    await page.goto('/quiz/');
    await expect(quiz(page)).toContainText(`${TOTAL} statements, one at a time.`);
    await expect(quiz(page)).toContainText('Your best score: 12 of 15');
    // Only the statement that still exists is offered for practice.
    await expect(quiz(page)).toContainText('One statement from your earlier attempts is worth another look.');
    await quiz(page).getByRole('button', { name: 'Practice the one you missed' }).click();
    await expect(statement(page)).toHaveText(/Online connections are always shallow\./);
    await answer(page);
    await expect(quiz(page).locator('.quiz-feedback')).toContainText('✓ Right');

    await page.goto('/guide/challenges-and-myths/');
    await page.getByRole('heading', { name: 'Test yourself' }).scrollIntoViewIfNeeded();
    await expect(quiz(page)).toContainText('6 statements, one at a time.');
    await expect(quiz(page)).toContainText('Your best score: 5 of 6');
    await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
    await answer(page);
    await expect(quiz(page).locator('.quiz-feedback')).toContainText('✓ Right');
    expect(console.errors).toEqual([]);
  });

  test('works without saving when storage is unavailable', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    const console = watchConsole(page);
    await page.goto('/quiz/');
    await expect(quiz(page)).toContainText('lasts only until you close this tab');
    await finish(page);
    await expect(quiz(page).getByRole('heading', { name: `Your score: ${TOTAL} of ${TOTAL}` })).toBeVisible();
    expect(console.errors).toEqual([]);
  });

  test('axe finds no violations at the start, after an answer and at the end', async ({ page }) => {
    await page.goto('/quiz/');
    await expect(quiz(page).getByRole('button', { name: 'Start the quiz' })).toBeVisible();
    await expectNoAxeViolations(page, 'at the start');
    await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
    await answer(page, false);
    await expectNoAxeViolations(page, 'after an answer');
    await quiz(page).getByRole('button', { name: 'Next' }).click();
    for (let i = 1; i < TOTAL; i++) {
      await answer(page);
      await quiz(page).getByRole('button', { name: 'Next' }).click();
    }
    await expectNoAxeViolations(page, 'at the end');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'at the end, dark theme');
  });

  test('printed, the quiz is every statement with its answer, not the card that starts it', async ({ page }) => {
    await page.goto('/quiz/');
    await expect(quiz(page).getByRole('button', { name: 'Start the quiz' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(quiz(page)).toBeHidden();
    const answers = page.getByRole('main').getByRole('group');
    await expect(answers).toHaveCount(TOTAL);
    await expect(answers.first()).toContainText(/(✗ Myth|✓ Truth)\./);
    await expect(answers.last()).toContainText(/(✗ Myth|✓ Truth)\./);
  });

  test('without JavaScript every answer is readable', async ({ browser }) => {
    await withoutJavaScript(browser, async (page) => {
      await page.goto('/quiz/');
      const items = page.getByRole('main').getByRole('group');
      await expect(items).toHaveCount(TOTAL);
      for (const item of await items.all()) {
        await item.locator('summary').click();
        await expect(item).toContainText(/(✗ Myth|✓ Truth)\./);
      }
    });
  });

  test('the guide embeds the myths as a short quiz that loads only when scrolled to', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/guide/challenges-and-myths/');
    // The page has loaded and gone idle: an eager island would have hydrated by now.
    await pageIdle(page);
    const island = page.locator('.quiz-embed astro-island');
    await expect(island).toHaveCount(1);
    await expect(island, 'not hydrated yet').toHaveAttribute('ssr', '');
    await expect(island.locator('.quiz-fallback')).toHaveCount(1);
    expect(scripts.filter((p) => /\/Quiz\.[\w-]+\.js$/.test(p))).toEqual([]);
    await expect(quiz(page)).toHaveCount(0);

    await page.getByRole('heading', { name: 'Test yourself' }).scrollIntoViewIfNeeded();
    await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
    expect(scripts.filter((p) => /\/Quiz\.[\w-]+\.js$/.test(p))).toHaveLength(1);
    await expect(island).not.toHaveAttribute('ssr');
    await expect(quiz(page).getByText('1 of 6', { exact: true })).toBeVisible();
    await answer(page);
    await expect(quiz(page).locator('.quiz-feedback')).toContainText('✓ Right');
  });
});
