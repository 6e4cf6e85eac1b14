import { describe, expect, it } from 'vitest';
import { searchWordsSchema, type SearchWordsEntry } from './content-schemas';
import type { RuleEntry } from './content-rules';
import { checkSearchWords, readerKeywords, targetPaths, type SearchWordsSite } from './search-words';

const site: SearchWordsSite = {
  tips: new Map([
    [1, 'be-open'],
    [2, 'show-empathy'],
  ]),
  guide: ['faqs', 'intro'],
  pages: new Set(['/help/', '/quiz/']),
};
const entry = (id: string, data: SearchWordsEntry): RuleEntry<SearchWordsEntry> => ({ id, filePath: 'content/search-words.yaml', data });
const reader = (id: string, words: string[], pages: string[]) => entry(id, { kind: 'reader', words, pages });
const stop = (words: string[]) => entry('stop-words', { kind: 'stop', words });

describe('targetPaths', () => {
  it('resolves tips, guide sections, every tip or section, and site paths', () => {
    expect(targetPaths('tip:2', site)).toEqual(['/tips/show-empathy/']);
    expect(targetPaths('tip:*', site)).toEqual(['/tips/be-open/', '/tips/show-empathy/']);
    expect(targetPaths('guide:faqs', site)).toEqual(['/guide/faqs/']);
    expect(targetPaths('guide:*', site)).toEqual(['/guide/faqs/', '/guide/intro/']);
    expect(targetPaths('/help/', site)).toEqual(['/help/']);
  });
  it('resolves a missing target to nothing', () => {
    expect(targetPaths('tip:3', site)).toEqual([]);
    expect(targetPaths('guide:nope', site)).toEqual([]);
    expect(targetPaths('/nope/', site)).toEqual([]);
  });
});

describe('checkSearchWords', () => {
  it('accepts a clean vocabulary', () => {
    expect(checkSearchWords([stop(['how']), reader('a', ['sorry'], ['tip:1', '/help/'])], site)).toEqual([]);
  });
  it('names the file, entry and field of a page that does not exist', () => {
    expect(checkSearchWords([reader('a', ['sorry'], ['tip:42', 'guide:nope', '/nope/'])], site)).toEqual([
      'content/search-words.yaml (entry "a") → pages: "tip:42" points to tip 42, which does not exist',
      'content/search-words.yaml (entry "a") → pages: "guide:nope" points to guide section "nope", which does not exist',
      'content/search-words.yaml (entry "a") → pages: "/nope/" is not a page of the site (write its path with the trailing "/", e.g. "/help/")',
    ]);
  });
  it('refuses a word listed in two entries, and a reader word that is a stop word', () => {
    expect(checkSearchWords([stop(['how']), reader('a', ['sorry'], ['tip:1']), reader('b', ['sorry', 'how'], ['tip:2'])], site)).toEqual([
      'content/search-words.yaml (entry "b") → words: "sorry" is listed in entry "a" too; list each word once',
      'content/search-words.yaml (entry "b") → words: "how" is a stop word (entry "stop-words"), so search would ignore it',
    ]);
  });
});

describe('readerKeywords', () => {
  it('gives each page the words of every entry that names it, once each', () => {
    const words = readerKeywords([reader('a', ['sorry', 'apology'], ['tip:1']), reader('b', ['friend'], ['tip:*'])], site);
    expect(words.get('/tips/be-open/')).toEqual(['sorry', 'apology', 'friend']);
    expect(words.get('/tips/show-empathy/')).toEqual(['friend']);
    expect(words.get('/help/')).toBeUndefined();
  });
});

describe('searchWordsSchema', () => {
  it('accepts reader words and stop words', () => {
    expect(searchWordsSchema.parse({ kind: 'reader', words: ['screen time'], pages: ['guide:*', '/help/'] }).kind).toBe('reader');
    expect(searchWordsSchema.parse({ kind: 'stop', words: ['dont'] }).kind).toBe('stop');
  });
  it.each([
    [{ kind: 'reader', words: ['Sorry'], pages: ['tip:1'] }, 'lowercase letters'],
    [{ kind: 'reader', words: [], pages: ['tip:1'] }, 'at least one word'],
    [{ kind: 'reader', words: ['a'], pages: ['guide:faqs#intro'] }, 'no "#anchor"'],
    [{ kind: 'reader', words: ['a'], pages: ['/help'] }, 'site path'],
    [{ kind: 'reader', words: ['a', 'a'], pages: ['tip:1'] }, 'each word once'],
    [{ kind: 'stop', words: ["don't"] }, 'without apostrophes'],
    [{ kind: 'other', words: ['a'] }, 'kind must be "reader" or "stop"'],
  ])('refuses %j, saying %s', (value, message) => {
    const result = searchWordsSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(' ')).toContain(message);
  });
});
