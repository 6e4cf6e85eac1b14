/**
 * The check-in on /check-in/: a `client:only` island (its history is stored
 * progress); the page's fallback is the same questions as plain HTML
 * (src/components/CheckInQuestions.astro). Sent, the check-in is kept
 * (src/stores/check-in.ts) and the reader's focus is shown. The result and the history of past
 * check-ins load on demand. Rules live in src/lib/check-in/; this file
 * renders and dispatches.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { localDate } from '../../lib/dates';
import { ANSWERS, SCALE_ITEMS, THEMES, type Answer, type Theme } from '../../lib/check-in/scale';
import { newCheckInId, type CheckIn as Entry } from '../../lib/check-in/sync';
import type { CheckInContent } from '../../lib/check-in/focus';
import { $checkIns, $checkInsReadOnly, saveCheckIn } from '../../stores/check-in';
import { $storageWorks } from '../../stores/storage';
import './check-in.css';

interface Props extends CheckInContent {
  /** Where the scale's source is listed (the references section). */
  sourceHref: string;
}

type Answers = Partial<Record<string, Answer>>;
const scaleKey = (id: string) => `scale-${id}`;
const themeKey = (t: Theme) => `theme-${t}`;
const ALL_KEYS = [...SCALE_ITEMS.map((i) => scaleKey(i.id)), ...THEMES.map(themeKey)];

/** One question as a radio group: the question is the legend, each answer a labelled radio. */
function Question({
  name,
  legend,
  kicker,
  value,
  onPick,
}: {
  name: string;
  legend: string;
  kicker?: string;
  value: Answer | undefined;
  onPick: (a: Answer) => void;
}) {
  return (
    <fieldset class="check-in-question" id={`q-${name}`}>
      <legend>
        {kicker && <span class="check-in-kicker">{kicker}</span>}
        {legend}
      </legend>
      <div class="check-in-answers">
        {ANSWERS.map((a) => (
          <label key={a.value}>
            <input type="radio" name={name} value={a.value} checked={value === a.value} onChange={() => onPick(a.value)} />
            {a.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export default function CheckIn({ questions, tips, days, sourceHref }: Props) {
  const doc = useStore($checkIns);
  const readOnly = useStore($checkInsReadOnly);
  const storageWorks = useStore($storageWorks);
  const [answers, setAnswers] = useState<Answers>({});
  const [struggling, setStruggling] = useState(false);
  const [error, setError] = useState('');
  const [shown, setShown] = useState<{ entry: Entry; kept: boolean } | null>(null);
  const [Result, setResult] = useState<typeof import('./check-in-result') | null>(null);
  const [History, setHistory] = useState<typeof import('./check-in-history') | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const formTop = useRef<HTMLHeadingElement>(null);
  const [deletedNote, setDeletedNote] = useState('');
  const onDeleted = (message: string, emptied: boolean) => {
    setDeletedNote(message);
    // The history (and the button that was pressed) is gone: focus goes back to the questions.
    if (emptied) requestAnimationFrame(() => formTop.current?.focus());
  };
  const count = Object.keys(doc.entries).length;

  // The history is a later screen: its code loads once there is something to show.
  useEffect(() => {
    if (count > 0 && !History) void import('./check-in-history').then(setHistory, () => setLoadFailed(true));
  }, [count > 0, History]);

  const pick = (key: string) => (a: Answer) => setAnswers((prev) => ({ ...prev, [key]: a }));

  const show = (entry: Entry, kept: boolean) =>
    void import('./check-in-result').then(
      (m) => {
        setResult(m);
        setShown({ entry, kept });
      },
      () => setLoadFailed(true),
    );

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const missing = ALL_KEYS.filter((k) => answers[k] === undefined);
    if (missing.length > 0) {
      setError(missing.length === 1 ? 'One question has no answer yet.' : `${missing.length} questions have no answer yet.`);
      document.querySelector<HTMLInputElement>(`#q-${missing[0]} input`)?.focus();
      return;
    }
    setError('');
    const now = new Date();
    const entry: Entry = {
      id: newCheckInId(now.getTime()),
      date: localDate(now),
      at: now.getTime(),
      scale: SCALE_ITEMS.map((i) => answers[scaleKey(i.id)] as Answer),
      themes: Object.fromEntries(THEMES.map((t) => [t, answers[themeKey(t)] as Answer])) as Record<Theme, Answer>,
      struggling,
    };
    show(entry, saveCheckIn(entry));
  };

  const again = () => {
    setShown(null);
    setAnswers({});
    setStruggling(false);
    requestAnimationFrame(() => formTop.current?.focus());
  };

  return (
    <div class="check-in">
      {readOnly && (
        <p class="check-in-note">
          Your check-ins were saved by a newer version of Kindred, so this page shows them but won't change them. Reload the page to get the
          newer version.
        </p>
      )}
      {!storageWorks && (
        <p class="check-in-note">
          Your browser isn't letting this site save changes right now, so a new check-in lasts only until you close this tab.
        </p>
      )}
      {loadFailed && (
        <p class="check-in-error" role="alert">
          Part of this page couldn't load. Check your connection, then reload the page.
        </p>
      )}

      {shown && Result ? (
        <Result.Result entry={shown.entry} kept={shown.kept} tips={tips} days={days} labels={questions} onAgain={again} />
      ) : (
        <form class="check-in-form" onSubmit={onSubmit} noValidate>
          <section aria-labelledby="part-connected">
            <h2 id="part-connected" tabIndex={-1} ref={formTop}>
              How connected you feel
            </h2>
            <p class="check-in-source">
              Three questions from a short scale researchers use to notice how often people feel alone (
              <a href={sourceHref}>Hughes, Waite, Hawkley &amp; Cacioppo, 2004</a>), quoted as published. It is a way to see change over
              time, not a test or a diagnosis.
            </p>
            {SCALE_ITEMS.map((item) => (
              <Question
                key={item.id}
                name={scaleKey(item.id)}
                legend={item.question}
                value={answers[scaleKey(item.id)]}
                onPick={pick(scaleKey(item.id))}
              />
            ))}
          </section>
          <section aria-labelledby="part-show-up">
            <h2 id="part-show-up">How you show up online</h2>
            <p class="check-in-source">One question for each theme of the trust tips. Answer for the people you talk to online.</p>
            {questions.map((q) => (
              <Question
                key={q.theme}
                name={themeKey(q.theme)}
                kicker={q.label}
                legend={q.question}
                value={answers[themeKey(q.theme)]}
                onPick={pick(themeKey(q.theme))}
              />
            ))}
          </section>
          <p class="check-in-struggling">
            <input id="struggling" type="checkbox" checked={struggling} onChange={(e) => setStruggling(e.currentTarget.checked)} />
            <label for="struggling">
              I'm struggling right now{' '}
              <span class="check-in-hint">(optional; your result will start with where to find someone to talk to)</span>
            </label>
          </p>
          <p class="check-in-actions">
            <button type="submit" class="button primary">
              See your focus
            </button>
          </p>
          {error && (
            <p class="check-in-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}

      <p class="visually-hidden" role="status">
        {deletedNote}
      </p>
      {History && count > 0 && (
        <History.History doc={doc} labels={questions} readOnly={readOnly} onShow={(entry) => show(entry, true)} onDeleted={onDeleted} />
      )}
    </div>
  );
}
