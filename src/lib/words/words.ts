/** Where the words to send live on the site. */

/** The words page: every situation, starred messages first. */
export const WORDS_PATH = '/words/';

/** The page of one situation (the no-JavaScript filter). */
export const wordsHref = (situation: string): string => `${WORDS_PATH}${situation}/`;
