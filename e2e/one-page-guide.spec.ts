/**
 * The whole guide on one page (/guide/all/): every section and every
 * reference exactly once, anchors that land, kept out of search engines and
 * site search, and a print version without the site's controls.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { ONE_PAGE_GUIDE_PATH } from '../src/lib/routes.ts';
import { contentCounts, expectNoAxeViolations, watchConsole } from './test-utils';

const referenceIds = () => (load(readFileSync('content/references.yaml', 'utf8')) as { id: string }[]).map((r) => r.id);

/** The guide's sections as the guide index lists them: slug and title, in order. */
async function guideSections(page: Page): Promise<{ slug: string; title: string }[]> {
  await page.goto('/guide/');
  const links = page.locator('.numbered-cards h2 a');
  return Promise.all(
    (await links.all()).map(async (a) => ({
      slug: ((await a.getAttribute('href')) ?? '').split('/')[2] ?? '',
      title: (await a.innerText()).trim(),
    })),
  );
}

/** Whether the element with this `#id` is at the top of the viewport (a jump to it landed). */
const atTop = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    // Ids may start with a digit ("5-create-rituals"), which a CSS selector can't: look them up by id.
    const box = document.getElementById(sel.replace(/^#/, ''))?.getBoundingClientRect();
    return !!box && box.top >= -2 && box.top < 40;
  }, selector);

test.describe('the one-page guide', () => {
  test('is linked from the guide index and holds every section, in order, exactly once', async ({ page }) => {
    const console = watchConsole(page);
    const sections = await guideSections(page);
    expect(sections).toHaveLength(contentCounts().guide);
    await page.getByRole('link', { name: 'Read it all on one page' }).click();
    await expect(page).toHaveURL(ONE_PAGE_GUIDE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Building Meaningful Digital Relationships');

    const parts = page.locator('section.guide-part');
    expect(await parts.evaluateAll((els) => els.map((e) => e.id))).toEqual(sections.map((s) => s.slug));
    for (const { slug, title } of sections) {
      await expect(page.locator(`#${slug} > h2`)).toHaveText(new RegExp(`^\\d+\\. ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    }
    // The contents at the top link to each section.
    const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
    expect(await contents.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(sections.map((s) => `#${s.slug}`));
    // No id twice: every anchor is one place.
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(console.errors).toEqual([]);
  });

  test('lists every reference exactly once, at the end, and citations link to it on the page', async ({ page }) => {
    await page.goto(ONE_PAGE_GUIDE_PATH);
    const ids = referenceIds();
    const list = page.locator('.reference-list');
    await expect(list).toHaveCount(1);
    expect(await list.locator('li').evaluateAll((lis) => lis.map((li) => li.id))).toEqual(ids.map((id) => `ref-${id}`));
    // The list is in the last section.
    await expect(page.locator('section.guide-part').last().locator('.reference-list')).toHaveCount(1);
    // No "References cited" blocks of the section pages.
    await expect(page.getByRole('region', { name: 'References cited' })).toHaveCount(0);
    const cites = page.locator('.cite a');
    expect(await cites.count()).toBeGreaterThan(0);
    for (const href of await cites.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^#ref-[a-z0-9-]+$/);
    await cites.first().click();
    const target = (await cites.first().getAttribute('href')) ?? '';
    expect(await atTop(page, target)).toBe(true);
  });

  test('anchors land: on a section, on a heading inside one, and links between sections stay on the page', async ({ page }) => {
    await page.goto(`${ONE_PAGE_GUIDE_PATH}#six-strategies`);
    expect(await atTop(page, '#six-strategies')).toBe(true);
    await page.goto(`${ONE_PAGE_GUIDE_PATH}#5-create-rituals`);
    expect(await atTop(page, '#5-create-rituals')).toBe(true);
    await expect(page.locator('[id="5-create-rituals"]')).toHaveText('5. Create rituals');
    // Section links in the text point at the page itself.
    const hrefs = await page.locator('section.guide-part a[href^="/guide/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((h) => h !== '/guide/')).toEqual([]);
    await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Frequently asked questions' }).click();
    await expect(page).toHaveURL(`${ONE_PAGE_GUIDE_PATH}#faqs`);
    expect(await atTop(page, '#faqs')).toBe(true);
  });

  test('is noindex, out of the sitemap and out of site search', async ({ page, request }) => {
    await page.goto(ONE_PAGE_GUIDE_PATH);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).toContain('/guide/six-strategies/</loc>');
    expect(sitemap).not.toContain(`${ONE_PAGE_GUIDE_PATH}</loc>`);
    // Search for words of several sections: results land on the sections, never on the one-page guide.
    const urls = await page.evaluate(async () => {
      const url = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ url);
      const found: string[] = [];
      for (const q of ['rituals', 'trust', 'loneliness', 'video call']) {
        const search = await pagefind.search(q);
        for (const r of search.results) found.push((await r.data()).url);
      }
      return found;
    });
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u: string) => u.includes('/guide/all/'))).toEqual([]);
  });

  test('passes axe', async ({ page }) => {
    await page.goto(ONE_PAGE_GUIDE_PATH);
    await expectNoAxeViolations(page, 'on /guide/all/');
  });
});

test.describe('printing the guide', () => {
  test('"Print the guide" prints this page, and print hides the header, footer and controls', async ({ page }) => {
    await page.goto(ONE_PAGE_GUIDE_PATH);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('button', { name: 'Print the guide' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
      page.getByRole('button', { name: 'Print the guide' }),
      page.getByRole('link', { name: /^Download the e-book/ }),
      page.getByRole('navigation', { name: 'Breadcrumb' }),
      page.locator('.quiz-embed'),
      page.locator('.skip-link'),
    ])
      await expect(hidden).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.print-masthead')).toBeVisible();
    // Page breaks before sections; links print their address; in-page links don't.
    const style = await page.evaluate(() => {
      const part = document.querySelector('.guide-part');
      const doi = document.querySelector('.reference-list a[href^="https://doi.org/"]');
      const site = document.querySelector('.guide-part a[href^="/"]');
      const cite = document.querySelector('.cite a');
      const addressOf = (el: Element | null) => (el ? getComputedStyle(el, '::after').content : '');
      return {
        breakBefore: part ? getComputedStyle(part).breakBefore : '',
        doi: addressOf(doi),
        site: addressOf(site),
        cite: addressOf(cite),
      };
    });
    expect(style.breakBefore).toBe('page');
    expect(style.doi).toMatch(/\(https:\/\/doi\.org\/10\./);
    expect(style.site).toMatch(/\(https?:\/\/[^)]+\/[a-z-]+\/\)/);
    expect(['none', 'normal']).toContain(style.cite);
  });

  test('prints readably on A4 and Letter, each section from a new page', async ({ page }) => {
    await page.goto(ONE_PAGE_GUIDE_PATH);
    const sections = contentCounts().guide;
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      // The title and contents, then each section on pages of its own.
      expect(pages, format).toBeGreaterThanOrEqual(sections + 1);
    }
    await page.emulateMedia({ media: 'print' });
    const bodyPt = await page.evaluate(
      () => Number.parseFloat(getComputedStyle(document.querySelector('.guide-part p') as Element).fontSize) * 0.75,
    );
    expect(bodyPt).toBeGreaterThanOrEqual(11);
  });

  test("prints at the printer's size even when the screen text is larger", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('kindred:reading:v1', JSON.stringify({ size: 'largest', spacious: false })));
    await page.goto(ONE_PAGE_GUIDE_PATH);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');
  });
});
