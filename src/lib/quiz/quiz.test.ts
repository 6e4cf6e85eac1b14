import { describe, expect, it } from 'vitest';
import {
  decodeAttempt,
  decodeAttemptDate,
  decodeBest,
  EMPTY_RECORD,
  MAX_QUIZ_LENGTH,
  phaseOf,
  reconcile,
  score,
  type QuizItem,
} from './quiz';
import { advance, answer, recordFinish, shuffle, startAttempt } from './moves';

const items: QuizItem[] = ['a', 'b', 'c', 'd'].map((id, i) => ({
  id,
  statement: `Statement ${id}`,
  verdict: i % 2 === 0 ? 'myth' : 'truth',
  explanation: 'Because.',
  href: '/',
  linkLabel: 'Home',
}));
const ids = items.map((i) => i.id);

/** Plays an attempt to the end, answering each statement with `pick`. */
function play(pick: (id: string) => 'myth' | 'truth', seed = 7) {
  let a = startAttempt(ids, seed);
  while (phaseOf(a) !== 'end') {
    a = answer(a, pick(a.order[a.current] ?? ''));
    a = advance(a);
  }
  return a;
}

describe('shuffle', () => {
  it('is a deterministic permutation for a seed', () => {
    const one = shuffle(ids, 42);
    expect(shuffle(ids, 42)).toEqual(one);
    expect([...one].sort()).toEqual(ids);
  });
  it('gives different orders for different seeds', () => {
    const orders = new Set([1, 2, 3, 4, 5, 6].map((s) => shuffle(ids, s).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('attempt transitions', () => {
  it('goes question → feedback → question … → end', () => {
    let a = startAttempt(ids, 1);
    expect(phaseOf(null)).toBe('start');
    expect(phaseOf(a)).toBe('question');
    a = answer(a, 'myth');
    expect(phaseOf(a)).toBe('feedback');
    expect(answer(a, 'truth').answers).toEqual(['myth']); // one answer per statement
    a = advance(a);
    expect(a.current).toBe(1);
    expect(phaseOf(a)).toBe('question');
    expect(advance(a)).toBe(a); // cannot skip a statement
  });

  it('scores every right answer', () => {
    const verdict = (id: string) => items.find((i) => i.id === id)!.verdict;
    expect(score(play(verdict), items)).toBe(4);
    expect(
      score(
        play((id) => (verdict(id) === 'myth' ? 'truth' : 'myth')),
        items,
      ),
    ).toBe(0);
  });

  it('keeps the best score and the date of the last attempt', () => {
    const verdict = (id: string) => items.find((i) => i.id === id)!.verdict;
    const perfect = recordFinish(EMPTY_RECORD, play(verdict), items, '2026-11-20');
    expect(perfect.best).toEqual({ score: 4, total: 4 });
    const worse = recordFinish(
      perfect,
      play(() => 'myth'),
      items,
      '2026-11-21',
    );
    expect(worse.best).toEqual({ score: 4, total: 4 });
    expect(worse.lastAttemptOn).toBe('2026-11-21');
  });

  it('raises the best score when a worse attempt is followed by a better one', () => {
    const verdict = (id: string) => items.find((i) => i.id === id)!.verdict;
    const wrong = (id: string) => (verdict(id) === 'myth' ? 'truth' : 'myth');
    const none = recordFinish(EMPTY_RECORD, play(wrong), items, '2026-11-19');
    expect(none.best).toEqual({ score: 0, total: 4 });
    const half = recordFinish(
      none,
      play(() => 'myth'),
      items,
      '2026-11-20',
    );
    expect(half.best).toEqual({ score: 2, total: 4 });
    const perfect = recordFinish(half, play(verdict), items, '2026-11-21');
    expect(perfect).toMatchObject({ best: { score: 4, total: 4 }, lastAttemptOn: '2026-11-21' });
    // An equal score later keeps the record as it was.
    expect(recordFinish(perfect, play(verdict, 9), items, '2026-11-22').best).toEqual({ score: 4, total: 4 });
  });
});

describe('decoding stored state', () => {
  const attempt = { seed: 3, order: ['b', 'a', 'd', 'c'], answers: ['myth'], sureness: ['sure'], current: 0, finished: false };

  it('round-trips a sound attempt', () => {
    expect(decodeAttempt(JSON.parse(JSON.stringify(attempt)))).toEqual(attempt);
  });

  it('refuses a damaged attempt', () => {
    const bad = [
      { ...attempt, current: 9 },
      { ...attempt, answers: ['maybe'] },
      { ...attempt, order: ['a', 'a', 'b', 'c'] },
      { ...attempt, answers: ['myth', 'truth', 'myth'] },
      { ...attempt, finished: true },
    ];
    for (const a of bad) expect(decodeAttempt(a)).toBeNull();
  });

  it('falls back to the default sureness when it is missing or does not match the answers', () => {
    for (const sureness of [undefined, ['sure', 'guess'], ['certain'], 'sure', [7]])
      expect(decodeAttempt({ ...attempt, sureness })?.sureness).toEqual(['think']);
    // One damaged entry is enough to distrust the list.
    const two = { ...attempt, answers: ['myth', 'truth'], current: 1 };
    expect(decodeAttempt({ ...two, sureness: ['sure', 'certain'] })?.sureness).toEqual(['think', 'think']);
  });

  it('drops an attempt over statements that changed since', () => {
    const record = {
      attempt: { ...attempt, answers: ['myth' as const], sureness: ['sure' as const] },
      best: null,
      lastAttemptOn: null,
      misses: {},
    };
    expect(reconcile(record, ids)).toBe(record);
    expect(reconcile(record, [...ids, 'e']).attempt).toBeNull();
    expect(reconcile(record, ['a', 'b', 'c']).attempt).toBeNull();
    // Statement "c" renamed to "e": same number of statements, but not the same ones.
    const renamed = reconcile({ ...record, best: { score: 3, total: 4 }, lastAttemptOn: '2026-11-20' }, ['a', 'b', 'e', 'd']);
    expect(renamed).toEqual({ attempt: null, best: { score: 3, total: 4 }, lastAttemptOn: '2026-11-20', misses: {} });
    expect(reconcile(undefined, ids)).toEqual(EMPTY_RECORD);
  });
});

describe('score', () => {
  it('counts only answers that match the statement in the same position', () => {
    const items = ['a', 'b'].map(
      (id, i): QuizItem => ({ id, statement: id, verdict: i ? 'truth' : 'myth', explanation: '', href: '/', linkLabel: '' }),
    );
    const attempt = { seed: 1, order: ['b', 'a'], answers: ['truth' as const, 'truth' as const], sureness: [], current: 1, finished: true };
    expect(score(attempt, items)).toBe(1);
  });
});

describe('decodeAttempt', () => {
  const order = ['b', 'a', 'd', 'c'];
  const valid = { seed: 3, order, answers: ['myth'], current: 0, finished: false };

  it.each([
    ['an attempt on its first statement', { ...valid, answers: [] }],
    ['feedback shown', valid],
    ['the next statement on screen', { ...valid, current: 1, answers: ['myth'] }],
    ['both verdicts', { ...valid, current: 1, answers: ['myth', 'truth'] }],
    ['a finished attempt', { ...valid, current: 3, answers: ['myth', 'truth', 'truth', 'myth'], finished: true }],
    ['seed 0 and the largest safe seed', { ...valid, seed: 0 }],
    ['the largest safe seed', { ...valid, seed: Number.MAX_SAFE_INTEGER }],
    ['the longest quiz', { ...valid, order: Array.from({ length: MAX_QUIZ_LENGTH }, (_, i) => `s${i}`) }],
    ['an id of 100 characters', { ...valid, order: ['x'.repeat(100), 'y'] }],
  ])('keeps %s', (_, attempt) => {
    // Saved without how sure the reader was: each answer gets the default.
    expect(decodeAttempt(attempt)).toEqual({ ...attempt, sureness: attempt.answers.map(() => 'think') });
    const sureness = attempt.answers.map((_, i) => (['sure', 'think', 'guess'] as const)[i % 3]);
    expect(decodeAttempt({ ...attempt, sureness })).toEqual({ ...attempt, sureness });
  });

  it.each([
    ['nothing', null],
    ['a list', [valid]],
    ['a seed that is text', { ...valid, seed: '3' }],
    ['a fractional seed', { ...valid, seed: 1.5 }],
    ['an unsafe seed', { ...valid, seed: 2 ** 60 }],
    ['an order that is text', { ...valid, order: 'badc' }],
    ['an empty order', { ...valid, order: [], answers: [] }],
    ['an order longer than any quiz', { ...valid, order: Array.from({ length: MAX_QUIZ_LENGTH + 1 }, (_, i) => `s${i}`) }],
    ['an id that is a number', { ...valid, order: [1, 'a'] }],
    ['an id of 101 characters', { ...valid, order: ['x'.repeat(101), 'y'] }],
    ['a repeated id', { ...valid, order: ['a', 'a', 'b', 'c'] }],
    ['answers that are text', { ...valid, answers: 'myth' }],
    ['an unknown verdict', { ...valid, answers: ['maybe'] }],
    ['a position that is text', { ...valid, current: '0' }],
    ['a fractional position', { ...valid, current: 0.5 }],
    ['a negative position', { ...valid, current: -1, answers: [] }],
    ['a position past the end', { ...valid, current: 4, answers: ['myth', 'myth', 'myth', 'myth'] }],
    ['fewer answers than the position', { ...valid, current: 2, answers: ['myth'] }],
    ['two answers ahead', { ...valid, current: 0, answers: ['myth', 'truth'] }],
    ['finished that is text', { ...valid, finished: 'yes' }],
    ['finished before the last answer', { ...valid, finished: true }],
    ['finished that is text, after the last answer', { ...valid, current: 3, answers: ['myth', 'myth', 'myth', 'myth'], finished: 'yes' }],
  ])('drops %s', (_, attempt) => {
    expect(decodeAttempt(attempt)).toBeNull();
  });
});

describe('decodeBest', () => {
  it.each([[{ score: 0, total: 1 }], [{ score: MAX_QUIZ_LENGTH, total: MAX_QUIZ_LENGTH }], [{ score: 3, total: 4 }]])(
    'keeps %o',
    (best) => {
      expect(decodeBest(best)).toEqual(best);
    },
  );

  it.each([
    ['nothing', null],
    ['a score that is text', { score: '1', total: 2 }],
    ['a total that is text', { score: 1, total: '2' }],
    ['a fractional score', { score: 1.5, total: 2 }],
    ['0 of 0', { score: 0, total: 0 }],
    ['more statements than any quiz', { score: 1, total: MAX_QUIZ_LENGTH + 1 }],
    ['a negative score', { score: -1, total: 2 }],
    ['more right than asked', { score: 3, total: 2 }],
  ])('drops %s', (_, best) => {
    expect(decodeBest(best)).toBeNull();
  });
});

describe('decodeAttemptDate', () => {
  it('keeps real dates from 2000 to 2100, both ends included', () => {
    for (const d of ['2000-01-01', '2026-11-21', '2100-12-31']) expect(decodeAttemptDate(d)).toBe(d);
    for (const d of ['1999-12-31', '2101-01-01', '2026-02-30', 20261121, null]) expect(decodeAttemptDate(d)).toBeNull();
  });
});

describe('an empty record', () => {
  it('starts from nothing kept', () => {
    expect(EMPTY_RECORD).toEqual({ attempt: null, best: null, lastAttemptOn: null, misses: {} });
  });
});
