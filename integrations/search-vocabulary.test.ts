import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildVocabulary, readStopWords, searchableText, VOCABULARY_FILE, words, writeSearchVocabulary } from './search-vocabulary.ts';

const page = (body: string, outside = '') =>
  `<!doctype html><html><head><title>Head title</title><script>var secret = 1</script></head><body><header>Menu words</header>${outside}<main data-pagefind-body>${body}</main></body></html>`;

describe('searchableText', () => {
  it('keeps only the indexed body, without ignored parts, scripts or styles', () => {
    const text = searchableText(
      page(
        '<h1>Show empathy</h1><p>Care &amp; listen<br>well</p><nav data-pagefind-ignore="all"><a>Sidebar link</a></nav><script>hidden()</script><style>.x{}</style><section class="x print-only"><p>Cited</p></section><p class="print-onlyish">Last</p>',
      ),
    );
    expect(words(text)).toEqual(['show', 'empathy', 'care', 'listen', 'well', 'last']);
  });
  it('adds the keywords given as Pagefind metadata, and no other attribute', () => {
    const text = searchableText(
      page(
        '<article data-pagefind-meta="keywords[data-keywords]" data-keywords="sorry, making amends" title="tooltip"><p>Apologize</p></article><p data-keywords="stray">x</p>',
      ),
    );
    expect(words(text)).toEqual(['sorry', 'making', 'amends', 'apologize']);
  });
  it('finds nothing on a page without an indexed body', () => {
    expect(words(searchableText('<html><body><p>Not indexed</p></body></html>'))).toEqual([]);
  });
});

describe('words', () => {
  it('lowercases and keeps words of 3 or more letters', () => {
    expect(words("Don't GIVE up, it's OK to ask: 7 days")).toEqual(['don', 'give', 'ask', 'days']);
  });
});

describe('buildVocabulary', () => {
  it('lists each word once, most frequent first, ties alphabetically', () => {
    expect(buildVocabulary([page('<p>trust care trust</p>'), page('<p>bond trust care</p>')])).toEqual({
      version: 1,
      words: ['trust', 'care', 'bond'],
    });
  });
});

describe('writeSearchVocabulary', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  it('reads every page under dist and writes the JSON file', () => {
    dir = mkdtempSync(join(tmpdir(), 'vocab-'));
    mkdirSync(join(dir, 'tips/a'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), page('<p>Welcome welcome</p>'));
    writeFileSync(join(dir, 'tips/a/index.html'), page('<p>Empathy</p>'));
    writeFileSync(join(dir, 'style.css'), 'body { color: red }');
    expect(writeSearchVocabulary(dir)).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, VOCABULARY_FILE), 'utf8'))).toEqual({ version: 1, words: ['welcome', 'empathy'] });
  });
});

describe('readStopWords', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  it('reads the words of every stop entry, once each, sorted', () => {
    dir = mkdtempSync(join(tmpdir(), 'stop-'));
    const file = join(dir, 'search-words.yaml');
    writeFileSync(
      file,
      '- id: s\n  kind: stop\n  words: [my, how]\n- id: r\n  kind: reader\n  words: [sorry]\n  pages: [tip:1]\n- id: t\n  kind: stop\n  words: [a, how]\n',
    );
    expect(readStopWords(file)).toEqual(['a', 'how', 'my']);
    writeFileSync(file, 'not: a list\n');
    expect(readStopWords(file)).toEqual([]);
  });
});
