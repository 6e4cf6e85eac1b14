/**
 * Synthetic tips for the scale benchmark: deterministic, valid against the
 * schemas and content rules, written only into a temporary copy of the
 * project (never into content/).
 */
import { seededRandom } from '../../src/lib/quiz-moves.ts';
import { TIP_THEMES } from '../../src/data/content-schemas.ts';

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
  const theme = TIP_THEMES[number % TIP_THEMES.length];
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
