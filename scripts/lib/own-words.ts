/**
 * The "own words" check: finds runs of 8 or more consecutive words that a
 * page shares with the source documents, so copied phrasing can't creep back.
 * Text is compared as lowercase words; punctuation, markup and YAML keys drop
 * out, and curly apostrophes count as straight ones.
 */
import { load } from 'js-yaml';

/** How many consecutive shared words make a run worth reporting. */
export const RUN_LENGTH = 8;

/** A run of words a text shares with a source: where it starts, how long it is, and its words. */
export interface SharedRun {
  start: number;
  length: number;
  text: string;
}

/** The text split into lowercase words; curly and straight apostrophes are the same. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[‘’ʼ]/g, "'")
      .match(/[a-z0-9]+(?:'[a-z0-9]+)*/g) ?? []
  );
}

/** Every run of `n` consecutive words, joined by spaces. */
export function shingles(list: readonly string[], n = RUN_LENGTH): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= list.length; i++) out.add(list.slice(i, i + n).join(' '));
  return out;
}

/**
 * The maximal runs of `n` or more words in `list` whose every `n`-word window
 * is in `source` and not in `allowed`.
 */
export function sharedRuns(
  list: readonly string[],
  source: ReadonlySet<string>,
  allowed: ReadonlySet<string> = new Set(),
  n = RUN_LENGTH,
): SharedRun[] {
  const runs: SharedRun[] = [];
  let first = -1;
  for (let i = 0; i + n <= list.length + 1; i++) {
    const window = i + n <= list.length ? list.slice(i, i + n).join(' ') : '';
    const hit = source.has(window) && !allowed.has(window);
    if (hit && first < 0) first = i;
    if (!hit && first >= 0) {
      const length = i - 1 - first + n;
      runs.push({ start: first, length, text: list.slice(first, first + length).join(' ') });
      first = -1;
    }
  }
  return runs;
}

/** Markup and MDX syntax replaced by spaces; prose-like attribute values (with a space) are kept. */
function stripMarkup(text: string): string {
  return text
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, (tag) => ` ${(tag.match(/"[^"]* [^"]*"/g) ?? []).join(' ')} `);
}

/** Every string in a parsed YAML value, each its own piece of text. */
function yamlStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(yamlStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(yamlStrings);
  return [];
}

/**
 * The pieces of reader-facing text in a file, by its extension: each YAML
 * string on its own (front matter included), an MDX body or a code file as one
 * piece with its markup stripped.
 */
export function textPieces(path: string, source: string): string[] {
  if (/\.ya?ml$/.test(path)) return yamlStrings(load(source));
  if (path.endsWith('.mdx')) {
    const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
    const body = front ? source.slice(front[0].length) : source;
    return [...(front ? yamlStrings(load(front[1] ?? '')) : []), stripMarkup(body)];
  }
  return [stripMarkup(source)];
}
