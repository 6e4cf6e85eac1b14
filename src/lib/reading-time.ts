/** Words a reader takes in per minute, a common figure for screen reading. */
const WORDS_PER_MINUTE = 200;

/**
 * Minutes to read an MDX source, at least 1. Counts words in the prose only:
 * frontmatter, import lines, tags and `{…}` expressions are dropped first.
 */
export function readingMinutes(source: string): number {
  const prose = source
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');
  const words = prose.match(/[\p{L}\p{N}’'-]+/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
