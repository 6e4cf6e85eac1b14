/**
 * Synthetic tips for the scale benchmark: deterministic, valid against the
 * schemas and content rules, written only into a temporary copy of the
 * project (never into content/).
 */

// The bench runs on plain Node, which cannot resolve src/'s extensionless imports
// (src/lib/quiz/quiz.ts, src/data/content-schemas.ts), so this file imports nothing from src/.

/** The tip themes of src/data/content-schemas.ts (TIP_THEMES); ./synthetic-tips.test.ts keeps them equal. */
export const SYNTHETIC_THEMES = ['communication', 'empathy', 'respect', 'reliability', 'connection', 'growth'] as const;

/** A small deterministic generator of numbers in [0, 1) (mulberry32): the same seed, the same tips. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}

const WORDS = (
  'trust honest listen reply message call friend group share kind patient steady respect boundary ' +
  'privacy thanks gratitude humor laugh plan future goal support cheer celebrate apology mistake ' +
  'question curious video voice chat community forum hobby book game ritual weekly morning evening ' +
  'notice remember detail follow promise reliable open vulnerable feeling empathy understand'
).split(' ');

/** One synthetic tip as an MDX file: its file name and contents. */
export function syntheticTip(number: number, total: number, seed = 1): { name: string; body: string } {
  const random = seededRandom(seed * 100_003 + number);
  const word = () => WORDS[Math.floor(random() * WORDS.length)] as string;
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, word).join(' ');
    return words.charAt(0).toUpperCase() + words.slice(1) + '.';
  };
  const paragraph = () => Array.from({ length: 4 }, () => sentence(9 + Math.floor(random() * 8))).join(' ');
  // Related tips: the two before it (wrapping to the top), never itself.
  const related = [1, 2].map((k) => ((number - 1 - k + total) % total) + 1);
  const theme = SYNTHETIC_THEMES[number % SYNTHETIC_THEMES.length];
  const body = `---
number: ${number}
title: Synthetic tip ${number} about ${word()} and ${word()}
summary: ${sentence(12)}
theme: ${theme}
related: [${related.join(', ')}]
---

${paragraph()}

## ${sentence(4).replace('.', '')}

${paragraph()}

- ${sentence(8)}
- ${sentence(8)}
- ${sentence(8)}

## ${sentence(3).replace('.', '')}

${paragraph()}
`;
  return { name: `${String(number).padStart(4, '0')}-synthetic-tip-${number}.mdx`, body };
}
