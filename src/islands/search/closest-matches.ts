/**
 * Closest matches for a query of several words (see src/islands/search/search-runner.ts and
 * src/lib/search/closest.ts), loaded on demand: the first search that needs them loads this,
 * with the stop words inside.
 */
import { STOP_WORDS } from 'virtual:kindred/stop-words';
import { mayBeMisspelled, meaningfulWords, rankClosest, replaceWords } from '../../lib/search/closest';
import type { SearchHit, SearchSection } from '../../lib/search/search';
import { correctWord, hitsOf, searchPages, type PagefindResult } from './pagefind';
import type { SearchResultsData } from './search-runner';

/** The words search ignores here (content/search-words.yaml, bundled into this chunk by the Kindred integration). */
const stopWords: ReadonlySet<string> = new Set(STOP_WORDS);

/**
 * Closest matches for a query of several words (null when it has no word that isn't a stop
 * word): `full` are the results for every word as typed, already searched.
 */
export async function closestMatches(
  query: string,
  section: SearchSection | null,
  limit: number,
  full: { hits: SearchHit[]; results: PagefindResult[] },
  wanted: () => boolean,
): Promise<SearchResultsData | null> {
  const words = meaningfulWords(query, stopWords);
  if (!words.length) return null;
  const found = await Promise.all(words.map((w) => searchPages(w, section)));
  // Pagefind leaves out a word its index lacks, so the full query's pages may not have every word.
  const fullIds = found.every((r) => r.length > 0) ? full.results.map((r) => r.id) : [];
  // A word that finds nothing, or only weak stray matches, may be misspelled: if it is no word of
  // the site's (the vocabulary loads only then), search its closest real word instead.
  const corrections = new Map<string, string>();
  await Promise.all(
    words.map(async (word, i) => {
      if (!mayBeMisspelled(word, found[i] ?? [])) return;
      const fix = await correctWord(word);
      const results = fix ? await searchPages(fix, section) : [];
      if (!fix || !results.length) return;
      corrections.set(word, fix);
      found[i] = results;
    }),
  );
  if (!wanted()) return null;
  const used = words.map((w) => corrections.get(w) ?? w);
  const byWord = new Map(used.map((w, i) => [w, found[i] ?? []]));
  const ranked = rankClosest(used, byWord, corrections.size ? [] : fullIds);
  // Each shown page's excerpt comes from a search for the words it matches, so all of them are marked.
  const joint = new Map<string, Promise<PagefindResult[]>>();
  const hits = await Promise.all(
    ranked.slice(0, limit).map(async (page, i): Promise<SearchHit> => {
      const shown = full.hits[i];
      if (shown && full.results[i]?.id === page.id && fullIds.includes(page.id) && !corrections.size) return shown;
      const key = page.words.join(' ');
      if (!joint.has(key)) joint.set(key, page.words.length > 1 ? searchPages(key, section) : Promise.resolve(byWord.get(key) ?? []));
      const result =
        (await joint.get(key))?.find((r) => r.id === page.id) ??
        page.words.flatMap((w) => byWord.get(w) ?? []).find((r) => r.id === page.id);
      const [hit] = await hitsOf(result ? [result] : []);
      if (!hit) throw new Error(`no result for page ${page.id}`);
      return page.full ? hit : { ...hit, matched: page.words };
    }),
  );
  const fullCount = ranked.filter((p) => p.full).length;
  return {
    hits,
    total: ranked.length,
    ...(fullCount < ranked.length ? { closest: { full: fullCount } } : {}),
    ...(corrections.size ? { correctedTo: replaceWords(query, corrections) } : {}),
  };
}
