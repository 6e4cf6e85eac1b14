import { describe, expect, it } from 'vitest';
import { CONFIDENCE_CHOICES, DEFAULT_CONFIDENCE, type QuizItem } from './quiz';
import { groupMisses, missesOf, mostMissedPage } from './review';

const item = (id: string, verdict: 'myth' | 'truth', href = `/tips/${id}/`): QuizItem => ({
  id,
  statement: `Statement ${id}`,
  verdict,
  explanation: `Why ${id}`,
  href,
  linkLabel: `Label ${href}`,
});
const items = [
  item('a', 'myth', '/guide/one/#x'),
  item('b', 'truth', '/guide/two/'),
  item('c', 'myth', '/guide/one/#y'),
  item('d', 'truth', '/guide/two/#z'),
];

describe('missesOf', () => {
  it('keeps wrong answers in asked order, with their confidence or the default', () => {
    const misses = missesOf(['d', 'a', 'b', 'c'], ['myth', 'truth', 'truth', 'truth'], items, { a: 'sure' });
    expect(misses.map((m) => [m.item.id, m.given, m.confidence])).toEqual([
      ['d', 'myth', 'think'],
      ['a', 'truth', 'sure'],
      ['c', 'truth', 'think'],
    ]);
  });
  it('skips unknown ids and unanswered statements', () => {
    expect(missesOf(['zz', 'a', 'b'], ['truth', 'myth'], items, {})).toEqual([]);
    expect(missesOf(['zz', 'a'], ['truth', 'truth'], items, {})).toHaveLength(1);
  });
});

describe('groupMisses', () => {
  it('puts the sure ones first and leaves out empty groups', () => {
    const misses = missesOf(['a', 'b', 'c', 'd'], ['truth', 'myth', 'truth', 'myth'], items, { b: 'guess', c: 'sure' });
    const groups = groupMisses(misses);
    expect(groups.map((g) => g.confidence)).toEqual(['sure', 'think', 'guess']);
    expect(groups.map((g) => g.misses.map((m) => m.item.id))).toEqual([['c'], ['a', 'd'], ['b']]);
    expect(groups.map((g) => g.heading)).toEqual([
      "You were sure about these, and they're worth a second look",
      'You thought so, but these went the other way',
      'You guessed on these: now you know',
    ]);
    expect(groupMisses(misses.filter((m) => m.item.id === 'b')).map((g) => g.confidence)).toEqual(['guess']);
  });
  it('offers Sure, Think so and Guessing, defaulting to Think so', () => {
    expect(CONFIDENCE_CHOICES.map((c) => c.label)).toEqual(['Sure', 'Think so', 'Guessing']);
    expect(DEFAULT_CONFIDENCE).toBe('think');
  });
});

describe('mostMissedPage', () => {
  it('is null without misses', () => {
    expect(mostMissedPage([])).toBeNull();
  });
  it('counts pages without their anchors', () => {
    const misses = missesOf(['b', 'a', 'c'], ['myth', 'truth', 'truth'], items, {});
    expect(mostMissedPage(misses)).toEqual({ href: '/guide/one/', label: 'Label /guide/one/#x' });
  });
  it('gives ties to the page missed first', () => {
    const misses = missesOf(['d', 'a'], ['myth', 'truth'], items, {});
    expect(mostMissedPage(misses)).toEqual({ href: '/guide/two/', label: 'Label /guide/two/#z' });
  });
});
