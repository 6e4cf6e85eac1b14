/**
 * Search budget over the built site, measured in Chromium (not a timed test):
 *   - a reader's first query from a content page transfers ≤ 100 KB in all;
 *   - once the runtime is loaded, results appear ≤ 100 ms after a keystroke
 *     (median of the warm queries, so one slow tick on a busy CI box does not fail it).
 */
import { serveStatic } from './lib/static-server.ts';
import { measureSearch } from './lib/search-cost.ts';

const MAX_FIRST_QUERY_BYTES = 100 * 1024;
const MAX_WARM_LATENCY_MS = 100;
const QUERIES = ['gratitude', 'empathy', 'boundaries', 'video call', 'apologize', 'humor'];

const { server, url } = await serveStatic('dist');
try {
  const costs = await measureSearch(url, '/tips/keep-humor/', QUERIES);
  for (const c of costs) console.log(`${c.query.padEnd(12)} ${String(c.bytes).padStart(7)} B in ${c.requests} requests, ${c.latencyMs} ms`);
  const [first, ...warm] = costs;
  const latencies = warm.map((c) => c.latencyMs).sort((a, b) => a - b);
  const median = latencies[Math.floor(latencies.length / 2)] ?? 0;
  const problems = [
    ...(first && first.bytes > MAX_FIRST_QUERY_BYTES ? [`first query transferred ${first.bytes} B > ${MAX_FIRST_QUERY_BYTES} B`] : []),
    ...(median > MAX_WARM_LATENCY_MS ? [`median warm latency ${median} ms > ${MAX_WARM_LATENCY_MS} ms`] : []),
  ];
  if (problems.length) {
    console.error(`Search budget exceeded:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log(`Search budget met: first query ${first?.bytes} B, median warm latency ${median} ms.`);
} finally {
  server.close();
}
