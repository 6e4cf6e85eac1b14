/** The surname of an author written "Surname, I. I.". */
// Stryker disable next-line OptionalChaining: split always returns at least one item
export const surname = (author: string | undefined): string => author?.split(',')[0]?.trim() ?? '';

/** One author of a reference list entry: what comes before it, its surname, and the rest (the initials). */
export interface AuthorPart {
  before: string;
  surname: string;
  initials: string;
}

/**
 * Authors APA-style, "A, B, & C" (two authors "A, & B"), in parts, so a page can show the
 * initials without search indexing them (a misspelled word matched a lone "L." as well as
 * any real word).
 */
export function authorParts(authors: readonly string[]): AuthorPart[] {
  return authors.map((author, i) => {
    const name = surname(author);
    const rest = author.trim().slice(author.trim().indexOf(name) + name.length);
    const before = i === 0 ? '' : i === authors.length - 1 ? ', & ' : ', ';
    return { before, surname: name, initials: rest };
  });
}

/** A title as the end of a sentence: a full stop added, unless it already ends in ".", "?" or "!" (APA style). */
export const asSentence = (title: string): string => (/[.?!]$/.test(title.trim()) ? title.trim() : `${title.trim()}.`);
