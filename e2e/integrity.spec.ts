/**
 * Nothing lost: progress in two tabs at once, values from other tabs that
 * don't decode, and limits on what comes in (queries, dates).
 */
import { expect, test, type Page } from '@playwright/test';
import { watchConsole, scrollToHeading } from './test-utils';

const KEY = 'kindred:checklist:v1';
const progressText = (page: Page) => page.getByText(/^\d of 7 days done$/);

/** Opens /checklist/ with the habits island loaded. */
async function openChecklist(page: Page) {
  await page.goto('/checklist/');
  await expect(progressText(page)).toBeVisible();
  // The habits island may already have replaced its no-JS list (it loads 300 px before it scrolls into view).
  await scrollToHeading(page, /^(Power habits|Today's habits)$/);
  await expect(page.getByRole('group', { name: /^Done today/ })).toBeVisible();
}

/** Ticks or unticks a checkbox by id from inside the page, so two tabs can act within the same few milliseconds. */
const toggle = (page: Page, id: string) => page.evaluate((i) => (document.getElementById(i) as HTMLInputElement).click(), id);

/** The checked state of the given checkbox ids in a page. */
const checkedIds = (page: Page, ids: string[]) =>
  page.evaluate((list) => list.filter((i) => (document.getElementById(i) as HTMLInputElement | null)?.checked), ids);

test.describe('two tabs', () => {
  test('ticking different days and habits at the same moment loses no tick, in either tab', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await openChecklist(a);
    await openChecklist(b);
    const habitIds = await a.locator('.checklist-habits input[type=checkbox]').evaluateAll((els) => els.map((e) => e.id));
    expect(habitIds.length).toBeGreaterThanOrEqual(2);
    // Round by round, each tab changes a different item at the same time; over the rounds items go on and off.
    const rounds: [string, string][] = [
      ['day-1', 'day-2'],
      ['day-3', habitIds[0] as string],
      [habitIds[1] as string, 'day-4'],
      ['day-5', 'day-6'],
      ['day-2', 'day-7'], // a removes day 2 (ticked by b), b adds day 7
      [habitIds[0] as string, 'day-1'], // a removes a habit, b removes day 1
    ];
    const expected = new Set<string>();
    for (const [x, y] of rounds) {
      await Promise.all([toggle(a, x), toggle(b, y)]);
      for (const id of [x, y]) {
        if (expected.has(id)) expected.delete(id);
        else expected.add(id);
      }
      const all = ['day-1', 'day-2', 'day-3', 'day-4', 'day-5', 'day-6', 'day-7', ...habitIds];
      const want = all.filter((id) => expected.has(id));
      await expect.poll(() => checkedIds(a, all)).toEqual(want);
      await expect.poll(() => checkedIds(b, all)).toEqual(want);
    }
    // And what is stored holds every tick, for the next visit.
    const c = await context.newPage();
    await openChecklist(c);
    await expect(progressText(c)).toHaveText('5 of 7 days done');
  });

  test('a value from another tab that does not decode is ignored, not written over, and wipes nothing', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await openChecklist(a);
    await a.getByRole('checkbox', { name: /^Day 2:/ }).check();
    await a.getByRole('checkbox', { name: /^Day 5:/ }).check();
    await b.goto('/guide/introduction/');
    for (const garbage of [
      'garbage',
      'null',
      '{"version":3,"days":[1,',
      JSON.stringify({ version: 2, days: [42], startDate: null, habits: {} }),
      'x'.repeat(100_000),
    ]) {
      await b.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, garbage] as const);
      await expect(progressText(a)).toHaveText('2 of 7 days done');
      // Give the tab a moment in which it could (wrongly) write back, then check it didn't.
      await a.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      expect(await b.evaluate((k) => localStorage.getItem(k), KEY)).toBe(garbage);
    }
    // The reader's next tick saves all their progress again.
    await a.getByRole('checkbox', { name: /^Day 7:/ }).check();
    expect(await b.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').days, KEY)).toEqual([2, 5, 7]);
  });

  test('two tabs answering the quiz never swap answers, and both keep the best score', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    for (const p of [a, b]) {
      await p.goto('/quiz/');
      await p.getByRole('button', { name: 'Start the quiz' }).click();
    }
    const statement = (p: Page) => p.locator('.quiz-statement').innerText();
    const firstA = await statement(a);
    const firstB = await statement(b);
    await Promise.all([a.getByRole('button', { name: 'Myth' }).click(), b.getByRole('button', { name: 'Truth' }).click()]);
    await expect(a.locator('.quiz-feedback')).toBeVisible();
    await expect(b.locator('.quiz-feedback')).toBeVisible();
    // Each tab still shows its own statement and its own answer.
    expect(await statement(a)).toBe(firstA);
    expect(await statement(b)).toBe(firstB);
    await a.reload();
    await expect(a.locator('.quiz-statement')).toHaveText(firstA);
  });
});

test.describe('limits on what comes in', () => {
  test('a very long query is cut to 200 characters in the field and the URL', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto(`/search/?q=${'trust'.repeat(60)}`);
    const field = page.getByRole('main').getByRole('searchbox');
    await expect(field).toHaveValue('trust'.repeat(40));
    await expect.poll(() => new URL(page.url()).searchParams.get('q')?.length).toBe(200);
    await expect(page.locator('#site-search')).toHaveAttribute('maxlength', '200');
    expect(console.errors).toEqual([]);
  });

  test('a start date outside 2000–2100 is refused with a message', async ({ page }) => {
    await page.goto('/checklist/');
    await page.getByLabel('I started on').fill('1900-01-01');
    await expect(page.getByRole('alert')).toHaveText('Choose a date between 2000 and 2100.');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  });
});
