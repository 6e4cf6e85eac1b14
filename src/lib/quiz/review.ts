/**
 * The results screen's rules: how sure the reader was, the misses grouped by
 * that (sure first), and the next step that fits the misses. Pure.
 */
import { CONFIDENCE_CHOICES, DEFAULT_CONFIDENCE, type Confidence, type QuizItem, type Verdict } from './quiz';

/** Headings of the review groups. */
export const GROUP_HEADINGS: Record<Confidence, string> = {
  sure: "You were sure about these, and they're worth a second look",
  think: 'You thought so, but these went the other way',
  guess: 'You guessed on these: now you know',
};

/** A statement the reader got wrong, with how sure they were. */
export interface Miss {
  item: QuizItem;
  given: Verdict;
  confidence: Confidence;
}

/** The misses of an attempt, in asked order (unknown ids and unanswered statements are skipped). */
export function missesOf(
  order: readonly string[],
  answers: readonly Verdict[],
  items: readonly QuizItem[],
  confidence: Readonly<Record<string, Confidence>>,
): Miss[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const out: Miss[] = [];
  order.forEach((id, i) => {
    const item = byId.get(id);
    const given = answers[i];
    if (item && given && given !== item.verdict) out.push({ item, given, confidence: confidence[id] ?? DEFAULT_CONFIDENCE });
  });
  return out;
}

/** Misses grouped by confidence, surest first; empty groups left out. */
export function groupMisses(misses: readonly Miss[]): { confidence: Confidence; heading: string; misses: Miss[] }[] {
  return CONFIDENCE_CHOICES.map(({ value }) => ({
    confidence: value,
    heading: GROUP_HEADINGS[value],
    misses: misses.filter((m) => m.confidence === value),
  })).filter((g) => g.misses.length > 0);
}

/**
 * The page behind most misses (links compared without their #anchor), with
 * its label; ties go to the one missed first. Null when nothing was missed.
 */
export function mostMissedPage(misses: readonly Miss[]): { href: string; label: string } | null {
  const counts = new Map<string, { href: string; label: string; count: number }>();
  for (const { item } of misses) {
    const page = item.href.split('#')[0] ?? item.href;
    const entry = counts.get(page) ?? { href: item.href, label: item.linkLabel, count: 0 };
    entry.count += 1;
    counts.set(page, entry);
  }
  let best: { href: string; label: string; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best && { href: best.href.split('#')[0] ?? best.href, label: best.label };
}
