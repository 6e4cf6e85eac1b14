import { describe, expect, it } from 'vitest';
import { focusDay, focusTips, rankThemes, type FocusTip } from './focus';
import type { Answer, Theme } from './scale';

const answers = (over: Partial<Record<Theme, Answer>> = {}): Record<Theme, Answer> => ({
  communication: 3,
  empathy: 3,
  respect: 3,
  reliability: 3,
  connection: 3,
  growth: 3,
  ...over,
});

const tip = (number: number, theme: Theme): FocusTip => ({ number, theme, title: `Tip ${number}`, href: `/tips/${number}/` });
const tips = [
  tip(1, 'communication'),
  tip(2, 'empathy'),
  tip(3, 'respect'),
  tip(12, 'respect'),
  tip(5, 'reliability'),
  tip(4, 'connection'),
  tip(11, 'growth'),
];

describe('theme ranking', () => {
  it('puts what the reader does least often first, keeping the site order on ties', () => {
    expect(rankThemes(answers({ growth: 1, empathy: 2, respect: 1 }))).toEqual([
      'respect',
      'growth',
      'empathy',
      'communication',
      'reliability',
      'connection',
    ]);
    expect(rankThemes(answers())).toEqual(['communication', 'empathy', 'respect', 'reliability', 'connection', 'growth']);
  });

  it('names the first tip of each of the three lowest themes', () => {
    expect(focusTips(answers({ growth: 1, respect: 1, connection: 2 }), tips).map((t) => t.number)).toEqual([3, 11, 4]);
    // Tips listed out of order still give the lowest-numbered one of a theme.
    expect(focusTips(answers({ respect: 1 }), [...tips].reverse())[0]?.number).toBe(3);
  });

  it('skips a theme without tips', () => {
    expect(
      focusTips(
        answers({ growth: 1 }),
        tips.filter((t) => t.theme !== 'growth'),
      ).map((t) => t.theme),
    ).toEqual(['communication', 'empathy', 'respect']);
  });

  it('picks the plan day of the lowest theme that has one, else the first day', () => {
    const days = [
      { day: 1, title: 'One', theme: null },
      { day: 6, title: 'Six', theme: 'connection' as const },
      { day: 3, title: 'Three', theme: 'empathy' as const },
      { day: 5, title: 'Five', theme: 'connection' as const },
    ];
    expect(focusDay(answers({ growth: 1, connection: 2 }), days)?.day).toBe(5);
    expect(focusDay(answers({ empathy: 1 }), days)?.day).toBe(3);
    expect(focusDay(answers(), [days[0]!])?.day).toBe(1);
    expect(focusDay(answers(), [])).toBeUndefined();
  });
});
