/**
 * `npm run bench`: how heavy and how fast the site is, and how that grows
 * with content. Builds the site, then measures in Chromium and writes
 * bench/results.json and bench/REPORT.md:
 *   - bytes on the wire per route type (HTML, CSS, JS; compressed);
 *   - JavaScript per route, from dist/ (at load, and on scroll);
 *   - build time split into Astro and Pagefind (as the Kindred integration logs it);
 *   - five search queries: bytes transferred and latency;
 *   - Lighthouse (mobile) per route type;
 *   - search side by side with Starlight built from the same content
 *     (bench/lib/starlight-peer.ts, in bench/tmp/starlight/): median of 5
 *     runs, alternating, on a slow connection; the three ratios of issue 15;
 *   - a reading visit (home, a guide section, two tips, the tips index) in
 *     one browser context on both sites, served as a CDN serves them
 *     (bench/lib/visit.ts): bytes for the first page, the later pages and
 *     the whole visit, and the first page's LCP; issue 23's four ratios;
 *   - scale: the same build with 200 and 2,000 synthetic tips added, in a
 *     temporary copy under bench/tmp/ (git-ignored, deleted afterwards).
 * Pass --no-scale, --no-lighthouse or --no-starlight to skip the slow parts,
 * or `--only visit` to measure only the reading visit on the dist/ already
 * built (`npm run build` first) and swap it into results.json and REPORT.md
 * (`--visits <n>` sets the visits per site, 5 by default); `--only search`
 * does the same for search against Starlight (its three ratios and goals).
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listDist } from '../integrations/dist-files.ts';
import { fileBytes, listHtmlPages, pageLoad, routeOf, scriptBytes } from '../scripts/lib/dist-pages.ts';
import { runLighthouse } from '../scripts/lib/lighthouse.ts';
import { measurePageWeights, type PageWeight } from './lib/page-weight.ts';
import { measureSearch, type QueryCost } from '../scripts/lib/search-cost.ts';
import { BYTE_KINDS, comparePeers, peerMedians, type PeerComparison, type PeerMedians } from './lib/peer-ratios.ts';
import { kindredSite, measurePeers, SLOW_CONNECTION, starlightSite, type PeerRun } from './lib/peer-search.ts';
import { prepareStarlightPeer, STARLIGHT_VERSION } from './lib/starlight-peer.ts';
import { startPreview } from '../scripts/lib/preview-server.ts';
import { syntheticTip } from './lib/synthetic-tips.ts';
import { startCdn } from './lib/cdn-server.ts';
import { measureVisits } from './lib/visit.ts';
import { compareVisits, visitMedians, VISIT_PATHS } from './lib/visit-ratios.ts';
import { goalTable, kb, table } from './lib/report-format.ts';
import { replaceSection, VISIT_HEADING, visitSection, type VisitResults } from './lib/visit-report.ts';

const ROUTE_TYPES: Record<string, string> = {
  home: '/',
  'guide index': '/guide/',
  'guide section': '/guide/six-strategies/',
  'tips index': '/tips/',
  tip: '/tips/listen-actively/',
  quiz: '/quiz/',
  checklist: '/checklist/',
  search: '/search/?q=trust',
};
/**
 * The later queries. The last is a reader's phrase that fewer than three Kindred pages match in
 * full, so its cost includes the closest matches (their code, the stop words, the searches per
 * word and their excerpts); Starlight's search answers it too, with the pages that have every word.
 */
const QUERIES = ['gratitude', 'empathy', 'boundaries', 'video call', 'keep your promises'];
/** The first search in the side-by-side runs (QUERIES follow it as the later queries). */
const FIRST_QUERY = 'friendship';
/** The tip page both sites start searching from. */
const PEER_PAGE = '/tips/keep-humor/';
const PEER_RUNS = 5;
const SCALES = [200, 2000];
const argv = process.argv.slice(2);
/** Visits per site (`--visits <n>`; 5 unless told). */
const VISIT_RUNS = argv.includes('--visits') ? Number(argv[argv.indexOf('--visits') + 1]) : 5;
const args = new Set(argv);
/** `--only visit` or `--only search`: the parts that can run alone, on the dist/ already built. */
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && only !== 'visit' && only !== 'search') {
  console.error(`--only takes the part to run: --only visit or --only search (got ${only ?? 'nothing'})`);
  process.exit(2);
}
const SEARCH_HEADING = '## Search against Starlight';

