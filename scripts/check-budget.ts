/**
 * Page-weight budgets over the built site (bytes, not time); the rules are in
 * scripts/lib/budget.ts. Fails with a list of every page over budget, every
 * on-demand chunk over 8 KB, and every page type that matched no page.
 * Run after `npm run build`.
 *   node scripts/check-budget.ts [--verbose] [--dist <folder>]   (default: dist, or $DIST)
 */
import { THEME_STORAGE_KEY } from '../src/consts.ts';
import { checkBudgets, formatReport } from './lib/budget.ts';
import { distFolder } from './lib/dist-arg.ts';

const dist = distFolder();
const report = checkBudgets(dist, THEME_STORAGE_KEY);

if (process.argv.includes('--verbose')) console.log(formatReport(report));
if (report.failures.length) {
  console.error(`Page-weight budget exceeded:\n  ${report.failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`Budgets met on ${report.pages.length} pages and ${report.chunks.size} on-demand chunks (gzip bytes; --verbose lists them).`);
