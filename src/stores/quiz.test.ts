import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIZ_ATTEMPTS_KEY, QUIZ_STORAGE_KEY } from '../consts';
import type { QuizItem } from '../lib/quiz/quiz';
import { installFakeBrowser, type FakeBrowser } from './test-storage';

const items: QuizItem[] = ['a', 'b'].map((id) => ({
  id,
  statement: `S ${id}`,
  verdict: 'myth',
  explanation: 'E',
  href: '/',
  linkLabel: 'L',
}));
let browser: FakeBrowser;

beforeEach(() => {
  vi.resetModules();
  browser = installFakeBrowser();
});
afterEach(() => vi.unstubAllGlobals());

type Store = typeof import('./quiz') & typeof import('./quiz-actions');

/** The store with its actions, freshly loaded (as a page would, after the fake browser is in place). */
const load = async (): Promise<Store> => ({ ...(await import('./quiz')), ...(await import('./quiz-actions')) });

/** Answers every statement "myth" (all right) or "truth" (all wrong) and finishes. */
async function play(store: Store, verdict: 'myth' | 'truth', today: Date, quizId = 'all', round = items) {
  store.startQuiz(quizId, round, 1);
  for (let i = 0; i < round.length; i++) {
    store.answerQuiz(quizId, round, verdict, 'sure');
    store.nextQuiz(quizId, round, today, 'all');
  }
}

