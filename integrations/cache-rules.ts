/**
 * Cache-Control rules for `_headers`, written from the files actually in
 * dist/ (after Pagefind), and a check of the whole file the way Netlify and
 * Cloudflare Pages apply it. Those hosts apply every rule whose path matches
 * and join a header set twice with a comma, and Netlify accepts `*` only at
 * the end of a path; so no file may match two Cache-Control rules, and an
 * unhashed file inside a folder of hashed ones gets an exact rule.
 * Pure: file lists and text in, text and problems out.
 */

/** For files whose name changes with their content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For every other file except HTML: always ask the server whether it changed. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Cloudflare Pages reads at most 100 rules from `_headers`… */
export const MAX_RULES = 100;
/** …and lines of at most 2,000 characters. */
export const MAX_LINE = 2000;

/** Vite's `name.<8 base64url chars>.ext`; a word or a plain number is no hash. */
const VITE_HASH = /\.([A-Za-z0-9_-]{8})\.[A-Za-z0-9]+$/;
/** Pagefind's fingerprinted index files: `en_1ba7d6f.pf_fragment`, `pagefind.en_5820229c72.pf_meta`. */
const PAGEFIND_HASH = /(?:^|\.)[a-z]+(?:-[a-z0-9]+)*_[0-9a-f]{7,}\.pf_[a-z]+$/;

/** Whether a file's name carries a content hash (so it may be cached for ever). */
export function isHashedName(path: string): boolean {
  const name = path.split('/').pop() ?? path;
  const vite = VITE_HASH.exec(name)?.[1];
  if (vite && /[A-Z0-9]/.test(vite) && /[A-Za-z]/.test(vite)) return true;
  return PAGEFIND_HASH.test(name);
}

/** Files in dist/ that hosts read as configuration and never serve. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/** What a served file (path relative to dist/, posix) should get. */
type CacheClass = 'html' | 'immutable' | 'revalidate';
const classOf = (file: string): CacheClass => (file.endsWith('.html') ? 'html' : isHashedName(file) ? 'immutable' : 'revalidate');

/** One rule: a path pattern and its headers, in file order. */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/**
 * Cache-Control rules covering `files` (relative to dist/): `/<dir>/*` for a
 * folder whose files are all hashed (or all unhashed, HTML aside), exact
 * paths otherwise. HTML keeps the host's default.
 */
export function cacheRules(files: readonly string[]): HeaderRule[] {
  const served = files.filter((f) => !HOST_FILES.has(f));
  const rule = (path: string, cls: 'immutable' | 'revalidate'): HeaderRule => ({
    path,
    headers: [['Cache-Control', cls === 'immutable' ? IMMUTABLE : REVALIDATE]],
  });
  const cover = (dir: string, under: readonly string[]): HeaderRule[] => {
    const classes = new Set(under.map(classOf));
    if (dir && classes.size === 1 && classes.has('immutable')) return [rule(`/${dir}*`, 'immutable')];
    if (dir && !classes.has('immutable') && classes.has('revalidate')) return [rule(`/${dir}*`, 'revalidate')];
    const rules: HeaderRule[] = [];
    const subdirs = new Map<string, string[]>();
    for (const file of under) {
      const rest = file.slice(dir.length);
      const slash = rest.indexOf('/');
      if (slash === -1) {
        const cls = classOf(file);
        if (cls !== 'html') rules.push(rule(`/${file}`, cls));
      } else {
        const sub = `${dir}${rest.slice(0, slash + 1)}`;
        subdirs.set(sub, [...(subdirs.get(sub) ?? []), file]);
      }
    }
    for (const [sub, subFiles] of subdirs) rules.push(...cover(sub, subFiles));
    return rules;
  };
  return cover('', served).sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Rules as `_headers` text. */
export function formatRules(rules: readonly HeaderRule[]): string {
  return rules.map((r) => [r.path, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n');
}

/** Reads `_headers` text: a path line (unindented), then indented `Name: value` lines; `#` starts a comment. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const header = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    const current = rules.at(-1);
    if (!header || !current) throw new Error(`_headers: cannot read the line "${line.trim()}"`);
    current.headers.push([header[1]!, header[2]!.trim()]);
  }
  return rules;
}

/** Whether a rule's path matches a request path: exact, or a prefix before a trailing `*`. */
export const ruleMatches = (rulePath: string, urlPath: string): boolean =>
  rulePath.endsWith('*') ? urlPath.startsWith(rulePath.slice(0, -1)) : rulePath === urlPath;

/**
 * The headers a host sends for a request path, as Netlify and Cloudflare
 * Pages build them: every matching rule applies, and each header keeps every
 * value it is given (the host joins them with ", "). Names are lowercased.
 */
export function headersAt(rules: readonly HeaderRule[], urlPath: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules) {
    if (!ruleMatches(rule.path, urlPath)) continue;
    for (const [name, value] of rule.headers) out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), value]);
  }
  return out;
}

