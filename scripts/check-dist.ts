/**
 * Structure gates over the built site (run after `npm run build`):
 *   - every page is valid HTML (html-validate, .htmlvalidate.json; that config
 *     declares Astro's custom elements and allows the <style> Astro emits
 *     beside its first island, and checks ids by HTML5 rules, where
 *     "5-create-rituals" is a valid id);
 *   - every internal href and src resolves, and every #fragment exists;
 *   - nothing is loaded from a third party (HTML, CSS or JavaScript).
 * Fails with every problem listed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { anchorsOf, checkPageLinks, filePathToUrl } from './lib/dist-links.ts';
import { listFiles, routeOf } from './lib/dist-pages.ts';

const DIST = 'dist';
const ORIGIN = 'http://kindred.invalid';
/** Absolute URLs in bundled JavaScript that are identifiers, not requests. */
const JS_URL_ALLOWLIST = [/^http:\/\/www\.w3\.org\//];

const files = listFiles(DIST);
const pages = files
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({ file: f, route: f === '404.html' ? '/404/' : routeOf(f), html: readFileSync(join(DIST, f), 'utf8') }));
const routes = new Map(pages.map((p) => [p.route, anchorsOf(p.html)]));
const fileSet = new Set(files.map(filePathToUrl));
const problems: string[] = [];

// Internal links, fragments and third-party resources in HTML.
for (const page of pages) problems.push(...checkPageLinks(page, routes, fileSet, ORIGIN));

// Third-party requests from bundled JavaScript and CSS.
for (const f of files.filter((f) => /\.(js|css)$/.test(f) && !f.startsWith('pagefind/'))) {
  const text = readFileSync(join(DIST, f), 'utf8');
  for (const m of text.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>\\]*/gi)) {
    if (!JS_URL_ALLOWLIST.some((re) => re.test(m[0]))) problems.push(`${f}: refers to ${m[0]}`);
  }
}

// Valid HTML.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('text');
for (const page of pages) {
  const report = await validator.validateString(page.html, join(DIST, page.file));
  if (!report.valid) {
    problems.push(format(report.results).trim());
  }
}

if (problems.length) {
  console.error(`dist/ check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`dist/ check passed: ${pages.length} pages are valid HTML, every internal link and anchor resolves, nothing loads from a third party.`);