/**
 * Builds a project directory. `astro build` runs Pagefind too (integrations/kindred.ts),
 * and logs how long it took; the rest is Astro's.
 */
function build(cwd: string, shareImages = true) {
  const start = performance.now();
  // The synthetic scale builds skip the share images (KINDRED_OG_IMAGES=0): they measure content growth.
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(shareImages ? {} : { KINDRED_OG_IMAGES: '0' }) };
  // A 2,000-tip build logs far more than execSync's default 1 MB buffer (ENOBUFS).
  const log = execSync('npx astro build', {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env,
    maxBuffer: 256 * 1024 * 1024,
  });
  const totalMs = Math.round(performance.now() - start);
  const pagefindMs = Number(/Pagefind indexed \d+ pages in (\d+) ms/.exec(log)?.[1] ?? NaN);
  return { astroMs: totalMs - pagefindMs, pagefindMs };
}

/** Total bytes and file count under a directory. */
function dirSize(dir: string): { bytes: number; files: number } {
  const files = listDist(dir);
  return { bytes: files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0), files: files.length };
}

/** First-query and warm-query cost of search on a project's built dist/. */
async function searchCosts(root: string, page: string): Promise<QueryCost[]> {
  const preview = await startPreview(root);
  try {
    return await measureSearch(preview.url, page, QUERIES);
  } finally {
    await preview.stop();
  }
}

