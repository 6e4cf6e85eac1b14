/**
 * Starts the quiz on /quiz/: renders it (./Quiz.tsx) into the page with the
 * props the page wrote into `data-props` at build time, in place of what
 * the page shows without JavaScript.
 *
 * A plain module script rather than an Astro island, as on /checklist/: the
 * quiz's first screen depends on stored progress, so the server can only
 * render its placeholder anyway, and without an island the page loads none
 * of Astro's island runtime (about 2.7 KB gzip). The quiz inside an article
 * (QuizEmbed) stays an island, loaded when it scrolls into view.
 */
import { h, render } from 'preact';
import Quiz from './Quiz';
import type { QuizItem } from '../lib/quiz/quiz';

const el = document.getElementById('quiz-all');
const raw = el?.dataset['props'];
if (el && raw) {
  // Parsed before the page's own content is cleared: a broken page keeps its answers list.
  const props = JSON.parse(raw) as { quizId: string; items: QuizItem[] };
  el.textContent = '';
  render(h(Quiz, props), el);
}
