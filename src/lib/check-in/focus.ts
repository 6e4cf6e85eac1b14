/**
 * From a check-in's theme answers to the reader's focus: the themes ranked
 * from the one they do least often, one tip from each of the three lowest,
 * and the day of the 7-day plan that fits best.
 */
import { THEMES, type Answer, type Theme } from './scale';

/** A tip as the check-in links to it. */
export interface FocusTip {
  number: number;
  title: string;
  theme: Theme;
  href: string;
}

/** A day of the 7-day plan, with the theme of the tip it links to (null when it links to the guide). */
export interface FocusDay {
  day: number;
  title: string;
  theme: Theme | null;
}

/** The themes from least often to most often; equal answers keep the site's order of themes. */
export function rankThemes(answers: Readonly<Record<Theme, Answer>>): Theme[] {
  return [...THEMES].sort((a, b) => answers[a] - answers[b] || THEMES.indexOf(a) - THEMES.indexOf(b));
}

/** Three tips to work on first: the lowest-numbered tip of each of the lowest-ranked themes that have tips. */
export function focusTips(answers: Readonly<Record<Theme, Answer>>, tips: readonly FocusTip[], count = 3): FocusTip[] {
  const picked: FocusTip[] = [];
  for (const theme of rankThemes(answers)) {
    const first = tips.filter((t) => t.theme === theme).sort((a, b) => a.number - b.number)[0];
    if (first) picked.push(first);
    if (picked.length === count) break;
  }
  return picked;
}

/** The plan day that fits: the first day whose tip belongs to the lowest-ranked theme that has one; else the first day. */
export function focusDay<D extends FocusDay>(answers: Readonly<Record<Theme, Answer>>, days: readonly D[]): D | undefined {
  const byDay = [...days].sort((a, b) => a.day - b.day);
  for (const theme of rankThemes(answers)) {
    const day = byDay.find((d) => d.theme === theme);
    if (day) return day;
  }
  return byDay[0];
}

/** A "How you show up online" question, with its theme's readable name. */
export interface ThemeQuestion {
  theme: Theme;
  label: string;
  question: string;
}

/** What the check-in island gets from the content: its theme questions, the tips it can name, and the plan's days. */
export interface CheckInContent {
  questions: ThemeQuestion[];
  tips: FocusTip[];
  days: (FocusDay & { href: string })[];
}