/** A copy of the project with `extra` synthetic tips added, built; returns its numbers. */
async function scaleRun(extra: number) {
  const dir = join('bench', 'tmp', `scale-${extra}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'content', 'public', 'src', 'integrations', 'scripts']) {
    cpSync(item, join(dir, item), { recursive: true });
  }
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'), 'dir');
  const real = readdirSync('content/tips').filter((f) => f.endsWith('.mdx')).length;
  const total = real + extra;
  for (let n = real + 1; n <= total; n++) {
    const tip = syntheticTip(n, total);
    writeFileSync(join(dir, 'content', 'tips', tip.name), tip.body);
  }
  const times = build(dir, false);
  const size = dirSize(join(dir, 'dist'));
  const pagefindSize = dirSize(join(dir, 'dist', 'pagefind'));
  const search = await searchCosts(dir, '/tips/listen-actively/');
  rmSync(dir, { recursive: true, force: true });
  return { tips: total, ...times, distBytes: size.bytes, distFiles: size.files, pagefindBytes: pagefindSize.bytes, search };
}

/** Search side by side with Starlight, and its three ratios. */
interface PeerPart {
  starlightBuildMs: number;
  installed: boolean;
  runs: Record<string, PeerRun[]>;
  medians: Record<string, PeerMedians>;
  ratios: PeerComparison[];
}

/** Measures search on both sites, each on `astro preview` (median of PEER_RUNS runs, alternating, slow connection). */
async function searchPart(starlight: { dir: string; buildMs: number; installed: boolean }): Promise<PeerPart> {
  console.log(`Measuring search side by side (${PEER_RUNS} runs each, alternating, slow connection)…`);
  const ours = await startPreview('.');
  const theirs = await startPreview(starlight.dir);
  try {
    const runs = await measurePeers([kindredSite(ours.url, PEER_PAGE), starlightSite(theirs.url, PEER_PAGE)], FIRST_QUERY, QUERIES, {
      runs: PEER_RUNS,
    });
    const medians = { Kindred: peerMedians(runs['Kindred'] ?? []), Starlight: peerMedians(runs['Starlight'] ?? []) };
    return {
      starlightBuildMs: starlight.buildMs,
      installed: starlight.installed,
      runs,
      medians,
      ratios: comparePeers(medians.Kindred, medians.Starlight),
    };
  } finally {
    await ours.stop();
    await theirs.stop();
  }
}

/** What results.json keeps of the side-by-side search. */
function starlightResults(p: PeerPart) {
  return {
    version: STARLIGHT_VERSION,
    page: PEER_PAGE,
    firstQuery: FIRST_QUERY,
    laterQueries: QUERIES,
    network: SLOW_CONNECTION,
    buildMs: p.starlightBuildMs,
    medians: p.medians,
    ratios: p.ratios,
    runs: p.runs,
  };
}

/** The reading visit on both sites, each served by the CDN-like server; medians and the four ratios. */
async function visitPart(starlightDir: string): Promise<VisitResults> {
  console.log(`Measuring the reading visit (${VISIT_RUNS} visits each, alternating, slow connection)…`);
  const ours = await startCdn('dist');
  const theirs = await startCdn(join(starlightDir, 'dist'));
  try {
    const sites = [
      { name: 'Kindred', baseUrl: ours.url },
      { name: 'Starlight', baseUrl: theirs.url },
    ];
    const runs = await measureVisits(sites, VISIT_PATHS, SLOW_CONNECTION, VISIT_RUNS);
    const medians = { Kindred: visitMedians(runs['Kindred'] ?? []), Starlight: visitMedians(runs['Starlight'] ?? []) };
    return { paths: VISIT_PATHS, network: SLOW_CONNECTION, runs, medians, ratios: compareVisits(medians.Kindred, medians.Starlight) };
  } finally {
    await ours.stop();
    await theirs.stop();
  }
}

// ---------- Only the reading visit ----------
if (only === 'visit') {
  if (!existsSync('dist/index.html')) {
    console.error('--only visit measures the dist/ already built: run `npm run build` first.');
    process.exit(1);
  }
  console.log('Starlight peer: generating, installing (first run only), building…');
  const visit = await visitPart(prepareStarlightPeer().dir);
  const earlier = existsSync('bench/results.json')
    ? (JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>)
    : {};
  writeFileSync(
    'bench/results.json',
    JSON.stringify({ ...earlier, visit: { measuredAt: new Date().toISOString(), ...visit } }, null, 2) + '\n',
  );
  const section = visitSection(visit, STARLIGHT_VERSION);
  const report = existsSync('bench/REPORT.md') ? readFileSync('bench/REPORT.md', 'utf8') : '# Kindred benchmark report\n';
  writeFileSync(
    'bench/REPORT.md',
    replaceSection(report, VISIT_HEADING, `_Measured ${new Date().toISOString()} with \`--only visit\`._\n\n${section}`),
  );
  console.log(section);
  process.exit(0);
}

// ---------- Only search against Starlight ----------
if (only === 'search') {
  if (!existsSync('dist/index.html')) {
    console.error('--only search measures the dist/ already built: run `npm run build` first.');
    process.exit(1);
  }
  console.log('Starlight peer: generating, installing (first run only), building…');
  const onlyPeer = await searchPart(prepareStarlightPeer());
  const earlier = existsSync('bench/results.json')
    ? (JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>)
    : {};
  writeFileSync(
    'bench/results.json',
    JSON.stringify({ ...earlier, starlight: { measuredAt: new Date().toISOString(), ...starlightResults(onlyPeer) } }, null, 2) + '\n',
  );
  const section = peerSection(onlyPeer);
  const report = existsSync('bench/REPORT.md') ? readFileSync('bench/REPORT.md', 'utf8') : '# Kindred benchmark report\n';
  writeFileSync(
    'bench/REPORT.md',
    replaceSection(report, SEARCH_HEADING, `_Measured ${new Date().toISOString()} with \`--only search\`._\n\n${section}`),
  );
  console.log(section);
  process.exit(0);
}

// ---------- The real site ----------
console.log('Building the site…');
const buildTimes = build('.');
const dist = dirSize('dist');

