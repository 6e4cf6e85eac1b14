/**
 * The post-build steps that shape what hosts send (integrations/): the
 * Cache-Control rules written
 * from dist/'s files, the check that applies `_headers` the way Netlify and
 * Cloudflare Pages do, and the content of public/_headers itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cacheRules,
  checkHeaders,
  formatRules,
  headersAt,
  IMMUTABLE,
  isHashedName,
  parseHeaders,
  REVALIDATE,
  urlsOf,
} from './cache-rules.ts';
import { CACHE_PLACEHOLDER, CSP_PLACEHOLDER, fillHeaders, mergedPolicy } from './headers.ts';

describe('isHashedName', () => {
  it.each([
    ['_astro/Quiz.D4oM-763.js', true],
    ['_astro/SiteHeader.astro_astro_type_script_index_0_lang.Df0UEJH2.js', true],
    ['_astro/client.DKdB-SIp.js', true],
    ['pagefind/fragment/en_1ba7d6f.pf_fragment', true],
    ['pagefind/index/en_8c2161b.pf_index', true],
    ['pagefind/filter/en_f6b9633.pf_filter', true],
    ['pagefind/pagefind.en_5820229c72.pf_meta', true],
    ['pagefind/pagefind.js', false],
    ['pagefind/pagefind-entry.json', false],
    ['pagefind/pagefind-worker.js', false],
    ['pagefind/wasm.en.pagefind', false],
    ['pagefind/wasm.unknown.pagefind', false],
    ['pagefind/pagefind-ui.css', false],
    ['sw.js', false],
    ['manifest.webmanifest', false],
    ['icons/icon-512.png', false],
    ['og/guide.faqs.png', false],
    ['og/tips.listening.png', false],
    ['data.20260101.json', false],
    ['favicon.svg', false],
  ])('%s → %s', (path, hashed) => {
    expect(isHashedName(path)).toBe(hashed);
  });
});

/** A dist/ as it is today plus what later issues add: service worker, manifest, icons, share images. */
const FILES = [
  '_headers',
  '404.html',
  'index.html',
  'favicon.svg',
  'robots.txt',
  'sw.js',
  'manifest.webmanifest',
  'icons/icon-192.png',
  'icons/icon-512.png',
  'og/home.png',
  'og/tips/listen.png',
  'guide/faqs/index.html',
  'tips/listen/index.html',
  '_astro/Quiz.D4oM-763.js',
  '_astro/client.DKdB-SIp.js',
  'pagefind/fragment/en_1ba7d6f.pf_fragment',
  'pagefind/index/en_8c2161b.pf_index',
  'pagefind/filter/en_f6b9633.pf_filter',
  'pagefind/pagefind.en_5820229c72.pf_meta',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.en.pagefind',
];

const TEMPLATE = readFileSync('public/_headers', 'utf8');
const filled = (files: readonly string[]) => fillHeaders(TEMPLATE, "default-src 'self'; frame-ancestors 'none'", files);

describe('cacheRules', () => {
  it('caches hashed folders with one wildcard and gives unhashed files beside hashed ones exact paths', () => {
    expect(formatRules(cacheRules(FILES))).toBe(
      [
        ['/_astro/*', IMMUTABLE],
        ['/favicon.svg', REVALIDATE],
        ['/icons/*', REVALIDATE],
        ['/manifest.webmanifest', REVALIDATE],
        ['/og/*', REVALIDATE],
        ['/pagefind/filter/*', IMMUTABLE],
        ['/pagefind/fragment/*', IMMUTABLE],
        ['/pagefind/index/*', IMMUTABLE],
        ['/pagefind/pagefind-entry.json', REVALIDATE],
        ['/pagefind/pagefind-worker.js', REVALIDATE],
        ['/pagefind/pagefind.en_5820229c72.pf_meta', IMMUTABLE],
        ['/pagefind/pagefind.js', REVALIDATE],
        ['/pagefind/wasm.en.pagefind', REVALIDATE],
        ['/robots.txt', REVALIDATE],
        ['/sw.js', REVALIDATE],
      ]
        .map(([path, value]) => `${path}\n  Cache-Control: ${value}`)
        .join('\n'),
    );
  });

  it('never covers HTML with an immutable rule', () => {
    const rules = cacheRules(['_astro/a.D4oM-763.js', '_astro/page/index.html']);
    expect(rules.map((r) => r.path)).toEqual(['/_astro/a.D4oM-763.js']);
  });
});

