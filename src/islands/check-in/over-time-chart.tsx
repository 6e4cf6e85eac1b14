/**
 * How the two totals moved over the reader's check-ins, oldest first: a
 * small line chart (SVG, decoration; the table beside it in the history is
 * its text equivalent). One line per total, each on its own range, so a
 * line that rises means that total went up.
 */
import { SCALE_RANGE } from '../../lib/check-in/scale';
import { THEMES } from '../../lib/check-in/scale';
import type { Totals } from '../../lib/check-in/change';

const W = 320;
const H = 120;
const PAD = { left: 8, right: 8, top: 10, bottom: 10 };
const SHOW_UP = { min: THEMES.length, max: THEMES.length * 3 };

function points(values: readonly number[], range: { min: number; max: number }): string {
  const span = Math.max(1, values.length - 1);
  return values
    .map((v, i) => {
      const x = PAD.left + (W - PAD.left - PAD.right) * (values.length === 1 ? 0.5 : i / span);
      const y = PAD.top + (H - PAD.top - PAD.bottom) * (1 - (v - range.min) / (range.max - range.min));
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** The chart, with a key naming its two lines. */
export function OverTimeChart({ totals }: { totals: readonly Totals[] }) {
  const lines = [
    {
      key: 'scale',
      name: `How connected you feel (${SCALE_RANGE.min}–${SCALE_RANGE.max}; lower: those feelings come less often)`,
      pts: points(
        totals.map((t) => t.scale),
        SCALE_RANGE,
      ),
    },
    {
      key: 'themes',
      name: `How you show up online (${SHOW_UP.min}–${SHOW_UP.max}; higher: more often)`,
      pts: points(
        totals.map((t) => t.themes),
        SHOW_UP,
      ),
    },
  ];
  return (
    <figure class="over-time">
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        <line class="axis" x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} />
        {lines.map((l) => (
          <g key={l.key} class={`series ${l.key}`}>
            <polyline points={l.pts} />
            {l.pts.split(' ').map((p) => {
              const [cx, cy] = p.split(',');
              return <circle key={p} cx={cx} cy={cy} r="4" />;
            })}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul class="over-time-key">
          {lines.map((l) => (
            <li key={l.key} class={l.key}>
              {l.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
