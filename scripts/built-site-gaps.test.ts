/**
 * What only a real build can show, on one build of a scratch copy
 * (scripts/lib/scratch-build.ts) with SITE_URL set and a fixture guide
 * section added: every canonical link is under SITE_URL; a plain Markdown
 * link that leaves the site gets rel="noopener noreferrer"; and the search
 * gate (scripts/check-search.ts, in Chromium) fails when the search runtime
 * grows past its budget. About 15 s for the build, 10 s for the browser.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCopy } from './lib/build-copy.ts';
import { incompressible } from './lib/dist-fixture.ts';
import { listHtmlPages } from './lib/dist-pages.ts';
import { addFile, scratchBuild, type ScratchBuild } from './lib/scratch-build.ts';

const SITE_URL = 'https://kindred.example';
const TIMEOUT = 180_000;
/** A guide section that exists only in the scratch copy. */
const FIXTURE = `---
title: Fixture links
description: A section that exists only in a test build, to check how links are written.
order: 999
---

Read [the example page](https://example.org/page) or [the guide](/guide/), or write to [us](mailto:hello@example.org).
`;

const elements = (html: string, name: string) => findAll((e) => e.name === name, parseDocument(html).children);

describe('a scratch build with SITE_URL and a fixture page', () => {
  let build: ScratchBuild;
  let dist = '';
  const html = (page: string) => readFileSync(join(dist, page), 'utf8');

  beforeAll(async () => {
    build = await scratchBuild(addFile('content/guide/99-fixture-links.mdx', FIXTURE), { env: { SITE_URL }, keep: true });
    dist = join(build.dir, 'dist');
  }, TIMEOUT);
  afterAll(() => build && removeCopy(build.dir));

  it('builds', () => {
    expect(build.code, build.output.slice(-2000)).toBe(0);
  });

  it('gives every page one canonical link, under SITE_URL, to itself', () => {
    const pages = listHtmlPages(dist);
    expect(pages.length).toBeGreaterThan(40);
    for (const page of pages) {
      const canonical = elements(html(page), 'link').filter((l) => getAttributeValue(l, 'rel') === 'canonical');
      expect(canonical, page).toHaveLength(1);
      const href = getAttributeValue(canonical[0]!, 'href') ?? '';
      expect(href, page).toMatch(new RegExp(`^${SITE_URL}/`));
      if (page !== '404.html') expect(href, page).toBe(`${SITE_URL}/${page.replace(/index\.html$/, '')}`);
    }
  });

  it('gives a Markdown link that leaves the site rel="noopener noreferrer", and no other link', () => {
    const links = elements(html('guide/fixture-links/index.html'), 'a').filter((a) =>
      ['the example page', 'the guide', 'us'].includes(textContent(a)),
    );
    expect(links.map((a) => [getAttributeValue(a, 'href'), getAttributeValue(a, 'rel') ?? null])).toEqual([
      ['https://example.org/page', 'noopener noreferrer'],
      ['/guide/', null],
      ['mailto:hello@example.org', null],
    ]);
  });

  it(
    'fails the search gate when the search runtime grows past its budget',
    () => {
      // Text gzip cannot shrink, in a comment: the runtime still works, it just costs more.
      appendFileSync(join(dist, 'pagefind', 'pagefind.js'), `\n/* ${incompressible(160 * 1024)} */\n`);
      const run = spawnSync(process.execPath, ['scripts/check-search.ts', '--root', build.dir], { encoding: 'utf8' });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(1);
      expect(run.stderr).toMatch(/Search budget exceeded: first query transferred \d+ B > \d+ B/);
    },
    TIMEOUT,
  );
});