/** The request paths that serve a file: "guide/x/index.html" → "/guide/x/" and "/guide/x/index.html". */
export function urlsOf(file: string): string[] {
  if (file === 'index.html') return ['/', '/index.html'];
  if (file.endsWith('/index.html')) return [`/${file.slice(0, -'index.html'.length)}`, `/${file}`];
  if (file.endsWith('.html')) return [`/${file}`, `/${file.slice(0, -'.html'.length)}`];
  return [`/${file}`];
}

/** The headers every response must carry exactly once. */
const REQUIRED = ['content-security-policy', 'x-content-type-options', 'strict-transport-security', 'referrer-policy'];

/**
 * Everything wrong with a `_headers` file for the files in dist/ (paths
 * relative to it), as the hosts would apply it: syntax they misread, rules
 * over Cloudflare's limits, a header sent twice, a long cache on an unhashed
 * file, a hashed file not cached, an unhashed file not revalidated, and
 * required security headers that are missing.
 */
export function checkHeaders(text: string, files: readonly string[]): string[] {
  const problems: string[] = [];
  const rules = parseHeaders(text);
  if (rules.length > MAX_RULES) problems.push(`_headers has ${rules.length} rules; Cloudflare Pages reads at most ${MAX_RULES}`);
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.length > MAX_LINE)
      problems.push(`_headers line ${i + 1} has ${line.length} characters; Cloudflare Pages reads at most ${MAX_LINE}`);
  });
  for (const { path } of rules) {
    if (!path.startsWith('/')) problems.push(`_headers rule "${path}": paths start with "/"`);
    if (path.slice(0, -1).includes('*')) problems.push(`_headers rule "${path}": Netlify accepts "*" only at the end of a path`);
    if (/[:\s?#]/.test(path)) problems.push(`_headers rule "${path}": ":", "?", "#" and spaces are read as placeholders or break the rule`);
  }
  for (const file of files.filter((f) => !HOST_FILES.has(f))) {
    const cls = classOf(file);
    for (const url of urlsOf(file)) {
      const headers = headersAt(rules, url);
      for (const [name, values] of headers) {
        if (values.length > 1)
          problems.push(`${url}: ${name} is set ${values.length} times ("${values.join('", "')}"); hosts join them with commas`);
      }
      for (const name of REQUIRED) if (!headers.has(name)) problems.push(`${url}: no ${name} header`);
      const csp = headers.get('content-security-policy')?.[0];
      if (csp && !/frame-ancestors 'none'/.test(csp)) problems.push(`${url}: the Content-Security-Policy has no frame-ancestors 'none'`);
      if (headers.get('x-content-type-options')?.[0] !== undefined && headers.get('x-content-type-options')?.[0] !== 'nosniff') {
        problems.push(`${url}: X-Content-Type-Options is not "nosniff"`);
      }
      const cache = headers.get('cache-control')?.join(', ');
      const long = cache !== undefined && (/\bimmutable\b/.test(cache) || /max-age=[1-9]/.test(cache));
      if (long && cls !== 'immutable') problems.push(`${url}: "${cache}" caches a file whose name has no hash`);
      if (cls === 'immutable' && cache !== IMMUTABLE)
        problems.push(`${url}: a hashed file should be "${IMMUTABLE}", not "${cache ?? 'the host default'}"`);
      if (cls === 'revalidate' && !(cache && /max-age=0\b|no-cache/.test(cache) && !long)) {
        problems.push(`${url}: an unhashed file must revalidate, but gets "${cache ?? 'the host default'}"`);
      }
    }
  }
  return problems;
}