const jsPerRoute = listHtmlPages('dist').map((page) => {
  const load = pageLoad('dist', page);
  return { route: routeOf(page), jsAtLoad: scriptBytes('dist', load), jsOnScroll: fileBytes('dist', load.deferredScriptFiles) };
});

console.log('Measuring page weight in Chromium…');
const site = await startPreview();
let weights: PageWeight[] = [];
try {
  weights = await measurePageWeights(site.url, Object.values(ROUTE_TYPES));
} finally {
  await site.stop();
}

console.log('Measuring search…');
const search = await searchCosts('.', '/tips/keep-humor/');

let lighthouse: Awaited<ReturnType<typeof runLighthouse>> = [];
if (!args.has('--no-lighthouse')) {
  console.log('Running Lighthouse (mobile)…');
  const lh = await startPreview('.', 4321, 'localhost');
  try {
    lighthouse = await runLighthouse(
      lh.url.replace('127.0.0.1', 'localhost'),
      Object.values(ROUTE_TYPES).map((p) => p.replace(/\?.*$/, '')),
    );
  } finally {
    await lh.stop();
  }
}

let visit: VisitResults | null = null;
let peer: PeerPart | null = null;
if (!args.has('--no-starlight')) {
  console.log('Starlight peer: generating, installing (first run only), building…');
  const starlight = prepareStarlightPeer();
  peer = await searchPart(starlight);
  visit = await visitPart(starlight.dir);
}

const scale = [];
if (!args.has('--no-scale')) {
  for (const extra of SCALES) {
    console.log(`Scale: building with ${extra} synthetic tips…`);
    scale.push(await scaleRun(extra));
  }
}

// ---------- Output ----------
const results = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  build: { ...buildTimes, distBytes: dist.bytes, distFiles: dist.files },
  routes: weights.map((w) => ({ type: Object.keys(ROUTE_TYPES).find((t) => ROUTE_TYPES[t] === w.path) ?? w.path, ...w })),
  jsPerRoute,
  search,
  lighthouse,
  starlight: peer && starlightResults(peer),
  visit,
  scale: [
    { tips: 20, ...buildTimes, distBytes: dist.bytes, distFiles: dist.files, pagefindBytes: dirSize('dist/pagefind').bytes, search },
    ...scale,
  ],
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

/** The side-by-side section of the report: the three ratios, then each site's medians. */
function peerSection(peer: PeerPart | null): string {
  if (!peer) return '_Skipped (--no-starlight)._';
  const k = peer.medians['Kindred'];
  const st = peer.medians['Starlight'];
  return `Starlight ${STARLIGHT_VERSION} built from the same content (converted to plain Markdown) in bench/tmp/starlight/
(never committed), served the same way. Median of ${PEER_RUNS} runs per site, alternating, each in a fresh Chromium
context on an emulated slow connection (${SLOW_CONNECTION.latency} ms RTT, 1.6 Mbps down, 750 kbps up; no CPU
throttling). A run opens \`${PEER_PAGE}\`, lets it settle, opens search with the site's own search control, types
“${FIRST_QUERY}” and waits for the first result; then types ${QUERIES.map((q) => `“${q}”`).join(', ')} (the last is a
phrase fewer than three Kindred pages have in full, so Kindred's closest matches run and are counted). Bytes count every
response (headers and compressed body) of the page and its workers, measured on the browser context's network log:

- **Kindred** runs Pagefind in the page (\`noWorker\`): the tip page and its CSS and scripts, the popup's code and stylesheet, \`pagefind.js\`,
  the WebAssembly, the entry and meta files, the index chunk and the fragments shown as excerpts; for the phrase, also the
  closest-match code (the stop words bundled in it), and \`/search-vocabulary.json\` whenever a word may be
  misspelled. No worker starts (a run with one would be counted the same way).
- **Starlight** runs Pagefind's UI, which starts \`pagefind-worker.js\`: the WebAssembly and the index are fetched by the
  worker and counted from its log, and since Chromium reports no body for a worker's own script, that body is asked of the
  server again and counted as sent.

A run in which a service worker starts is refused, since its fetches would escape the slow connection. Times are
taken on the page's own clock, from the pointer going down on the search control to the first result being visible.

${goalTable(peer.ratios)}

${table(
  ['tip page + first search (median bytes)', ...BYTE_KINDS],
  [
    ['Kindred', ...BYTE_KINDS.map((part) => kb(k?.firstSearchParts[part] ?? 0))],
    ['Starlight', ...BYTE_KINDS.map((part) => kb(st?.firstSearchParts[part] ?? 0))],
  ],
)}

${table(
  ['later query (median bytes)', ...QUERIES],
  [
    ['Kindred', ...(k?.laterBytesPerQuery ?? []).map(kb)],
    ['Starlight', ...(st?.laterBytesPerQuery ?? []).map(kb)],
  ],
)}`;
}

