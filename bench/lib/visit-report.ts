/**
 * The reading visit's part of bench/results.json and bench/REPORT.md, and
 * how `npm run bench -- --only visit` swaps that part into the files an
 * earlier full run wrote. Pure: no browser, no file system.
 */
import type { GoalComparison } from './peer-ratios.ts';
import { goalTable, kb, table } from './report-format.ts';
import type { NetworkConditions } from './peer-search.ts';
import type { VisitFigures } from './visit-ratios.ts';
import type { VisitRun } from './visit.ts';

/** The heading of the report's visit section. */
export const VISIT_HEADING = '## Reading visit against Starlight';

/** What results.json keeps of the visit. */
export interface VisitResults {
  paths: readonly string[];
  network: NetworkConditions;
  runs: Record<string, VisitRun[]>;
  medians: Record<string, VisitFigures & { pageBytes: number[] }>;
  ratios: GoalComparison<keyof VisitFigures>[];
}

/** The visit section's body (without its heading): how it was measured, the goals, then bytes per page. */
export function visitSection(v: VisitResults | null, starlightVersion: string): string {
  if (!v) return '_Skipped (--no-starlight)._';
  const runs = Object.values(v.runs)[0]?.length ?? 0;
  const k = v.medians['Kindred'];
  const st = v.medians['Starlight'];
  const cacheHits = (site: string) => (v.runs[site]?.[0]?.pages ?? []).slice(1).reduce((n, p) => n + p.fromCache, 0);
  return `A reader's visit of ${v.paths.length} pages in one Chromium context: ${v.paths.map((p) => `\`${p}\``).join(' → ')}
(each page loaded, then left to settle, with the previous page as referrer). Both sites (Starlight
${starlightVersion} built from the same content, with a tips index listing the tips as Kindred's \`/tips/\`
does) are served by one CDN-like server (bench/lib/cdn-server.ts): gzip, \`/_astro/\` files
\`Cache-Control: public, max-age=31536000, immutable\`, everything else revalidated by ETag. Service workers
are blocked, so later pages take hashed files from the browser's HTTP cache (a hashed file fetched twice fails
the run). Emulated slow connection: ${v.network.latency} ms RTT, 1.6 Mbps down; no CPU throttling. Bytes are
everything over the wire (compressed bodies and headers). LCP is the first page's last
\`largest-contentful-paint\` entry, cold cache. Median of ${runs} visits per site, alternating.

${goalTable(v.ratios)}

${table(
  ['median bytes per page', ...v.paths.map((p) => `\`${p}\``)],
  [
    ['Kindred', ...(k?.pageBytes ?? []).map(kb)],
    ['Starlight', ...(st?.pageBytes ?? []).map(kb)],
  ],
)}

Responses taken from the HTTP cache on the later pages (first visit): Kindred ${cacheHits('Kindred')}, Starlight ${cacheHits('Starlight')}.`;
}

/** `report` with the body of the section under `heading` replaced (or the section added at the end). */
export function replaceSection(report: string, heading: string, body: string): string {
  const start = report.indexOf(`${heading}\n`);
  const section = `${heading}\n\n${body.trim()}\n`;
  if (start < 0) return `${report.trimEnd()}\n\n${section}`;
  const next = report.indexOf('\n## ', start + heading.length);
  return report.slice(0, start) + section + (next < 0 ? '' : report.slice(next));
}
