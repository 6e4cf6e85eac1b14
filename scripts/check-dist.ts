/**
 * Structure gates over the built site: valid HTML, internal links and
 * anchors that resolve, nothing from a third party (rules in
 * scripts/lib/dist-check.ts). Fails with every problem listed.
 * Run after `npm run build`.
 *   node scripts/check-dist.ts [--dist <folder>]   (default: dist, or $DIST)
 */
import { distFolder } from './lib/dist-arg.ts';
import { checkDist } from './lib/dist-check.ts';

const dist = distFolder();
const { problems, pages } = await checkDist(dist);

if (problems.length) {
  console.error(`${dist}/ check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `${dist}/ check passed: ${pages} pages are valid HTML, every internal link and anchor resolves, nothing loads from a third party.`,
);
