/**
 * Where a check-in stands on each tip theme: one row per theme with its
 * name, a small three-step bar (SVG, decoration) and the answer in words,
 * which is the chart's text equivalent. Colours come from the theme's
 * custom properties, so it reads in light, dark, print and forced colours.
 */
import { ANSWERS, answerLabel, type Answer, type Theme } from '../../lib/check-in/scale';
import type { ThemeQuestion } from '../../lib/check-in/focus';

const STEP = 22;

/** Three cells, the first `value` of them filled. */
function Steps({ value }: { value: Answer }) {
  return (
    <svg
      class="steps"
      viewBox={`0 0 ${ANSWERS.length * STEP} 14`}
      width={ANSWERS.length * STEP}
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      {ANSWERS.map((a, i) => (
        <rect key={a.value} class={a.value <= value ? 'on' : 'off'} x={i * STEP + 1} y="1" width={STEP - 4} height="12" rx="3" />
      ))}
    </svg>
  );
}

/** The chart of one check-in's theme answers. */
export function ThemeChart({
  themes,
  labels,
  caption,
}: {
  themes: Record<Theme, Answer>;
  labels: readonly ThemeQuestion[];
  caption: string;
}) {
  return (
    <figure class="theme-chart">
      <figcaption>{caption}</figcaption>
      <ul>
        {labels.map((q) => (
          <li key={q.theme}>
            <span class="theme-chart-name">{q.label}</span>
            <Steps value={themes[q.theme]} />
            <span class="theme-chart-answer">{answerLabel(themes[q.theme])}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
