/**
 * The reader's vocabulary for search (`content/search-words.yaml`): the
 * checks a schema cannot make (every page exists, each word listed once, no
 * reader word that search would ignore as a stop word), and the keywords
 * each page gets from it. Pure: the build feeds it the entries.
 */
import { guideHref, tipHref } from './content-links';
import { where, type RuleEntry } from './content-rules';
import type { SearchWordsEntry } from './content-schemas';

/** The file the entries come from, named in messages when an entry lacks its path. */
export const SEARCH_WORDS_FILE = 'content/search-words.yaml';

/** What targets resolve against. */
export interface SearchWordsSite {
  /** Tip slugs by number. */
  tips: ReadonlyMap<number, string>;
  /** Guide section slugs, in any order. */
  guide: readonly string[];
  /** Site paths of the other pages ("/help/"). */
  pages: ReadonlySet<string>;
}

/** The site paths a target names; empty when it names nothing that exists. */
export function targetPaths(target: string, site: SearchWordsSite): string[] {
  if (target === 'tip:*') return [...site.tips.values()].map(tipHref);
  if (target === 'guide:*') return site.guide.map((slug) => guideHref(slug));
  const tip = /^tip:(\d+)$/.exec(target);
  if (tip) {
    const slug = site.tips.get(Number(tip[1]));
    return slug ? [tipHref(slug)] : [];
  }
  const guide = /^guide:([a-z0-9-]+)$/.exec(target);
  if (guide) return site.guide.includes(guide[1] ?? '') ? [guideHref(guide[1] ?? '')] : [];
  return site.pages.has(target) ? [target] : [];
}

/** Problems in the entries, one message each, naming the file, the entry and the field. */
export function checkSearchWords(entries: readonly RuleEntry<SearchWordsEntry>[], site: SearchWordsSite): string[] {
  const problems: string[] = [];
  const stop = new Map<string, string>();
  for (const e of entries) if (e.data.kind === 'stop') for (const w of e.data.words) stop.set(w, e.id);
  const firstEntry = new Map<string, string>();
  for (const e of entries) {
    if (e.data.kind !== 'reader') continue;
    const at = where(e, SEARCH_WORDS_FILE);
    for (const word of e.data.words) {
      const other = firstEntry.get(word);
      if (other) problems.push(`${at} → words: "${word}" is listed in entry "${other}" too; list each word once`);
      else firstEntry.set(word, e.id);
      const stopEntry = stop.get(word);
      if (stopEntry) problems.push(`${at} → words: "${word}" is a stop word (entry "${stopEntry}"), so search would ignore it`);
    }
    for (const target of e.data.pages) {
      if (targetPaths(target, site).length === 0) problems.push(`${at} → pages: "${target}" ${missing(target)}`);
    }
  }
  return problems;
}

/** Why a target names nothing. */
function missing(target: string): string {
  if (target.startsWith('tip:')) return `points to tip ${target.slice(4)}, which does not exist`;
  if (target.startsWith('guide:')) return `points to guide section "${target.slice(6)}", which does not exist`;
  return 'is not a page of the site (write its path with the trailing "/", e.g. "/help/")';
}

/** Reader words by site path, each page's words in file order. */
export function readerKeywords(entries: readonly RuleEntry<SearchWordsEntry>[], site: SearchWordsSite): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entries) {
    if (e.data.kind !== 'reader') continue;
    for (const path of e.data.pages.flatMap((t) => targetPaths(t, site))) {
      const list = out.get(path) ?? [];
      for (const w of e.data.words) if (!list.includes(w)) list.push(w);
      out.set(path, list);
    }
  }
  return out;
}
