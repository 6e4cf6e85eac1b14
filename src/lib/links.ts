/** True for an absolute http(s) URL, i.e. a link that leaves the site. */
export function isExternalHref(href: string | undefined): boolean {
  // Stryker disable next-line ConditionalExpression: RegExp.test(undefined) tests "undefined", which is false
  return href !== undefined && /^https?:\/\//i.test(href);
}

/** The rel every link that leaves the site carries. */
export const EXTERNAL_REL = 'noopener noreferrer';
