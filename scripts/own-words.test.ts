/**
 * Own words: the site's text may share no run of 8 or more words with the two
 * source documents in ../shared/seeds/, except the quotes, myths and titles
 * allowed below. The seeds are not part of the repo, so a clone on its own
 * skips this check and says why.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RUN_LENGTH, shingles, sharedRuns, textPieces, words } from './lib/own-words';

const root = new URL('../', import.meta.url);
const seedDir = new URL('../../shared/seeds/', import.meta.url);
const hasSeeds = existsSync(seedDir);

/** The only text that may match the sources word for word, each with why. */
const ALLOWED: { text: string; reason: string }[] = [
  { text: 'The quality of your relationships determines the quality of your life.', reason: 'Esther Perel quote, attributed' },
  { text: 'You can’t really trust people you meet online.', reason: 'myth quoted in the guide' },
  { text: 'It’s not as good for your health as in-person relationships.', reason: 'myth quoted in the guide' },
  {
    text: 'Loneliness and social isolation as risk factors for mortality: a meta-analytic review',
    reason: 'reference title (Holt-Lunstad et al., 2015)',
  },
  {
    text: 'What’s the most exciting thing you’ve worked on lately?',
    reason: 'the guide’s own example question, offered as a message to send (content/messages.yaml)',
  },
  { text: 'Social relationships and health: A flashpoint for health policy', reason: 'reference title (Umberson & Karas Montez, 2010)' },
  {
    text: 'Nonverbal overload: A theoretical argument for the causes of Zoom fatigue',
    reason: 'reference title (Bailenson, 2021)',
  },
];

/** Files whose text readers see: content, plus page text written in code. */
function scannedFiles(): string[] {
  const under = (dir: string, ext: RegExp) =>
    readdirSync(new URL(dir, root), { recursive: true, encoding: 'utf8' })
      .filter((f) => ext.test(f))
      .map((f) => `${dir}${f}`);
  return [
    ...under('content/', /\.(mdx|ya?ml)$/),
    ...under('src/pages/', /\.astro$/),
    ...under('src/components/', /\.astro$/),
    ...under('src/islands/', /\.tsx$/),
  ].sort();
}

describe('the run finder', () => {
  const source = shingles(words('One two three four five six seven eight nine ten. Eleven twelve.'));

  it('reports the maximal shared run, however it is punctuated or cased', () => {
    const text = words('Zero ONE two, three four five six seven eight nine — eleven');
    expect(sharedRuns(text, source)).toEqual([{ start: 1, length: 9, text: 'one two three four five six seven eight nine' }]);
  });

  it('ignores runs shorter than 8 words and runs that are allowed', () => {
    expect(sharedRuns(words('one two three four five six seven, then eight'), source)).toEqual([]);
    const allowed = shingles(words('one two three four five six seven eight nine'));
    expect(sharedRuns(words('one two three four five six seven eight nine ten'), source, allowed)).toEqual([
      { start: 2, length: 8, text: 'three four five six seven eight nine ten' },
    ]);
  });

  it('treats curly and straight apostrophes alike and reads text out of markup and YAML', () => {
    expect(words(textPieces('a.astro', 'Don’t <Cite id="x" /> [say so](/guide/) **now**').join(' '))).toEqual([
      "don't",
      'say',
      'so',
      'now',
    ]);
    expect(textPieces('a.yaml', '- id: a\n  statement: Two words\n')).toEqual(['a', 'Two words']);
    const mdx = textPieces('a.mdx', '---\ntitle: T\n---\n\nBody <Callout title="Look here">x</Callout>');
    expect(mdx.map(words)).toEqual([['t'], ['body', 'look', 'here', 'x']]);
  });
});

describe.skipIf(!hasSeeds)(
  hasSeeds ? 'own words' : 'own words (skipped: ../shared/seeds not found; the seeds are not part of the repo)',
  () => {
    it(`shares no run of ${RUN_LENGTH}+ words with the sources outside the allow-list`, () => {
      const allowed = new Set(ALLOWED.flatMap((a) => [...shingles(words(a.text))]));
      const seeds = readdirSync(seedDir)
        .filter((f) => f.endsWith('.txt'))
        .map((name) => ({ name, shingles: shingles(words(readFileSync(new URL(name, seedDir), 'utf8'))) }));
      expect(seeds).toHaveLength(2);

      const found: string[] = [];
      for (const file of scannedFiles()) {
        for (const piece of textPieces(file, readFileSync(new URL(file, root), 'utf8'))) {
          for (const seed of seeds) {
            for (const run of sharedRuns(words(piece), seed.shingles, allowed)) {
              found.push(`${file}: ${run.length} words shared with ${seed.name}: "${run.text}"`);
            }
          }
        }
      }
      expect(found).toEqual([]);
    });

    it('allows only text that is still in the sources', () => {
      const seedWords = readdirSync(seedDir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => words(readFileSync(new URL(f, seedDir), 'utf8')).join(' '));
      for (const a of ALLOWED)
        expect(
          seedWords.some((s) => s.includes(words(a.text).join(' '))),
          a.text,
        ).toBe(true);
    });
  },
);

if (!hasSeeds) console.warn('own-words: skipped, ../shared/seeds/ not found (the seeds are not part of the repo)');
