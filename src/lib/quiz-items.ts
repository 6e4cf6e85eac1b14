import type { SiteContent } from './site-content';
import type { QuizItem } from './quiz';

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
