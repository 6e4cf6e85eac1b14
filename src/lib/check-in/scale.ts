/**
 * The check-in's questions and how they score. "How connected you feel" is
 * the three-item loneliness scale of Hughes, Waite, Hawkley & Cacioppo
 * (2004), Research on Aging 26(6), 655–672: its questions and answers are
 * quoted exactly as published and must not be reworded. "How you show up
 * online" asks one question per tip theme (content/check-in.yaml).
 */

/** The tip themes, in the order the site lists them (src/data/content-schemas.ts keeps the same list). */
export const THEMES = ['communication', 'empathy', 'respect', 'reliability', 'connection', 'growth'] as const;

/** A tip theme. */
export type Theme = (typeof THEMES)[number];

/** An answer: 1 (hardly ever), 2 (some of the time) or 3 (often). */
export type Answer = 1 | 2 | 3;

/** The scale's three questions, word for word, with the ids answers are stored under. */
export const SCALE_ITEMS = [
  { id: 'companionship', question: 'How often do you feel that you lack companionship?' },
  { id: 'left-out', question: 'How often do you feel left out?' },
  { id: 'isolated', question: 'How often do you feel isolated from others?' },
] as const;

/** The answers, word for word, scored 1–3 in this order; the theme questions use the same three. */
export const ANSWERS = [
  { value: 1, label: 'Hardly ever' },
  { value: 2, label: 'Some of the time' },
  { value: 3, label: 'Often' },
] as const satisfies readonly { value: Answer; label: string }[];

/** Lowest and highest total of the scale's three answers. */
export const SCALE_RANGE = { min: 3, max: 9 } as const;

/** True for 1, 2 or 3. */
export const isAnswer = (v: unknown): v is Answer => v === 1 || v === 2 || v === 3;

/** The label of an answer ("Some of the time"). */
export const answerLabel = (a: Answer): string => ANSWERS[a - 1]?.label ?? '';

/** The scale's total, 3–9: the three answers added up (higher: those feelings come more often). */
export const scaleTotal = (scale: readonly Answer[]): number => scale.reduce<number>((sum, a) => sum + a, 0);

/**
 * When the result leads with where to find someone to talk to: every scale
 * answer at the top ("Often" three times, a total of 9), or the reader said
 * they are struggling. Below that, the pointer stays in the footer only.
 */
export const needsHelpFirst = (scale: readonly Answer[], struggling: boolean): boolean =>
  struggling || (scale.length === SCALE_ITEMS.length && scaleTotal(scale) === SCALE_RANGE.max);
