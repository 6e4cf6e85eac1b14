/**
 * Builds a copy of the project (scripts/lib/build-copy.ts) and checks what
 * only a real build shows: every file in dist/ gets its headers the way
 * Netlify and Cloudflare Pages would apply dist/_headers, every page carries
 * its CSP <meta> before anything it governs, and broken YAML fails the build
 * even when an earlier build's content cache exists. Two builds, ~30 s.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersAt, isHashedName, parseHeaders, urlsOf } from '../integrations/cache-rules.ts';
import { cspMetaProblems } from '../integrations/csp-meta.ts';
import { listDist } from '../integrations/dist-files.ts';
import { astroBuild, copyProject, removeCopy, type BuildResult } from './lib/build-copy.ts';

const BUILD_TIMEOUT = 180_000;

describe('a build of a copy of the project', () => {
  let copy = '';
  let first: BuildResult;
  let dist = '';

  beforeAll(async () => {
    copy = copyProject(process.cwd());
    dist = join(copy, 'dist');
    first = await astroBuild(copy);
  }, BUILD_TIMEOUT);

  afterAll(() => removeCopy(copy));

  it('succeeds', () => {
    expect(first.code, first.output.slice(-3000)).toBe(0);
  });

  it('gives every file in dist/ one value per header, long caching only for hashed names and revalidation for unhashed ones', () => {
    const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
    const files = listDist(dist).filter((f) => f !== '_headers');
    expect(files.length).toBeGreaterThan(50);
    for (const rule of rules) expect(rule.path.slice(0, -1), `Netlify reads "*" only at the end: ${rule.path}`).not.toContain('*');
    const seen = { hashed: 0, unhashedPagefind: 0 };
    for (const file of files) {
      for (const url of urlsOf(file)) {
        const headers = headersAt(rules, url);
        for (const [name, values] of headers) expect(values, `${url} ${name}`).toHaveLength(1);
        expect(headers.get('content-security-policy')?.[0], url).toContain("frame-ancestors 'none'");
        expect(headers.get('x-content-type-options'), url).toEqual(['nosniff']);
        expect(headers.get('strict-transport-security')?.[0], url).toMatch(/^max-age=\d{8,}/);
        const cache = headers.get('cache-control')?.[0] ?? '';
        if (!isHashedName(file)) expect(cache, `${url} has no hash`).not.toMatch(/immutable|max-age=[1-9]/);
        if (isHashedName(file)) {
          seen.hashed++;
          expect(cache, url).toBe('public, max-age=31536000, immutable');
        }
        if (file.startsWith('pagefind/') && !isHashedName(file)) {
          seen.unhashedPagefind++;
          expect(cache, url).toMatch(/max-age=0\b.*must-revalidate/);
        }
      }
    }
    // Pagefind's entry files are the ones a stale cache would break.
    for (const f of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind-worker.js', 'pagefind/wasm.en.pagefind']) {
      expect(files).toContain(f);
      expect(isHashedName(f), f).toBe(false);
    }
    expect(seen.hashed).toBeGreaterThan(20);
    expect(seen.unhashedPagefind).toBeGreaterThanOrEqual(4);
  });

  it('puts the CSP <meta> right after <meta charset>, within the first 1,024 bytes, before <title>, scripts and styles', () => {
    const pages = listDist(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    const problems = pages.flatMap((page) => cspMetaProblems(readFileSync(join(dist, page), 'utf8'), page));
    expect(problems).toEqual([]);
  });

  it(
    'fails on broken YAML with the file, line and column even when the content cache is warm',
    async () => {
      expect(first.code).toBe(0);
      expect(existsSync(join(copy, 'node_modules', '.astro', 'data-store.json')), 'a content cache from the first build').toBe(true);
      const quiz = join(copy, 'content', 'quiz.yaml');
      const lines = readFileSync(quiz, 'utf8').split('\n');
      const at = lines.findIndex((l) => /^\s+verdict:/.test(l));
      lines[at] = lines[at]!.replace(/verdict: (\w+)/, 'verdict: [$1');
      writeFileSync(quiz, lines.join('\n'));
      const broken = await astroBuild(copy);
      expect(broken.code).not.toBe(0);
      // js-yaml notices the unclosed list at the start of the next key.
      expect(broken.output).toContain(`content/quiz.yaml:${at + 2}:3: invalid YAML: missed comma between flow collection entries`);
    },
    BUILD_TIMEOUT,
  );
});
