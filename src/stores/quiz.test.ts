import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIZ_ATTEMPTS_KEY, QUIZ_STORAGE_KEY } from '../consts';
import type { QuizItem } from '../lib/quiz';
import { installFakeBrowser, type FakeBrowser } from './test-storage';

const items: QuizItem[] = ['a', 'b'].map((id) => ({ id, statement: `S ${id}`, verdict: 'myth', explanation: 'E', href: '/', linkLabel: 'L' }));
let browser: FakeBrowser;

beforeEach(() => {
  vi.resetModules();
  browser = installFakeBrowser();
});
afterEach(() => vi.unstubAllGlobals());

/** Answers every statement "myth" (all right) or "truth" (all wrong) and finishes. */
async function play(store: typeof import('./quiz'), verdict: 'myth' | 'truth', today: Date) {
  store.startQuiz('all', items, 1);
  for (let i = 0; i < items.length; i++) {
    store.answerQuiz('all', items, verdict);
    store.nextQuiz('all', items, today);
  }
}

describe('quiz store', () => {
  it('keeps an attempt in progress in this tab only', async () => {
    const store = await import('./quiz');
    store.startQuiz('all', items, 1);
    store.answerQuiz('all', items, 'myth');
    expect(browser.session.getItem(QUIZ_ATTEMPTS_KEY)).toContain('"answers":["myth"]');
    expect(browser.local.getItem(QUIZ_STORAGE_KEY)).toBeNull();
  });

  it('merges best scores from another tab, keeping the better one', async () => {
    const store = await import('./quiz');
    await play(store, 'truth', new Date(2026, 10, 21));
    expect(store.$quiz.get().quizzes['all']?.best).toEqual({ score: 0, total: 2 });
    browser.otherTabWrites(QUIZ_STORAGE_KEY, JSON.stringify({ version: 2, quizzes: { all: { best: { score: 2, total: 2 }, lastAttemptOn: '2026-11-22' } } }));
    expect(store.$quiz.get().quizzes['all']).toMatchObject({ best: { score: 2, total: 2 }, lastAttemptOn: '2026-11-22' });
  });

  it('records a worse attempt without lowering the best score', async () => {
    const store = await import('./quiz');
    await play(store, 'myth', new Date(2026, 10, 21));
    await play(store, 'truth', new Date(2026, 10, 22));
    expect(store.$quiz.get().quizzes['all']).toMatchObject({ best: { score: 2, total: 2 }, lastAttemptOn: '2026-11-22' });
  });

  it('ignores a damaged value from another tab', async () => {
    const store = await import('./quiz');
    await play(store, 'myth', new Date(2026, 10, 21));
    browser.otherTabWrites(QUIZ_STORAGE_KEY, '{"version":2,"quizzes":');
    expect(store.$quiz.get().quizzes['all']?.best).toEqual({ score: 2, total: 2 });
  });

  it('never overwrites results saved by a newer version', async () => {
    const newer = JSON.stringify({ version: 7, quizzes: {} });
    browser.local.setItem(QUIZ_STORAGE_KEY, newer);
    const store = await import('./quiz');
    expect(store.$quizReadOnly.get()).toBe(true);
    await play(store, 'myth', new Date(2026, 10, 21));
    expect(browser.local.getItem(QUIZ_STORAGE_KEY)).toBe(newer);
  });

  it('carries on an attempt saved by version 1 in this tab', async () => {
    const attempt = { seed: 1, order: ['b', 'a'], answers: ['myth'], current: 0, finished: false };
    browser.local.setItem(QUIZ_STORAGE_KEY, JSON.stringify({ version: 1, quizzes: { all: { attempt, best: null, lastAttemptOn: null } } }));
    const store = await import('./quiz');
    expect(store.quizRecord(store.$quiz.get(), 'all', items).attempt).toEqual(attempt);
  });
});
