/**
 * "Need words?" under a plan day that asks the reader to say something: that
 * day's messages, folded until opened. The text is in the page from the start;
 * Copy, Share, "Make it yours" and the stars (<word-message>) load on first open.
 */
import type { DayWords as Words } from '../../lib/checklist/checklist';

interface Props {
  day: number;
  words: Words[];
}

/** Loads the message controls the first time any "Need words?" opens. */
const loadControls = () => import('../words/word-message').catch(() => {});

export default function DayWords({ day, words }: Props) {
  return (
    <details
      class="need-words"
      onToggle={(e) => {
        if (e.currentTarget.open) void loadControls();
      }}
    >
      <summary>Need words?</summary>
      {words.map((w) => (
        <div key={w.href}>
          <p class="need-words-title">
            For day {day}: <a href={w.href}>{w.title}</a>
          </p>
          <ol class="message-list">
            {w.messages.map((m) => (
              <li key={m.id}>
                <word-message data-id={m.id}>
                  <p class="message-text">{m.text}</p>
                </word-message>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </details>
  );
}
