/**
 * The vocabulary behind forgiving search: every word a reader can find on
 * the built site (the indexed text of each page, `data-pagefind-body` minus
 * `data-pagefind-ignore` and the classes Pagefind skips, plus its keywords), most frequent first, written
 * to `dist/search-vocabulary.json`. The browser fetches it only when a query
 * finds nothing, and corrects the query to the closest real words
 * (src/lib/search/spelling.ts). Pagefind's own index files are not meant to be read,
 * hence this small file of our own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { load } from 'js-yaml';
import { listDist } from './dist-files.ts';
import { UNINDEXED_CLASSES } from './pagefind-index.ts';

/** Where the vocabulary is served from. */
export const VOCABULARY_FILE = 'search-vocabulary.json';

/** Elements whose text is never page text. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/** The text a reader can search on one page: indexed body text and (unless `keywords` is false) its keywords. */
export function searchableText(html: string, { keywords = true } = {}): string {
  const parts: string[] = [];
  // Stack of [inBody, ignored] per open element.
  const stack: { body: boolean; ignored: boolean }[] = [];
  const top = () => stack[stack.length - 1] ?? { body: false, ignored: false };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = top();
        const body = parent.body || 'data-pagefind-body' in attrs;
        const classes = (attrs['class'] ?? '').split(/\s+/);
        const ignored =
          parent.ignored || 'data-pagefind-ignore' in attrs || SKIPPED.has(name) || UNINDEXED_CLASSES.some((c) => classes.includes(c));
        stack.push({ body, ignored });
        if (keywords && attrs['data-keywords'] && /(^|,)\s*keywords\[data-keywords\]/.test(attrs['data-pagefind-meta'] ?? '')) {
          parts.push(` ${attrs['data-keywords']} `);
        }
      },
      ontext(text) {
        const { body, ignored } = top();
        if (body && !ignored) parts.push(text);
      },
      onclosetag() {
        stack.pop();
        parts.push(' ');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return parts.join('');
}

/** Words of 3 or more letters, lowercased; "don't" counts as "don" and "t" (dropped). */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length >= 3);
}

/** The vocabulary of some pages: each word once, most frequent first, ties in alphabetical order. */
export function buildVocabulary(pages: string[]): { version: 1; words: string[] } {
  const counts = new Map<string, number>();
  for (const html of pages) for (const w of words(searchableText(html))) counts.set(w, (counts.get(w) ?? 0) + 1);
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([w]) => w);
  return { version: 1, words: sorted };
}

/** Writes `dist/search-vocabulary.json` from every page in `dist`; returns the number of words. */
export function writeSearchVocabulary(dist: string): number {
  const pages = listDist(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(join(dist, f), 'utf8'));
  const vocabulary = buildVocabulary(pages);
  writeFileSync(join(dist, VOCABULARY_FILE), JSON.stringify(vocabulary));
  return vocabulary.words.length;
}

/** The reader's vocabulary for search, relative to the project. */
export const SEARCH_WORDS_FILE = 'content/search-words.yaml';

/** The stop words of the reader's vocabulary file (entries of `kind: stop`), each once, sorted; the build validates the file. */
export function readStopWords(file: string): string[] {
  const entries = load(readFileSync(file, 'utf8'));
  const words = Array.isArray(entries)
    ? entries.flatMap((e: { kind?: unknown; words?: unknown }) => (e?.kind === 'stop' && Array.isArray(e.words) ? e.words : []))
    : [];
  return [...new Set(words.filter((w): w is string => typeof w === 'string'))].sort();
}
