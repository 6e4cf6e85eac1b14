/**
 * Forgiving search: the closest real words for a misspelled query, from the
 * site's vocabulary (built from the pages' text and keywords at build time by
 * integrations/search-vocabulary.ts, loaded only when a search finds
 * nothing). Pure: no DOM, no network.
 */

/** The site's words, most frequent first; a word's index is its rank. */
export type Vocabulary = ReadonlyMap<string, number>;

/** The longest vocabulary accepted (the real one is a few thousand words). */
export const MAX_VOCABULARY_WORDS = 50_000;

/**
 * Decodes the vocabulary file: `{ "version": 1, "words": ["trust", …] }`.
 * Anything else (a damaged or foreign file) gives an empty vocabulary, so
 * search simply offers no correction.
 */
export function decodeVocabulary(json: unknown): Vocabulary {
  const words = (json as { version?: unknown; words?: unknown } | null)?.words;
  if ((json as { version?: unknown } | null)?.version !== 1 || !Array.isArray(words)) return new Map();
  const out = new Map<string, number>();
  for (const w of words.slice(0, MAX_VOCABULARY_WORDS)) {
    if (typeof w === 'string' && /^[a-z]+$/.test(w) && !out.has(w)) out.set(w, out.size);
  }
  return out;
}

/**
 * Edit distance between two words, counting a swap of two neighbouring
 * letters as one edit ("emapthy" → "empathy" is 1). Stops early and returns
 * `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many edits a word of this length may be away from its correction: none under 4 letters. */
export const allowedEdits = (length: number): number => (length < 4 ? 0 : length < 7 ? 1 : 2);

/**
 * The closest vocabulary word to `word`, or null when it is already a word
 * (or too short, or nothing is close). Fewest edits win; among equals, the
 * more frequent word.
 */
export function closestWord(word: string, vocabulary: Vocabulary): string | null {
  const max = allowedEdits(word.length);
  if (max === 0 || vocabulary.has(word)) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const candidate of vocabulary.keys()) {
    // Keys iterate by rank, so the first word at a distance is the most frequent one.
    const d = editDistance(word, candidate, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** A word without a common ending ("fighting", "fights" → "fight"), for comparing forms. */
const stem = (word: string) => word.replace(/(?:ing|ers|er|ed|es|s|ly|e)$/, '');

/**
 * Whether a word may be the site's, as search matches it: in the vocabulary, the start of a
 * word in it ("listen" of "listening"), or another form of one ("fighting" of "fights"),
 * since search finds a word's other forms.
 */
export function isKnownWord(word: string, vocabulary: Vocabulary): boolean {
  if (vocabulary.has(word)) return true;
  const base = stem(word);
  for (const v of vocabulary.keys()) if (v.startsWith(word) || (base.length >= 3 && stem(v) === base)) return true;
  return false;
}

/**
 * The query with each misspelled word replaced by its closest real word, or
 * null when nothing changes. Quoted phrases and other punctuation are kept.
 */
export function correctQuery(query: string, vocabulary: Vocabulary): string | null {
  let changed = false;
  const out = query.replace(/[A-Za-z]+/g, (word) => {
    const fix = closestWord(word.toLowerCase(), vocabulary);
    if (!fix) return word;
    changed = true;
    return fix;
  });
  return changed ? out : null;
}
