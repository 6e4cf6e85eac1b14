/**
 * The reader's main paths, written once against the Driver interface and
 * run in every engine by ./run.ts (issue 27). Selectors are the ones the
 * Playwright specs use, spelled as CSS and text, since a WebDriver has no
 * role locators. Each path starts with empty storage, caches and service
 * workers (./driver.ts, EngineLauncher.profile).
 */
import type { RunningHost } from '../../scripts/lib/static-host.ts';
import { builtRoutes, quizVerdicts } from '../test-utils.ts';
import { check, clickText, type Driver, waitFor } from './driver.ts';

/** What a path gets besides its driver. */
export interface PathContext {
  /** The site under test (dist/ served with its _headers), without a trailing slash. */
  base: string;
  /** Closes the path's profile and opens a fresh one (empty storage): "another browser". */
  freshProfile(): Promise<Driver>;
  /** A host of its own for dist/, on a new port, for a path that takes the site down. */
  ownHost(): Promise<RunningHost>;
  /** Notes what an engine does differently, for the report. */
  note(text: string): void;
}

export interface ReaderPath {
  name: string;
  run(d: Driver, ctx: PathContext): Promise<void>;
}

const DARK = 'rgb(21, 23, 26)';
const LIGHT = 'rgb(253, 251, 247)';

/** The checkbox whose accessible name starts with `prefix` (its label, aria-label or aria-labelledby). */
async function tickBox(d: Driver, prefix: string): Promise<void> {
  await waitFor(
    d,
    `the checkbox "${prefix}…"`,
    (p: string) => {
      const nameOf = (input: HTMLInputElement) => {
        const by = input.getAttribute('aria-labelledby');
        const text = by ? by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '') : [];
        return (input.getAttribute('aria-label') ?? (text.join(' ') || input.labels?.[0]?.textContent) ?? '').trim();
      };
      const box = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((i) => nameOf(i).startsWith(p));
      if (!box) return false;
      for (const old of document.querySelectorAll('[data-engine-target]')) old.removeAttribute('data-engine-target');
      // The input may be visually replaced by a styled box; click what the reader sees: its label.
      const target: Element = box.getClientRects().length > 0 && getComputedStyle(box).opacity !== '0' ? box : (box.labels?.[0] ?? box);
      target.scrollIntoView({ block: 'center' });
      target.setAttribute('data-engine-target', '');
      return true;
    },
    [prefix],
  );
  await d.click('[data-engine-target]');
}

/** Which "Day N:" boxes are ticked. */
const tickedDays = (d: Driver) =>
  d.run(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
      .filter((i) => i.checked)
      .map((i) => /^Day (\d+):/.exec((i.getAttribute('aria-label') ?? i.labels?.[0]?.textContent ?? '').trim())?.[1])
      .filter((n): n is string => !!n)
      .map(Number),
  );

/** The header's checklist badge text ("Checklist 2/7"), once shown. */
const badge = (d: Driver, expected: string) =>
  waitFor(
    d,
    `the header badge "${expected}"`,
    (want: string) => {
      const link = document.querySelector('header nav a[href="/checklist/"]');
      const shown = link?.querySelector('checklist-progress:not([hidden])');
      return shown && (link?.textContent ?? '').replace(/\s+/g, ' ').trim() === want;
    },
    [expected],
  );

