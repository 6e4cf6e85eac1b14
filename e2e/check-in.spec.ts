/**
 * The check-in (/check-in/): a result with three linked tips, the change a
 * week later, the help pointer at the top of the scale only, deleting,
 * two tabs at once, the export file, damaged stored values, and the page
 * without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, FIXED_NOW, scrollToHeading, watchConsole, withoutJavaScript } from './test-utils';

const KEY = 'kindred:check-in:v1';
const LABELS = ['Hardly ever', 'Some of the time', 'Often'] as const;
type A = 1 | 2 | 3;
/** Answers: the scale's three, then the six themes in site order (communication … growth). */
type Answers = [A, A, A, A, A, A, A, A, A];

const SOME: Answers = [2, 2, 1, 3, 3, 1, 3, 2, 1];
const WEEK_LATER = new Date(FIXED_NOW.getTime() + 7 * 24 * 3600 * 1000);

/** Opens the check-in with its island rendered. */
async function open(page: Page) {
  await page.goto('/check-in/');
  await expect(page.getByRole('button', { name: 'See your focus' })).toBeVisible();
}

/** Answers every question, by clicking the labelled radios. */
async function fill(page: Page, answers: Answers, struggling = false) {
  const groups = page.locator('form.check-in-form fieldset');
  await expect(groups).toHaveCount(9);
  for (const [i, a] of answers.entries())
    await groups
      .nth(i)
      .getByRole('radio', { name: LABELS[a - 1] ?? '', exact: true })
      .check();
  if (struggling) await page.getByRole('checkbox', { name: /I'm struggling right now/ }).check();
}

async function checkIn(page: Page, answers: Answers, struggling = false) {
  await fill(page, answers, struggling);
  await page.getByRole('button', { name: 'See your focus' }).click();
  await expect(page.getByRole('heading', { name: 'Your focus' })).toBeVisible();
}

const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);

/** A stored value with one check-in per date given. */
function seed(dates: string[]): string {
  const entries = dates.map((date, i) => ({
    id: `seed-${i + 1}000`,
    date,
    at: new Date(`${date}T12:00:00`).getTime(),
    scale: [3, 2, 2],
    themes: { communication: 2, empathy: 2, respect: 1, reliability: 2, connection: 2, growth: 1 },
    struggling: false,
  }));
  return JSON.stringify({ version: 1, entries, deleted: {} });
}

test.describe('check-in', () => {
  test('a first check-in gives a focus with three linked tips and the plan day that fits', async ({ page }) => {
    const console = watchConsole(page);
    await page.clock.setFixedTime(FIXED_NOW);
    await open(page);
    await checkIn(page, SOME);
    const result = page.getByRole('region', { name: 'Your focus' });
    await expect(page.getByRole('heading', { name: 'Your focus' })).toBeFocused();
    // Lowest first: respect and growth ("Hardly ever"), then connection ("Some of the time").
    const tips = result.getByRole('list').filter({ hasText: 'Tip ' }).getByRole('link');
    await expect(tips).toHaveText([/^Tip 3: /, /^Tip 11: /, /^Tip 4: /]);
    await expect(tips.nth(0)).toHaveAttribute('href', '/tips/respect-boundaries-and-privacy/');
    await expect(result.getByText(/Day 5 of the 7-day plan/)).toBeVisible();
    await expect(result.getByText(/your three answers add up to 5/)).toBeVisible();
    // The chart's text equivalent names every theme with its answer.
    await expect(result.getByRole('figure')).toContainText('RespectHardly ever');
    await expect(result.getByRole('link', { name: 'Start the 7-day plan' })).toHaveAttribute('href', '/checklist/');
    await expect(page.getByRole('heading', { name: "You don't have to carry this alone" })).toHaveCount(0);
    // Kept with its date, and listed in the history.
    const doc = await stored(page);
    expect(doc.entries).toHaveLength(1);
    expect(doc.entries[0]).toMatchObject({ date: '2026-11-21', scale: [2, 2, 1], struggling: false });
    await expect(page.getByRole('table')).toContainText(/21 Nov 2026|Nov 21, 2026/);
    expect(console.errors).toEqual([]);
  });

  test('a second check-in a week later shows what changed since the first', async ({ page }) => {
    await page.clock.setFixedTime(FIXED_NOW);
    await open(page);
    await checkIn(page, SOME);
    await page.clock.setFixedTime(WEEK_LATER);
    await open(page);
    await checkIn(page, [1, 1, 1, 3, 3, 2, 3, 2, 3]);
    const history = page.getByRole('region', { name: 'Your check-ins' });
    await expect(history.getByRole('heading', { name: 'Since your first check-in' })).toBeVisible();
    await expect(history).toContainText('went down from 5 to 3');
    await expect(history).toContainText('You do more of this now: Respect and Growing together.');
    await expect(history).toContainText('The same as before: Communication, Empathy, Reliability and Connection.');
    await expect(history.getByRole('figure')).toBeVisible();
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history.getByRole('row').nth(2)).toContainText(/28 Nov 2026|Nov 28, 2026/);
  });

  test('the help pointer leads the result at the top of the scale, or when struggling, and not below', async ({ page }) => {
    await open(page);
    await checkIn(page, [3, 3, 3, 2, 2, 2, 2, 2, 2]);
    const help = page.getByRole('heading', { name: "You don't have to carry this alone" });
    await expect(help).toBeFocused();
    await expect(page.getByRole('link', { name: 'Find someone to talk to now' })).toHaveAttribute('href', '/help/');
    // Before anything else in the result.
    await expect(page.locator('.check-in-result h2').first()).toHaveText("You don't have to carry this alone");

    await page.getByRole('button', { name: 'Check in again' }).click();
    await checkIn(page, [3, 3, 2, 2, 2, 2, 2, 2, 2]);
    await expect(help).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Your focus' })).toBeFocused();

    await page.getByRole('button', { name: 'Check in again' }).click();
    await checkIn(page, [1, 1, 1, 2, 2, 2, 2, 2, 2], true);
    await expect(help).toBeVisible();
  });

  test('says which questions have no answer, and moves to the first', async ({ page }) => {
    await open(page);
    await page.locator('form.check-in-form fieldset').first().getByRole('radio', { name: 'Often' }).check();
    await page.getByRole('button', { name: 'See your focus' }).click();
    await expect(page.getByRole('alert')).toHaveText('8 questions have no answer yet.');
    await expect(
      page
        .getByRole('group', { name: /How often do you feel left out\?/ })
        .getByRole('radio')
        .first(),
    ).toBeFocused();
  });

  test('one check-in can be deleted, then all of them', async ({ page }) => {
    await page.addInitScript(
      ([k, v]) => {
        if (!sessionStorage.getItem('seeded')) localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      },
      [KEY, seed(['2026-11-14', '2026-11-21', '2026-11-28'])] as const,
    );
    await open(page);
    const history = page.getByRole('region', { name: 'Your check-ins' });
    await expect(history.getByRole('row')).toHaveCount(4);
    await history.getByRole('button', { name: /^Delete the check-in of (21 Nov 2026|Nov 21, 2026)$/ }).click();
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history.getByRole('heading', { name: 'Your check-ins' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: /^Check-in of .+ deleted\.$/ })).toHaveCount(1);
    expect((await stored(page)).entries.map((e: { date: string }) => e.date)).toEqual(['2026-11-14', '2026-11-28']);
    // Kept deleted after a reload.
    await page.reload();
    await expect(history.getByRole('row')).toHaveCount(3);
    await history.getByRole('button', { name: 'Delete all check-ins' }).click();
    await expect(page.getByRole('group', { name: /Delete all 2 check-ins/ })).toBeVisible();
    await page.getByRole('button', { name: 'Yes, delete all' }).click();
    await expect(history).toHaveCount(0);
    // The list went with its buttons: the page still says so, and focus is back at the questions.
    await expect(page.getByRole('status').filter({ hasText: 'All check-ins deleted.' })).toHaveCount(1);
    await expect(page.getByRole('heading', { name: /How connected you feel/ })).toBeFocused();
    expect((await stored(page)).entries).toEqual([]);
  });

  test('two tabs checking in at once keep both check-ins', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await open(a);
    await open(b);
    await fill(a, SOME);
    await fill(b, [1, 1, 1, 3, 3, 3, 3, 3, 3]);
    const send = (p: Page) => p.evaluate(() => document.querySelector<HTMLFormElement>('form.check-in-form')?.requestSubmit());
    await Promise.all([send(a), send(b)]);
    for (const p of [a, b]) {
      await expect(p.getByRole('heading', { name: 'Your focus' })).toBeVisible();
      await expect(p.getByRole('region', { name: 'Your check-ins' }).getByRole('row')).toHaveCount(3);
    }
    expect((await stored(a)).entries).toHaveLength(2);
  });

  test('check-ins travel in the export file, and an older file changes none', async ({ page, context }, info) => {
    await page.addInitScript(
      ([k, v]) => {
        if (!sessionStorage.getItem('seeded')) localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      },
      [KEY, seed(['2026-11-14', '2026-11-21'])] as const,
    );
    await page.goto('/checklist/');
    await scrollToHeading(page, 'Keep, move or reset your progress');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    const path = info.outputPath('export.json');
    await download.saveAs(path);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file.format).toBe('kindred-checklist');
    expect(file.checkIns.entries).toHaveLength(2);

    // In a fresh browser, importing the file brings the check-ins.
    const other = await context.browser()!.newContext();
    const fresh = await other.newPage();
    await fresh.goto('/checklist/');
    await scrollToHeading(fresh, 'Keep, move or reset your progress');
    await fresh.locator('input[type=file]').setInputFiles(path);
    await expect(fresh.getByRole('status').filter({ hasText: 'Progress imported' })).toContainText('2 check-ins added to yours.');
    await open(fresh);
    await expect(fresh.getByRole('region', { name: 'Your check-ins' }).getByRole('row')).toHaveCount(3);

    // A file from before check-ins existed leaves them as they are.
    const old = info.outputPath('old.json');
    const { checkIns: _, ...withoutCheckIns } = file;
    await import('node:fs').then((fs) => fs.writeFileSync(old, JSON.stringify(withoutCheckIns)));
    await fresh.goto('/checklist/');
    await scrollToHeading(fresh, 'Keep, move or reset your progress');
    await fresh.locator('input[type=file]').setInputFiles(old);
    await expect(fresh.getByRole('status').filter({ hasText: 'Progress imported' })).toBeVisible();
    expect((await stored(fresh)).entries).toHaveLength(2);
    await other.close();
  });

  for (const [what, value] of [
    ['corrupt', '{"version":1,"entries":['],
    ['foreign', '["someone else\'s data"]'],
  ] as const) {
    test(`a ${what} stored value leaves the check-in working`, async ({ page }) => {
      const console = watchConsole(page);
      await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [KEY, value] as const);
      await open(page);
      await expect(page.getByRole('region', { name: 'Your check-ins' })).toHaveCount(0);
      await checkIn(page, SOME);
      expect(console.errors).toEqual([]);
    });
  }

  test('a value saved by a newer version is shown read-only and never overwritten', async ({ page }) => {
    const newer = JSON.stringify({ version: 9, entries: 'something new' });
    await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [KEY, newer] as const);
    await open(page);
    await expect(page.getByText(/saved by a newer version of Kindred/).first()).toBeVisible();
    await checkIn(page, SOME);
    await expect(page.getByText(/This check-in wasn't kept/)).toBeVisible();
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
  });

  test('without JavaScript the questions are readable, with how to score them by hand', async ({ browser }) => {
    await withoutJavaScript(browser, async (page) => {
      await page.goto('/check-in/');
      await expect(page.getByRole('group', { name: 'How often do you feel that you lack companionship?' })).toBeVisible();
      await expect(page.getByRole('group', { name: 'How often do you feel left out?' })).toBeVisible();
      await expect(page.getByRole('group', { name: 'How often do you feel isolated from others?' })).toBeVisible();
      await expect(page.getByRole('main').locator('fieldset')).toHaveCount(9);
      await expect(page.getByRole('radio', { name: 'Some of the time' })).toHaveCount(9);
      await expect(page.getByRole('heading', { name: 'Scoring it by hand' })).toBeVisible();
      await expect(page.getByText(/Count 1 for each "Hardly ever"/)).toBeVisible();
    });
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the questions, the result and the history pass axe in ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript(
        ([k, v]) => {
          if (!sessionStorage.getItem('seeded')) localStorage.setItem(k, v);
          sessionStorage.setItem('seeded', '1');
        },
        [KEY, seed(['2026-11-14'])] as const,
      );
      await open(page);
      await expect(page.getByRole('region', { name: 'Your check-ins' })).toBeVisible();
      await expectNoAxeViolations(page, `${scheme}, questions`);
      await checkIn(page, [3, 3, 3, 1, 2, 3, 1, 2, 3]);
      await expect(page.getByRole('heading', { name: 'Since your first check-in' })).toBeVisible();
      await expectNoAxeViolations(page, `${scheme}, result`);
    });
  }

  test('no horizontal overflow from 320 to 1280 px', async ({ page }) => {
    await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [KEY, seed(['2026-11-14', '2026-11-21'])] as const);
    for (const width of [320, 390, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      await checkIn(page, SOME);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
    }
  });

  test('is reached from the home page, the quiz, the checklist and the footer', async ({ page }) => {
    for (const path of ['/', '/quiz/']) {
      await page.goto(path);
      await expect(page.getByRole('main').locator('a[href="/check-in/"]').first()).toBeVisible();
    }
    await page.goto('/checklist/');
    await expect(page.getByRole('link', { name: 'take a two-minute check-in' })).toHaveAttribute('href', '/check-in/');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Check in' })).toHaveAttribute('href', '/check-in/');
  });
});