const report = `# Kindred benchmark report

Measured ${results.measuredAt} on Node ${results.node}, with Chromium through the DevTools protocol
(compressed bytes as a static host serving gzip would send them). Regenerate with \`npm run bench\`.

## Bytes on the wire per route type

${table(
  ['route type', 'path', 'HTML', 'CSS', 'JS', 'other', 'total', 'requests'],
  results.routes.map((r) => [r.type, `\`${r.path}\``, kb(r.html), kb(r.css), kb(r.js), kb(r.other), kb(r.total), r.requests]),
)}

${
  results.routes.every((r) => r.css === 0) ? 'CSS is inlined into each page, so it counts under HTML. ' : ''
}Each page is loaded in a fresh context (cold cache); a visit of several pages is below. Search code
loads only when a reader starts to search.

## JavaScript per route (gzip, from dist/)

${table(
  ['route', 'at load', 'on scroll'],
  jsPerRoute.map((r) => [`\`${r.route}\``, kb(r.jsAtLoad), r.jsOnScroll ? kb(r.jsOnScroll) : '—']),
)}

## Build time

${table(
  ['step', 'time'],
  [
    ['Astro', `${(buildTimes.astroMs / 1000).toFixed(1)} s`],
    ['Pagefind', `${(buildTimes.pagefindMs / 1000).toFixed(1)} s`],
  ],
)}

dist/: ${kb(dist.bytes)} in ${dist.files} files.

## Search (header search on a tip page)

${table(
  ['query', 'bytes transferred', 'requests', 'latency'],
  search.map((q, i) => [`${q.query}${i === 0 ? ' (first query: runtime included)' : ''}`, kb(q.bytes), q.requests, `${q.latencyMs} ms`]),
)}

${SEARCH_HEADING}

${peerSection(peer)}

${VISIT_HEADING}

${visitSection(visit, STARLIGHT_VERSION)}

## Lighthouse (mobile)

${
  lighthouse.length
    ? table(
        ['path', 'performance', 'accessibility', 'best practices', 'SEO'],
        lighthouse.map((l) => [`\`${l.path}\``, l.scores.performance, l.scores.accessibility, l.scores['best-practices'], l.scores.seo]),
      )
    : '_Skipped (--no-lighthouse)._'
}

## How cost grows with content

${table(
  ['tips', 'Astro build', 'Pagefind', 'dist size', 'files', 'search index', 'first query', 'later queries (avg)'],
  results.scale.map((s) => {
    const later = s.search.slice(1);
    const avg = later.reduce((sum, q) => sum + q.bytes, 0) / Math.max(1, later.length);
    return [
      s.tips,
      `${(s.astroMs / 1000).toFixed(1)} s`,
      `${(s.pagefindMs / 1000).toFixed(1)} s`,
      kb(s.distBytes),
      s.distFiles,
      kb(s.pagefindBytes),
      kb(s.search[0]?.bytes ?? 0),
      kb(avg),
    ];
  }),
)}

Synthetic tips are generated into a temporary copy of the project (bench/tmp/, never committed).
`;
writeFileSync('bench/REPORT.md', report);
console.log(report);
if (!existsSync('bench/REPORT.md')) process.exit(1);
