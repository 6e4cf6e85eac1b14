/**
 * Links on the one-page guide (/guide/all/): a link to a guide section, or
 * to a heading in one, stays on the page. Every section is there, wrapped in
 * an element whose id is its slug, and keeps its heading ids.
 */
import { isGuideSection } from './routes';

/** `/guide/<slug>/#x` → `#x`, `/guide/<slug>/` → `#<slug>`; any other href is returned as it is. */
export function onePageHref(href: string): string {
  const [path = '', anchor] = href.split('#', 2);
  if (!isGuideSection(path)) return href;
  return anchor ? `#${anchor}` : `#${path.split('/')[2]}`;
}
