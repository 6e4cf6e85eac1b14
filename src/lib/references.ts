/** The surname of an author written "Surname, I. I.". */
// Stryker disable next-line OptionalChaining: split always returns at least one item
export const surname = (author: string | undefined): string => author?.split(',')[0]?.trim() ?? '';

/** Joins authors APA-style: "A, B, & C"; two authors as "A, & B". */
export function formatAuthors(authors: readonly string[]): string {
  if (authors.length <= 1) return authors[0] ?? '';
  return `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1)}`;
}

/** A title as the end of a sentence: a full stop added, unless it already ends in ".", "?" or "!" (APA style). */
export const asSentence = (title: string): string => (/[.?!]$/.test(title.trim()) ? title.trim() : `${title.trim()}.`);
