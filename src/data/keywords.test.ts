import { describe, expect, it } from 'vitest';
import { guideSchema, keywordsSchema, tipSchema } from './content-schemas';

const tip = { number: 1, title: 'Be open', summary: 'A summary of at least twenty characters.', theme: 'empathy', related: [2, 3] };
const guide = { title: 'Introduction', description: 'A description of at least twenty characters.', order: 1 };

describe('keywords', () => {
  it('accepts lowercase words and short phrases, and defaults to none', () => {
    expect(keywordsSchema.parse(['sorry', 'zoom fatigue', 'left on read', 'long-distance'])).toEqual([
      'sorry',
      'zoom fatigue',
      'left on read',
      'long-distance',
    ]);
    expect(tipSchema.parse(tip).keywords).toEqual([]);
    expect(guideSchema.parse(guide).keywords).toEqual([]);
    expect(tipSchema.parse({ ...tip, keywords: ['ghosting'] }).keywords).toEqual(['ghosting']);
    expect(guideSchema.parse({ ...guide, keywords: ['lonely'] }).keywords).toEqual(['lonely']);
  });
  it.each([
    [['Sorry'], 'lowercase'],
    [['sorry!'], 'lowercase'],
    [['two  spaces'], 'lowercase'],
    [[' sorry'], 'lowercase'],
    [['one two three four'], 'up to 3 words'],
    [[''], 'lowercase'],
    [['a'.repeat(31)], '30 characters'],
    [['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'], 'at most 8'],
    [['sorry', 'sorry'], 'once'],
  ])('refuses %j, saying %s', (keywords, message) => {
    const result = tipSchema.safeParse({ ...tip, keywords });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toContain(message);
  });
  it('accepts exactly 8 keywords and 30 characters', () => {
    expect(keywordsSchema.safeParse(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']).success).toBe(true);
    expect(keywordsSchema.safeParse(['a'.repeat(30)]).success).toBe(true);
  });
});
