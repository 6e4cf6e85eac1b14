/**
 * Mappers from content entries to the plain, serialisable props islands
 * receive at build time. Islands never see `astro:content` types.
 */
import type { Habit, PlanDay } from '../lib/checklist/checklist';
import type { CheckInContent } from '../lib/check-in/focus';
import type { Theme } from '../lib/check-in/scale';
import type { QuizItem } from '../lib/quiz/quiz';
import { wordsHref } from '../lib/words/words';
import { THEME_LABELS } from '../consts';
import { parseContentLink, tipHref } from './content-links';
import type { SiteContent } from './site-content';

/** The quiz statements as plain props for the island (all, or the given ids in file order). */
export function quizItems(site: SiteContent, ids?: readonly string[]): QuizItem[] {
  return site.quiz
    .filter((q) => !ids || ids.includes(q.id))
    .map((q) => ({
      id: q.id,
      statement: q.data.statement,
      verdict: q.data.verdict,
      explanation: q.data.explanation,
      href: site.href(q.data.link),
      linkLabel: site.label(q.data.link),
    }));
}

/** The 7-day plan, in day order, for the checklist island. */
export function planDays(site: SiteContent): PlanDay[] {
  return site.days.map((d) => ({
    id: d.id,
    day: d.day,
    title: d.title,
    action: d.action,
    href: site.href(d.link),
    linkLabel: site.label(d.link),
    words: site.situations
      .filter((s) => s.data.days.includes(d.day))
      .map((s) => ({ title: s.data.title, href: wordsHref(s.id), messages: s.data.messages.map((m) => ({ id: m.id, text: m.text })) })),
  }));
}

/** The daily habits, in display order, for the checklist island. */
export function habitList(site: SiteContent): Habit[] {
  return site.habits.map((h) => ({ id: h.id, label: h.label, detail: h.detail }));
}

/** The check-in's questions and what its result links to. */
export function checkInContent(site: SiteContent): CheckInContent {
  const themeOfLink = (link: string): Theme | null => {
    const parsed = parseContentLink(link);
    return parsed?.kind === 'tip' ? (site.tipByNumber(parsed.number)?.data.theme ?? null) : null;
  };
  return {
    questions: site.checkIn.map((q) => ({ theme: q.data.theme, label: THEME_LABELS[q.data.theme], question: q.data.question })),
    tips: site.tips.map((t) => ({ number: t.data.number, title: t.data.title, theme: t.data.theme, href: tipHref(t.id) })),
    days: site.days.map((d) => ({ day: d.day, title: d.title, theme: themeOfLink(d.link), href: '/checklist/' })),
  };
}