/** Opens the header search with its "/" shortcut, types `query` and waits for `expectFirst` to head the popup. */
async function headerSearch(d: Driver, query: string, expectFirst: string | RegExp): Promise<void> {
  await d.run(() => (document.activeElement as HTMLElement | null)?.blur());
  await d.type('/');
  await waitFor(d, 'the header search field to take focus', () => document.activeElement?.id === 'site-search', []);
  await d.type(query);
  const pattern = typeof expectFirst === 'string' ? `^${expectFirst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : expectFirst.source;
  await waitFor(
    d,
    `"${query}" to list ${String(expectFirst)} first in the header popup`,
    (p: string, q: string) => {
      // Results for the whole query, not for a prefix typed on the way (the status names the query: “emapthy”).
      const status = document.querySelector('#site-search-popup [role="status"]')?.textContent ?? '';
      const first = document.querySelector('#site-search-popup .search-results .search-result-title a');
      return status.includes(`“${q}”`) && !!first && new RegExp(p).test((first.textContent ?? '').trim());
    },
    [pattern, query],
  );
}

/** Answers every statement of the quiz on screen rightly, with clicks. */
async function finishQuiz(d: Driver, total: number): Promise<void> {
  const verdicts = Object.fromEntries(quizVerdicts());
  for (let i = 1; i <= total; i++) {
    await waitFor(d, `statement ${i} of ${total}`, (n: string) => document.body.innerText.includes(n), [`${i} of ${total}`]);
    const statement = await d.run(() => {
      const region = [...document.querySelectorAll('[role="region"], section')].find((s) =>
        /Myth or truth quiz/.test(s.getAttribute('aria-label') ?? ''),
      );
      return ((region ?? document).querySelector('h2')?.textContent ?? '').replace(/^Statement \d+:\s*/, '').trim();
    });
    const verdict = verdicts[statement];
    check(d, verdict !== undefined, `the statement on screen ("${statement}") is in quiz.yaml`);
    await clickText(d, 'button', verdict === 'myth' ? 'Myth' : 'Truth');
    await waitFor(d, 'the feedback "✓ Right"', () => (document.querySelector('.quiz-feedback')?.textContent ?? '').includes('✓ Right'), []);
    await clickText(d, 'button', 'Next');
  }
}

export const PATHS: ReaderPath[] = [
  {
    // One walk for two checks: the routes are the slow part of the run.
    name: 'every route renders its heading with no page errors, and none scrolls sideways at 390 px',
    async run(d, { base }) {
      await d.viewport(390, 844);
      const empty: string[] = [];
      const overflowing: string[] = [];
      for (const route of builtRoutes()) {
        await d.goto(`${base}${route}`);
        const [h1, title, scroll, client] = await d.run(() => {
          const heading = document.querySelector('h1');
          const text = heading && heading.getClientRects().length > 0 ? (heading.textContent ?? '').trim() : '';
          return [text, document.title, document.documentElement.scrollWidth, document.documentElement.clientWidth] as const;
        });
        if (!h1 || !/Kindred/.test(title)) empty.push(`${route} (h1 "${h1}", title "${title}")`);
        if (scroll > client) overflowing.push(`${route} (${scroll} px in ${client})`);
      }
      check(d, empty.length === 0, `routes without a visible heading or title: ${empty.join(', ')}`);
      check(d, overflowing.length === 0, `routes wider than 390 px: ${overflowing.join(', ')}`);
      const errors = await d.errors();
      check(d, errors.length === 0, `page errors: ${errors.join(' | ')}`);
    },
  },
  {
    name: 'the theme toggle persists across a reload and pages',
    async run(d, { base }) {
      const background = () => d.run(() => getComputedStyle(document.body).backgroundColor);
      await d.goto(`${base}/guide/introduction/`);
      check(d, (await background()) === LIGHT, `a fresh profile starts light (got ${await background()})`);
      await d.click('theme-toggle button');
      await waitFor(
        d,
        'the toggle pressed',
        () => document.querySelector('theme-toggle button')?.getAttribute('aria-pressed') === 'true',
        [],
      );
      await waitFor(d, 'the dark background', (c: string) => getComputedStyle(document.body).backgroundColor === c, [DARK]);
      await d.reload();
      check(d, (await d.run(() => document.documentElement.dataset['theme'])) === 'dark', 'dark after a reload');
      await waitFor(d, 'the dark background after a reload', (c: string) => getComputedStyle(document.body).backgroundColor === c, [DARK]);
      await clickText(d, 'nav[aria-label="Primary"] a', 'Tips');
      await waitFor(d, 'the tips page', () => location.pathname === '/tips/' && document.readyState === 'complete', []);
      check(d, (await background()) === DARK, 'dark on the next page');
      await d.click('theme-toggle button');
      await d.reload();
      await waitFor(d, 'light again after toggling back', (c: string) => getComputedStyle(document.body).backgroundColor === c, [LIGHT]);
    },
  },
  {
    name: '"/" and typing in the header search find a tip, a typo included',
    async run(d, { base }) {
      await d.goto(`${base}/tips/keep-humor/`);
      await headerSearch(d, 'apologize', 'Tip 12: Apologize sincerely when you get it wrong');
      await d.goto(`${base}/guide/faqs/`);
      await headerSearch(d, 'emapthy', 'Tip 2: Show empathy and understanding');
      const errors = await d.errors();
      check(d, errors.length === 0, `page errors: ${errors.join(' | ')}`);
    },
  },
  {
    name: '/search/?q= lists results',
    async run(d, { base }) {
      await d.goto(`${base}/search/?q=gratitude`);
      await waitFor(
        d,
        'the results status',
        () => /\d+ results? for “gratitude”/.test(document.querySelector('main [role="status"]')?.textContent ?? ''),
        [],
      );
      const count = await d.run(() => document.querySelectorAll('main .search-results > li').length);
      check(d, count > 0, 'results are listed');
      check(
        d,
        (await d.run(() => (document.querySelector('main input[type="search"]') as HTMLInputElement | null)?.value)) === 'gratitude',
        'q is in the field',
      );
    },
  },
  {
    name: "a result's text fragment lands with the words on screen",
    async run(d, { base, note }) {
      await d.goto(`${base}/tips/keep-humor/`);
      await headerSearch(d, 'coursera', 'Tools, platforms and power habits');
      // The popup answers as the reader types: the first result may still be for "course" until "coursera" is in.
      await waitFor(
        d,
        'the first result to carry a text fragment for Coursera',
        () =>
          /^\/guide\/tools-and-habits\/#[^?]*:~:text=[^?]*Coursera/.test(
            document.querySelector('#site-search-popup .search-results .search-result-title a')?.getAttribute('href') ?? '',
          ),
        [],
      );
      await d.click('#site-search-popup .search-results .search-result-title a');
      await waitFor(
        d,
        'the guide section',
        () => location.pathname === '/guide/tools-and-habits/' && document.readyState === 'complete',
        [],
      );
      const onScreen = () => {
        const li = [...document.querySelectorAll('main li')].find((l) => (l.textContent ?? '').includes('Coursera'));
        const box = li?.getBoundingClientRect();
        return !!box && box.top < innerHeight && box.bottom > 0 && (document.scrollingElement?.scrollTop ?? 0) > 0;
      };
      await waitFor(d, 'the words scrolled into view', onScreen, [], 15_000);
      const supported = await d.run(() => 'fragmentDirective' in document);
      note(
        `text fragments: ${supported ? 'supported (document.fragmentDirective)' : 'no document.fragmentDirective'}, the page scrolled to the match`,
      );
    },
  },
  {
    name: 'the myths quiz is finished and its best score kept',
    async run(d, { base }) {
      const total = quizVerdicts().size;
      await d.goto(`${base}/quiz/`);
      await clickText(d, 'button', 'Start the quiz');
      await finishQuiz(d, total);
      await waitFor(d, 'the full score', (t: string) => [...document.querySelectorAll('h2')].some((h) => h.textContent?.trim() === t), [
        `Your score: ${total} of ${total}`,
      ]);
      await d.reload();
      await waitFor(d, 'the best score after a reload', (t: string) => document.body.innerText.includes(t), [
        `Your best score: ${total} of ${total}`,
      ]);
    },
  },
  {
    name: 'the embedded quiz hydrates when scrolled to',
    async run(d, { base }) {
      await d.goto(`${base}/guide/challenges-and-myths/`);
      await d.run(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300))));
      check(
        d,
        await d.run(() => document.querySelector('.quiz-embed astro-island')?.hasAttribute('ssr') === true),
        'not hydrated before it is scrolled to',
      );
      await d.run(() => [...document.querySelectorAll('h2')].find((h) => h.textContent?.trim() === 'Test yourself')?.scrollIntoView());
      await waitFor(d, 'the island to hydrate', () => !document.querySelector('.quiz-embed astro-island')?.hasAttribute('ssr'), []);
      await clickText(d, '.quiz-embed button', 'Start the quiz');
      await waitFor(d, 'statement 1 of 6', () => (document.querySelector('.quiz-embed')?.textContent ?? '').includes('1 of 6'), []);
    },
  },
  {
    name: 'checklist ticks survive a reload and show in the header badge',
    async run(d, { base }) {
      await d.goto(`${base}/checklist/`);
      await tickBox(d, 'Day 1:');
      await tickBox(d, 'Day 3:');
      await badge(d, 'Checklist 2/7');
      await d.reload();
      await waitFor(
        d,
        'days 1 and 3 ticked after a reload',
        () => document.querySelectorAll('input[type="checkbox"]:checked').length >= 2,
        [],
      );
      check(d, JSON.stringify(await tickedDays(d)) === '[1,3]', `days 1 and 3 ticked (got ${JSON.stringify(await tickedDays(d))})`);
      await d.goto(`${base}/tips/keep-humor/`);
      await badge(d, 'Checklist 2/7');
    },
  },
  {
    name: 'a restore link carries progress to a fresh profile',
    async run(d, { base, freshProfile }) {
      await d.goto(`${base}/checklist/`);
      await tickBox(d, 'Day 1:');
      await tickBox(d, 'Day 3:');
      await d.run(() =>
        [...document.querySelectorAll('h2')].find((h) => h.textContent?.trim() === 'Keep, move or reset your progress')?.scrollIntoView(),
      );
      await clickText(d, 'button', 'Continue on another device');
      const link = await waitFor(
        d,
        'the restore link',
        () =>
          [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].find((f) =>
            f.value.includes('#restore='),
          )?.value,
        [],
      );
      check(d, new URL(link).pathname === '/checklist/', `the link opens /checklist/ (${link})`);

      const other = await freshProfile();
      await other.goto(link);
      await waitFor(other, 'the restore prompt', () => /holds 2 of 7 days done/.test(document.body.innerText), []);
      check(other, (await tickedDays(other)).length === 0, 'nothing is ticked before the reader agrees');
      await clickText(other, 'button', 'Use this progress');
      await waitFor(other, 'days 1 and 3 ticked', () => document.querySelectorAll('input[type="checkbox"]:checked').length >= 2, []);
      await other.reload();
      await waitFor(other, 'the ticks after a reload', () => document.querySelectorAll('input[type="checkbox"]:checked').length >= 2, []);
      check(
        other,
        JSON.stringify(await tickedDays(other)) === '[1,3]',
        `days 1 and 3 kept (got ${JSON.stringify(await tickedDays(other))})`,
      );
    },
  },
  {
    name: 'a visited page opens with the server down (the service worker)',
    async run(d, { ownHost }) {
      const host = await ownHost();
      try {
        await d.goto(`${host.url}/`);
        // The worker comes with the second page of a visit: follow a link, as a reader would.
        await clickText(d, 'nav[aria-label="Primary"] a', 'Tips');
        await waitFor(d, 'the tips page', () => location.pathname === '/tips/' && document.readyState === 'complete', []);
        await waitFor(d, 'the service worker to control the page', () => !!navigator.serviceWorker?.controller, [], 20_000);
        await d.goto(`${host.url}/tips/listen-actively/`);
        await waitFor(d, 'the page kept in the cache', async () => !!(await caches.match('/tips/listen-actively/')), [], 20_000);
      } finally {
        await host.stop();
      }
      await d.reload();
      await waitFor(
        d,
        'the page from the service worker',
        () => /listen/i.test(document.querySelector('h1')?.textContent ?? ''),
        [],
        10_000,
      );
    },
  },
];