describe('checkHeaders (applies _headers as Netlify and Cloudflare Pages do)', () => {
  it('passes the filled public/_headers for every file, including those later issues add', () => {
    expect(checkHeaders(filled(FILES), FILES)).toEqual([]);
  });

  it('catches the overlapping rules the file used to have: Pagefind entry files got two Cache-Control values', () => {
    const old = [
      '/*',
      "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
      '  Strict-Transport-Security: max-age=31536000',
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: no-referrer',
      '/_astro/*',
      `  Cache-Control: ${IMMUTABLE}`,
      '/pagefind/*',
      `  Cache-Control: ${IMMUTABLE}`,
      '/pagefind/pagefind.js',
      `  Cache-Control: ${REVALIDATE}`,
    ].join('\n');
    const problems = checkHeaders(old, ['_astro/a.D4oM-763.js', 'pagefind/pagefind.js', 'pagefind/wasm.en.pagefind', 'robots.txt']);
    expect(problems).toEqual([
      `/pagefind/pagefind.js: cache-control is set 2 times ("${IMMUTABLE}", "${REVALIDATE}"); hosts join them with commas`,
      `/pagefind/pagefind.js: "${IMMUTABLE}, ${REVALIDATE}" caches a file whose name has no hash`,
      `/pagefind/pagefind.js: an unhashed file must revalidate, but gets "${IMMUTABLE}, ${REVALIDATE}"`,
      `/pagefind/wasm.en.pagefind: "${IMMUTABLE}" caches a file whose name has no hash`,
      `/pagefind/wasm.en.pagefind: an unhashed file must revalidate, but gets "${IMMUTABLE}"`,
      '/robots.txt: an unhashed file must revalidate, but gets "the host default"',
    ]);
  });

  it('refuses paths Netlify misreads and files over Cloudflare limits', () => {
    const base = filled(['index.html']);
    expect(checkHeaders(`${base}\n/pagefind/*.js\n  Cache-Control: ${REVALIDATE}`, ['index.html'])).toContain(
      '_headers rule "/pagefind/*.js": Netlify accepts "*" only at the end of a path',
    );
    const many = Array.from({ length: 100 }, (_, i) => `/f${i}.txt\n  Cache-Control: ${REVALIDATE}`).join('\n');
    expect(checkHeaders(`${base}\n${many}`, ['index.html'])).toContain('_headers has 101 rules; Cloudflare Pages reads at most 100');
    expect(checkHeaders(`${base}\n/x\n  X-Long: ${'a'.repeat(2000)}`, ['index.html'])[0]).toMatch(/^_headers line \d+ has 2010 characters/);
  });

  it('requires the security headers on every response', () => {
    const bare = `/_astro/*\n  Cache-Control: ${IMMUTABLE}`;
    expect(checkHeaders(bare, ['_astro/a.D4oM-763.js'])).toEqual([
      '/_astro/a.D4oM-763.js: no content-security-policy header',
      '/_astro/a.D4oM-763.js: no x-content-type-options header',
      '/_astro/a.D4oM-763.js: no strict-transport-security header',
      '/_astro/a.D4oM-763.js: no referrer-policy header',
    ]);
  });

  it('serves pages at their folder URL and their file name', () => {
    expect(urlsOf('index.html')).toEqual(['/', '/index.html']);
    expect(urlsOf('guide/faqs/index.html')).toEqual(['/guide/faqs/', '/guide/faqs/index.html']);
    expect(urlsOf('404.html')).toEqual(['/404.html', '/404']);
    expect(headersAt(parseHeaders(filled(FILES)), '/guide/faqs/').get('cache-control')).toBeUndefined();
  });
});

describe('public/_headers', () => {
  it('has the placeholders the build fills', () => {
    expect(TEMPLATE).toContain(CSP_PLACEHOLDER);
    expect(TEMPLATE).toContain(CACHE_PLACEHOLDER);
  });

  it('sends the CSP with frame-ancestors, nosniff, HSTS, a referrer policy and cache rules', () => {
    const policy = mergedPolicy([
      { file: 'a.html', html: `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a='">` },
      { file: 'b.html', html: `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-b='">` },
    ]);
    const text = fillHeaders(TEMPLATE, policy, FILES);
    const all = headersAt(parseHeaders(text), '/pagefind/pagefind.js');
    expect(all.get('content-security-policy')).toEqual([
      "default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; frame-ancestors 'none'",
    ]);
    expect(all.get('x-content-type-options')).toEqual(['nosniff']);
    expect(all.get('strict-transport-security')).toEqual(['max-age=31536000; includeSubDomains']);
    expect(all.get('referrer-policy')).toEqual(['strict-origin-when-cross-origin']);
    expect(all.get('cache-control')).toEqual([REVALIDATE]);
    expect(headersAt(parseHeaders(text), '/_astro/Quiz.D4oM-763.js').get('cache-control')).toEqual([IMMUTABLE]);
    expect(text).not.toContain('@');
  });

  it('sets no Cache-Control by hand, so no generated rule can double it', () => {
    expect(
      parseHeaders(TEMPLATE.replace(CSP_PLACEHOLDER, 'Content-Security-Policy: x')).flatMap((r) => r.headers.map(([n]) => n.toLowerCase())),
    ).not.toContain('cache-control');
  });
});
