/**
 * The e-book (dist/kindred-guide.epub): epubcheck passes it without errors or
 * warnings (where epubcheck is installed), its navigation lists every guide
 * section, every tip and the plan, it is linked with its size from the guide
 * index and the footer, and the offline list carries it.
 */
import { readFileSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { formatSize } from '../integrations/ebook/file-sizes.ts';
import { epubcheckCommand, runEpubcheck } from '../scripts/lib/epubcheck.ts';
import { EBOOK_PATH } from '../src/lib/routes.ts';
import { contentCounts, referenceDois } from './test-utils';

const FILE = `dist${EBOOK_PATH}`;
const unzip = () => unzipSync(new Uint8Array(readFileSync(FILE)));
const text = (files: Record<string, Uint8Array>, path: string) => strFromU8(files[path] ?? new Uint8Array());

test.describe('the e-book', () => {
  test('passes epubcheck with no errors and no warnings', () => {
    const command = epubcheckCommand();
    if (!command) {
      console.log('epubcheck is not installed here (Debian: apt-get install -y epubcheck): skipping the check.');
      test.skip(true, 'epubcheck is not installed');
      return;
    }
    const { code, output } = runEpubcheck(command, FILE);
    console.log(output);
    expect(code, output).toBe(0);
    expect(output).toContain('Messages: 0 fatals / 0 errors / 0 warnings');
  });

  test('is a zip with the mimetype first and stored, and a navigation listing every section, every tip and the plan', async ({ page }) => {
    const bytes = readFileSync(FILE);
    // The mimetype entry: first, name "mimetype", stored (method 0), its content readable at offset 38.
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.subarray(38, 58).toString()).toBe('application/epub+zip');

    const files = unzip();
    const nav = text(files, 'OEBPS/nav.xhtml');
    const navTitles = [...nav.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map(([, href, title]) => ({
      href: href ?? '',
      title: title ?? '',
    }));
    const { guide, tips } = contentCounts();

    // Every guide section as its page titles it, in order.
    await page.goto('/guide/');
    const sections = await page.locator('.numbered-cards h2 a').allInnerTexts();
    expect(sections).toHaveLength(guide);
    const guideEntries = navTitles.filter((n) => n.href.startsWith('guide-')).slice(1);
    expect(guideEntries.map((n) => n.title.replace(/^\d+\. /, ''))).toEqual(sections);
    // Every tip, numbered, and the plan.
    const tipEntries = navTitles.filter((n) => /^Tip \d+: /.test(n.title));
    expect(tipEntries.map((n) => n.title.match(/^Tip (\d+):/)?.[1])).toEqual(Array.from({ length: tips }, (_, i) => String(i + 1)));
    expect(navTitles.map((n) => n.title)).toContain('Your 7-day connection plan');
    // Each entry opens a file of the book.
    for (const { href } of navTitles) expect(files[`OEBPS/${href.split('#')[0]}`], href).toBeDefined();

    const opf = text(files, 'OEBPS/package.opf');
    expect(opf).toContain('<dc:title>Building Meaningful Digital Relationships</dc:title>');
    expect(opf).toContain('<dc:language>en</dc:language>');
    expect(opf).toMatch(/<dc:identifier id="book-id">urn:uuid:[0-9a-f-]{36}<\/dc:identifier>/);
    expect(opf).toMatch(/<dc:date>\d{4}-\d{2}-\d{2}<\/dc:date>/);
    expect(opf).toContain('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(opf).toContain('properties="cover-image"');
    // The references, with their DOIs: every one content/references.yaml lists.
    const references = text(files, 'OEBPS/guide-references.xhtml');
    const dois = referenceDois();
    expect(dois.length).toBeGreaterThan(6);
    expect(references.match(/href="https:\/\/doi\.org\/10\.[^"]+"/g)?.length).toBe(dois.length);
  });

  test('is linked with its size from the guide index and the footer, downloads, and is in the offline list', async ({ page, request }) => {
    const size = formatSize(statSync(FILE).size);
    await page.goto('/guide/');
    await expect(page.getByRole('link', { name: `Download the e-book (EPUB, ${size})` })).toHaveAttribute('href', EBOOK_PATH);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: `E-book (EPUB, ${size})` })).toHaveAttribute('href', EBOOK_PATH);
    const response = await request.get(EBOOK_PATH);
    expect(response.status()).toBe(200);
    expect((await response.body()).length).toBe(statSync(FILE).size);
    const list = (await (await request.get('/offline-files.json')).json()) as { files: { url: string; size: number }[] };
    expect(list.files).toContainEqual({ url: EBOOK_PATH, size: statSync(FILE).size });
  });
});