describe('quiz store', () => {
  it('keeps an attempt in progress in this tab only', async () => {
    const store = await load();
    store.startQuiz('all', items, 1);
    store.answerQuiz('all', items, 'myth');
    expect(browser.session.getItem(QUIZ_ATTEMPTS_KEY)).toContain('"answers":["myth"]');
    expect(browser.local.getItem(QUIZ_STORAGE_KEY)).toBeNull();
  });

  it('merges best scores from another tab, keeping the better one', async () => {
    const store = await load();
    await play(store, 'truth', new Date(2026, 10, 21));
    expect(store.$quiz.get().quizzes['all']?.best).toEqual({ score: 0, total: 2 });
    browser.otherTabWrites(
      QUIZ_STORAGE_KEY,
      JSON.stringify({ version: 2, quizzes: { all: { best: { score: 2, total: 2 }, lastAttemptOn: '2026-11-22' } } }),
    );
    expect(store.$quiz.get().quizzes['all']).toMatchObject({ best: { score: 2, total: 2 }, lastAttemptOn: '2026-11-22' });
  });

  it('records a worse attempt without lowering the best score', async () => {
    const store = await load();
    await play(store, 'myth', new Date(2026, 10, 21));
    await play(store, 'truth', new Date(2026, 10, 22));
    expect(store.$quiz.get().quizzes['all']).toMatchObject({ best: { score: 2, total: 2 }, lastAttemptOn: '2026-11-22' });
  });

  it('ignores a damaged value from another tab', async () => {
    const store = await load();
    await play(store, 'myth', new Date(2026, 10, 21));
    browser.otherTabWrites(QUIZ_STORAGE_KEY, '{"version":2,"quizzes":');
    expect(store.$quiz.get().quizzes['all']?.best).toEqual({ score: 2, total: 2 });
  });

  it('never overwrites results saved by a newer version', async () => {
    const newer = JSON.stringify({ version: 7, quizzes: {} });
    browser.local.setItem(QUIZ_STORAGE_KEY, newer);
    const store = await load();
    expect(store.$quizReadOnly.get()).toBe(true);
    await play(store, 'myth', new Date(2026, 10, 21));
    expect(browser.local.getItem(QUIZ_STORAGE_KEY)).toBe(newer);
  });

  it('carries on an attempt saved by version 1 in this tab', async () => {
    const attempt = { seed: 1, order: ['b', 'a'], answers: ['myth'], current: 0, finished: false };
    browser.local.setItem(QUIZ_STORAGE_KEY, JSON.stringify({ version: 1, quizzes: { all: { attempt, best: null, lastAttemptOn: null } } }));
    const store = await load();
    expect(store.quizRecord(store.$quiz.get(), 'all', items).attempt).toEqual({ ...attempt, sureness: ['think'] });
  });

  it('keeps how sure the reader was with each answer of the attempt', async () => {
    const store = await load();
    store.startQuiz('all', items, 1);
    store.answerQuiz('all', items, 'myth', 'guess');
    expect(store.quizRecord(store.$quiz.get(), 'all', items).attempt?.sureness).toEqual(['guess']);
    expect(browser.session.getItem(QUIZ_ATTEMPTS_KEY)).toContain('"sureness":["guess"]');
  });

  it('remembers misses, practises them without touching the best score, and lets go after two right in a row', async () => {
    const store = await load();
    await play(store, 'truth', new Date(2026, 10, 20));
    const missed = () =>
      Object.keys(store.$quiz.get().quizzes['all']?.misses ?? {}).filter((id) => !store.$quiz.get().quizzes['all']?.misses[id]?.removed);
    expect(missed().sort()).toEqual(['a', 'b']);
    expect(JSON.parse(browser.local.getItem(QUIZ_STORAGE_KEY) ?? '{}')).toMatchObject({
      version: 3,
      quizzes: { all: { misses: { a: { streak: 0 } } } },
    });

    const practiceId = store.practiceIdOf('all');
    await play(store, 'myth', new Date(2026, 10, 21), practiceId, items);
    expect(store.$quiz.get().quizzes['all']).toMatchObject({ best: { score: 0, total: 2 }, lastAttemptOn: '2026-11-20' });
    expect(store.$quiz.get().quizzes[practiceId]?.best).toBeNull();
    expect(missed().sort()).toEqual(['a', 'b']);

    await play(store, 'myth', new Date(2026, 10, 22), practiceId, items);
    expect(missed()).toEqual([]);
  });

  it('merges another tab’s practice list with this one', async () => {
    const store = await load();
    await play(store, 'truth', new Date(2026, 10, 20));
    const later = Date.now() + 60_000;
    browser.otherTabWrites(
      QUIZ_STORAGE_KEY,
      JSON.stringify({
        version: 3,
        quizzes: {
          all: { best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-21', misses: { a: { streak: 0, at: later, removed: true } } },
        },
      }),
    );
    const all = store.$quiz.get().quizzes['all'];
    expect(all?.misses['a']?.removed).toBe(true);
    expect(all?.misses['b']).toMatchObject({ streak: 0 });
    expect(all?.best).toEqual({ score: 1, total: 2 });
  });
});

describe('quiz actions at their edges', () => {
  it('ignores an answer with no attempt under way, and a second Next after the last statement', async () => {
    const store = await load();
    store.answerQuiz('all', items, 'myth', 'sure');
    expect(browser.session.getItem(QUIZ_ATTEMPTS_KEY)).toBeNull();
    await play(store, 'truth', new Date(2026, 10, 20));
    const saved = browser.local.getItem(QUIZ_STORAGE_KEY);
    store.nextQuiz('all', items, new Date(2026, 10, 25), 'all');
    expect(browser.local.getItem(QUIZ_STORAGE_KEY)).toBe(saved);
  });

  it('records nothing when the clock is far off, rather than a date the reader would refuse', async () => {
    const store = await load();
    await play(store, 'myth', new Date(1970, 0, 2));
    expect(browser.local.getItem(QUIZ_STORAGE_KEY)).toBeNull();
    expect(store.$quiz.get().quizzes['all']?.best).toBeNull();
  });

  it('keeps a practice round apart: its own attempt, no best score, no date', async () => {
    const store = await load();
    await play(store, 'truth', new Date(2026, 10, 20));
    await play(store, 'myth', new Date(2026, 10, 21), store.practiceIdOf('all'));
    expect(store.practiceIdOf('all')).toBe('all-practice');
    const stored = JSON.parse(browser.local.getItem(QUIZ_STORAGE_KEY) ?? '{}');
    expect(Object.keys(stored.quizzes)).toEqual(['all']);
    expect(stored.quizzes.all).toMatchObject({ best: { score: 0, total: 2 }, lastAttemptOn: '2026-11-20' });
  });
});
