/**
 * The quiz's screens after "Start": a statement with "How sure are you?"
 * and Myth/Truth, the feedback after answering, and (re-exported) the
 * results. Loaded on demand by Quiz.tsx when an attempt starts or resumes.
 */
import { CONFIDENCE_CHOICES, type Attempt, type Confidence, type QuizItem, type Verdict } from '../../lib/quiz/quiz';

import { Mark } from './quiz-results';

export { default as Results } from './quiz-results';
// The code that changes progress comes with the screens that use it, not at page load.
export { answerQuiz, nextQuiz, startQuiz } from '../../stores/quiz-actions';

interface PlayProps {
  quizId: string;
  attempt: Attempt;
  item: QuizItem;
  phase: 'question' | 'feedback';
  sureness: Confidence;
  onSureness: (c: Confidence) => void;
  onChoose: (v: Verdict) => void;
  onNext: () => void;
  focusRef: (el: HTMLElement | null) => void;
}

/** One statement: the question, then the feedback. */
export function Play({ quizId, attempt, item, phase, sureness, onSureness, onChoose, onNext, focusRef }: PlayProps) {
  const given = attempt.answers[attempt.current];
  const right = given === item.verdict;
  return (
    <div class="quiz-card">
      <div class="quiz-progress">
        <span id={`${quizId}-progress`}>
          {attempt.current + 1} of {attempt.order.length}
        </span>
        <progress
          max={attempt.order.length}
          value={attempt.current + (phase === 'feedback' ? 1 : 0)}
          aria-labelledby={`${quizId}-progress`}
        />
      </div>
      <h2 class="quiz-statement" tabIndex={-1} ref={phase === 'question' ? focusRef : null}>
        <span class="visually-hidden">Statement {attempt.current + 1}: </span>
        {item.statement}
      </h2>
      {phase === 'question' ? (
        <>
          <fieldset class="quiz-sureness">
            <legend>How sure are you?</legend>
            {CONFIDENCE_CHOICES.map((c) => (
              <label key={c.value}>
                <input
                  type="radio"
                  name={`${quizId}-sureness`}
                  value={c.value}
                  checked={sureness === c.value}
                  onChange={() => onSureness(c.value)}
                />{' '}
                {c.label}
              </label>
            ))}
          </fieldset>
          {/* biome-ignore lint/a11y/useSemanticElements: two buttons that answer one question, not a form field set */}
          <div class="quiz-choices" role="group" aria-label="Your answer">
            <button type="button" class="button" onClick={() => onChoose('myth')}>
              Myth
            </button>
            <button type="button" class="button" onClick={() => onChoose('truth')}>
              Truth
            </button>
          </div>
        </>
      ) : (
        <div class="quiz-feedback" tabIndex={-1} ref={focusRef}>
          <p class="quiz-verdict">
            <Mark right={right} />: it's {item.verdict === 'myth' ? 'a myth' : 'the truth'}.
          </p>
          <p>{item.explanation}</p>
          <p>
            Read more: <a href={item.href}>{item.linkLabel}</a>
          </p>
          <button type="button" class="button primary" onClick={onNext}>
            Next
          </button>
        </div>
      )}
    </div>
  );
}
