import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoAxeViolations, FIXED_NOW, tabTo, watchConsole, withoutJavaScript, scrollToHeading } from './test-utils';

const KEY = 'kindred:checklist:v1';
const day = (page: Page, n: number) => page.getByRole('checkbox', { name: new RegExp(`^Day ${n}:`) });
const indicator = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Checklist \d\/7$/ });
const progressText = (page: Page) => page.getByText(/^\d of 7 days done$/);

/** The habits: an island that loads when the reader scrolls to it, as here. */
async function openHabits(page: Page) {
  // The habits island may already have replaced its no-JS list (it loads 300 px before it scrolls into view).
  await scrollToHeading(page, /^(Power habits|Today's habits)$/);
  const group = page.getByRole('group', { name: /^Done today/ });
  await expect(group).toBeVisible();
  return group;
}

/** The tools to keep, move or reset progress: an island that loads when scrolled to. */
async function openTools(page: Page) {
  await scrollToHeading(page, 'Keep, move or reset your progress');
  const tools = page.getByRole('region', { name: 'Keep, move or reset your progress' });
  await expect(tools.getByRole('button', { name: 'Reset progress' })).toBeVisible();
  return tools;
}

/** Today's date in the browser, YYYY-MM-DD. */
const browserToday = (page: Page, offset = 0) =>
  page.evaluate((o) => {
    const d = new Date();
    d.setDate(d.getDate() + o);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);

test.describe('checklist', () => {
  // "Today" decides the plan day, the streak, the week and file names: the same date on every run.
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(FIXED_NOW);
  });

  test('ticked days survive a reload and show in the header on every page', async ({ page }) => {
    await page.goto('/checklist/');
    await expect(indicator(page)).toBeHidden();
    await day(page, 1).check();
    await day(page, 3).check();
    await expect(progressText(page)).toHaveText('2 of 7 days done');
    await expect(page.getByRole('progressbar')).toHaveAttribute('value', '2');
    await expect(indicator(page)).toHaveText('Checklist 2/7');
    await page.reload();
    await expect(day(page, 1)).toBeChecked();
    await expect(day(page, 2)).not.toBeChecked();
    await expect(day(page, 3)).toBeChecked();
    await page.goto('/tips/keep-humor/');
    await expect(indicator(page)).toHaveText('Checklist 2/7');
    await indicator(page).click();
    await expect(page).toHaveURL('/checklist/');
  });

  test('two open tabs stay in sync without a reload', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto('/checklist/');
    await b.goto('/guide/introduction/');
    await day(a, 5).check();
    await expect(indicator(b)).toHaveText('Checklist 1/7');
    await b.goto('/checklist/');
    await day(b, 2).check();
    await expect(day(a, 2)).toBeChecked();
    await expect(progressText(a)).toHaveText('2 of 7 days done');
    await day(a, 5).uncheck();
    await expect(day(b, 5)).not.toBeChecked();
  });

  test("a start date marks today's day", async ({ page }) => {
    await page.goto('/checklist/');
    await page.getByLabel('I started on').fill(await browserToday(page, -2));
    await expect(page.getByText('Today is day 3.')).toBeVisible();
    await expect(page.locator('li[aria-current="date"]')).toContainText('Day 3:');
    await page.reload();
    await expect(page.locator('li[aria-current="date"]')).toContainText('(today)');
  });

  test('daily habits build a streak and fill in the week', async ({ page }) => {
    await page.goto('/checklist/');
    const habits = (await openHabits(page)).getByRole('checkbox');
    await expect(page.getByText('Streak: 0 days in a row')).toBeVisible();
    await expect(habits).toHaveCount(4);
    for (const h of await habits.all()) await h.check();
    await expect(page.getByText('Streak: 1 day in a row')).toBeVisible();
    const week = page.getByRole('list', { name: 'Your last 7 days' }).getByRole('listitem');
    await expect(week).toHaveCount(7);
    await expect(week.last()).toContainText('4 of 4 habits done');
    await expect(week.first()).toContainText('0 of 4 habits done');
  });

  test('reset asks first, then clears everything', async ({ page }) => {
    await page.goto('/checklist/');
    await day(page, 1).check();
    await openTools(page);
    await page.getByRole('button', { name: 'Reset progress' }).click();
    await expect(page.getByText(/Clear every ticked day/)).toBeFocused();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(day(page, 1)).toBeChecked();
    await page.getByRole('button', { name: 'Reset progress' }).click();
    await page.getByRole('button', { name: 'Yes, reset' }).click();
    await expect(day(page, 1)).not.toBeChecked();
    await expect(progressText(page)).toHaveText('0 of 7 days done');
    await expect(page.getByRole('button', { name: 'Reset progress' })).toBeFocused();
    await page.reload();
    await expect(day(page, 1)).not.toBeChecked();
  });

  test('a stored value saved by a newer version is shown read-only and never overwritten', async ({ page }) => {
    const newer = JSON.stringify({ version: 99, days: [1, 2], somethingNew: true });
    await page.addInitScript(
      ([k, v]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(k, v);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [KEY, newer] as const,
    );
    await page.goto('/checklist/');
    await expect(page.getByText(/saved by a newer version of Kindred/)).toBeVisible();
    await expect(day(page, 1)).toBeDisabled();
    await page.reload();
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
  });

  test('export then import moves progress; a bad file changes nothing', async ({ page }, info) => {
    await page.goto('/checklist/');
    await day(page, 2).check();
    await day(page, 6).check();
    const tools = await openTools(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    expect(download.suggestedFilename()).toBe('kindred-checklist-2026-11-21.json');
    const file = info.outputPath('progress.json');
    await download.saveAs(file);

    await page.getByRole('button', { name: 'Reset progress' }).click();
    await page.getByRole('button', { name: 'Yes, reset' }).click();
    await expect(progressText(page)).toHaveText('0 of 7 days done');

    await page.getByLabel('Import progress').setInputFiles(file);
    await expect(progressText(page)).toHaveText('2 of 7 days done');
    await expect(day(page, 6)).toBeChecked();
    await expect(tools.getByRole('status')).toHaveText('Progress imported: 2 of 7 days done.');

    const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
    for (const [name, body, error] of [
      ['notes.json', '{"days": [1,2,3]}', /isn't a Kindred checklist export/],
      ['broken.json', 'not json at all', /isn't valid JSON/],
      // Refused before it is read, with a short message (a 50 MB file once made a 52 MB alert).
      [
        'huge.json',
        `{"format":"kindred-checklist","progress":"${'x'.repeat(300 * 1024)}"}`,
        /^This file is too big to be a Kindred checklist export \(\d+ KB; exports are under 256 KB\)\.$/,
      ],
    ] as const) {
      await page.getByLabel('Import progress').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await expect(page.getByRole('alert')).toHaveText(error);
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
      await expect(progressText(page)).toHaveText('2 of 7 days done');
    }
  });

  test('"Add to calendar" downloads a valid calendar with one event per day', async ({ page }, info) => {
    await page.goto('/checklist/');
    const start = await browserToday(page, 1);
    await page.getByLabel('I started on').fill(start);
    await openTools(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar' }).click()]);
    expect(download.suggestedFilename()).toBe('kindred-7-day-plan.ics');
    const path = info.outputPath('plan.ics');
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(7);
    const [y, m, d] = start.split('-').map(Number) as [number, number, number];
    events.forEach((event, i) => {
      const expected = new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(expected);
      expect(event.summary).toMatch(new RegExp(`^Kindred day ${i + 1}: `));
    });
  });

  for (const [what, value] of [
    ['corrupt', '{"version":2,"days":[1,'],
    ['foreign', '{"todo":["milk"]}'],
  ] as const) {
    test(`a ${what} stored value is tolerated`, async ({ page }) => {
      const console = watchConsole(page);
      await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [KEY, value] as const);
      await page.goto('/checklist/');
      await expect(progressText(page)).toHaveText('0 of 7 days done');
      await day(page, 4).check();
      await expect(progressText(page)).toHaveText('1 of 7 days done');
      expect(console.errors).toEqual([]);
    });
  }

  test('an older stored version is migrated', async ({ page }) => {
    await page.addInitScript((k) => localStorage.setItem(k, '{"version":1,"days":[1,2],"startDate":null}'), KEY);
    await page.goto('/checklist/');
    await expect(progressText(page)).toHaveText('2 of 7 days done');
  });

  test('works in memory, and says so, when storage is blocked', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    const console = watchConsole(page);
    await page.goto('/checklist/');
    await expect(page.getByText(/new changes last only until you close this tab/)).toBeVisible();
    await day(page, 1).check();
    await expect(indicator(page)).toHaveText('Checklist 1/7');
    expect(console.errors).toEqual([]);
  });

  test('shows saved progress, and says new changes won’t be kept, when storage is full from the start', async ({ page }) => {
    await page.addInitScript((k) => {
      localStorage.setItem(k, JSON.stringify({ version: 2, days: [1, 3], startDate: null, habits: {} }));
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    }, KEY);
    await page.goto('/checklist/');
    await expect(progressText(page)).toHaveText('2 of 7 days done');
    await expect(page.getByText(/new changes last only until you close this tab/)).toBeVisible();
    await day(page, 2).check();
    await expect(progressText(page)).toHaveText('3 of 7 days done');
  });

  test('keeps working, and says so, when storage fills up mid-session', async ({ page }) => {
    await page.goto('/checklist/');
    await day(page, 1).check();
    await expect(page.getByText(/new changes last only/)).toBeHidden();
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await day(page, 2).check();
    await expect(progressText(page)).toHaveText('2 of 7 days done');
    await expect(page.getByText(/new changes last only until you close this tab/)).toBeVisible();
    expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').days, KEY)).toEqual([1]);
  });

  test('the whole page works by keyboard', async ({ page }) => {
    await page.goto('/checklist/');
    await tabTo(page, /^Day 1:/);
    await page.keyboard.press('Space');
    await expect(day(page, 1)).toBeChecked();
    await page.keyboard.press('Tab'); // the day's link
    await page.keyboard.press('Tab');
    await expect(day(page, 2)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(progressText(page)).toHaveText('2 of 7 days done');
    await openTools(page);
    await tabTo(page, 'Reset progress', 80);
    await page.keyboard.press('Enter');
    await tabTo(page, 'Yes, reset', 3);
    await page.keyboard.press('Enter');
    await expect(progressText(page)).toHaveText('0 of 7 days done');
  });

  test('axe finds no violations, before and after use, in both themes', async ({ page }) => {
    await page.goto('/checklist/');
    await day(page, 1).check();
    await openHabits(page);
    await openTools(page);
    await page.getByRole('button', { name: 'Reset progress' }).click();
    await expectNoAxeViolations(page, 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'dark');
  });

  test('without JavaScript the plan and habits are a printable list', async ({ browser }) => {
    await withoutJavaScript(browser, async (page) => {
      await page.goto('/checklist/');
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { name: 'Day by day' })).toBeVisible();
      for (let n = 1; n <= 7; n++) await expect(main.getByText(new RegExp(`^Day ${n}:`))).toBeVisible();
      await expect(main.getByRole('heading', { name: 'Power habits' })).toBeVisible();
    });
  });
});
