/**
 * Puts each page's CSP `<meta>` right after `<meta charset>`. Astro writes it
 * last in `<head>`, so on a host that only delivers the `<meta>` (GitHub
 * Pages) the inline theme script and the inline styles before it ran with no
 * policy at all. A policy in a `<meta>` only governs what comes after it.
 */

/** The CSP `<meta>` Astro writes. */
const CSP_META = /<meta\s+http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;

/** `<meta charset="utf-8">`. */
const CHARSET_META = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i;

/** Browsers look for the encoding in the first 1,024 bytes. */
export const CHARSET_WITHIN_BYTES = 1024;

/** The page with its CSP `<meta>` moved right after `<meta charset>`; throws naming `file` when either is missing. */
export function moveCspMeta(html: string, file: string): string {
  const metas = [...html.matchAll(CSP_META)];
  if (metas.length !== 1) {
    throw new Error(`${file} has ${metas.length} CSP <meta> tags, expected 1; is security.csp on in astro.config.mjs?`);
  }
  const meta = metas[0]!;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const charset = CHARSET_META.exec(without);
  if (!charset) throw new Error(`${file} has no <meta charset>`);
  const at = charset.index + charset[0].length;
  return without.slice(0, at) + meta[0] + without.slice(at);
}

/** Where the CSP `<meta>` and `<meta charset>` of a page break the rules; empty when all is well. */
export function cspMetaProblems(html: string, file: string): string[] {
  const charset = CHARSET_META.exec(html);
  if (!charset) return [`${file}: no <meta charset>`];
  const problems: string[] = [];
  const charsetEnd = Buffer.byteLength(html.slice(0, charset.index + charset[0].length));
  if (charsetEnd > CHARSET_WITHIN_BYTES) {
    problems.push(`${file}: <meta charset> ends at byte ${charsetEnd}, past the first ${CHARSET_WITHIN_BYTES}`);
  }
  const metas = [...html.matchAll(CSP_META)];
  if (metas.length !== 1) return [...problems, `${file}: ${metas.length} CSP <meta> tags, expected 1`];
  const at = metas[0]!.index;
  if (at !== charset.index + charset[0].length) problems.push(`${file}: the CSP <meta> does not follow <meta charset> directly`);
  for (const tag of ['<title', '<script', '<style', '<link']) {
    const first = html.toLowerCase().indexOf(tag);
    if (first !== -1 && first < at) problems.push(`${file}: ${tag}> comes before the CSP <meta>`);
  }
  return problems;
}
