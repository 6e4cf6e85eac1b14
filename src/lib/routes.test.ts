import { describe, expect, it } from 'vitest';
import { isArticle, isGuideSection, isOutOfSitemap, isScorePage, isThemeIndex, isTip, OFFLINE_PATH, ONE_PAGE_GUIDE_PATH } from './routes';

describe('route patterns', () => {
  it.each([
    ['/guide/faqs/', { guide: true, tip: false, theme: false, article: true, score: false }],
    ['/tips/keep-humor/', { guide: false, tip: true, theme: false, article: true, score: false }],
    ['/tips/theme/empathy/', { guide: false, tip: false, theme: true, article: false, score: false }],
    ['/quiz/score/12/', { guide: false, tip: false, theme: false, article: false, score: true }],
    ['/guide/all/', { guide: false, tip: false, theme: false, article: false, score: false }],
    ['/guide/', { guide: false, tip: false, theme: false, article: false, score: false }],
    ['/tips/', { guide: false, tip: false, theme: false, article: false, score: false }],
    ['/guide/faqs', { guide: false, tip: false, theme: false, article: false, score: false }],
    ['/x/guide/faqs/', { guide: false, tip: false, theme: false, article: false, score: false }],
    ['/guide/faqs/more/', { guide: false, tip: false, theme: false, article: false, score: false }],
  ])('%s', (path, expected) => {
    expect({
      guide: isGuideSection(path),
      tip: isTip(path),
      theme: isThemeIndex(path),
      article: isArticle(path),
      score: isScorePage(path),
    }).toEqual(expected);
  });

  it('leaves the score pages and the offline page out of the sitemap', () => {
    expect(OFFLINE_PATH).toBe('/offline/');
    expect(isOutOfSitemap('/offline/')).toBe(true);
    expect(isOutOfSitemap('/quiz/score/3/')).toBe(true);
    expect(isOutOfSitemap('/quiz/')).toBe(false);
    expect(isOutOfSitemap('/offline/x/')).toBe(false);
    expect(isOutOfSitemap('/tips/keep-humor/')).toBe(false);
  });

  it('leaves the one-page guide out of the sitemap (noindex), but not the sections', () => {
    expect(ONE_PAGE_GUIDE_PATH).toBe('/guide/all/');
    expect(isOutOfSitemap(ONE_PAGE_GUIDE_PATH)).toBe(true);
    expect(isOutOfSitemap('/guide/faqs/')).toBe(false);
  });
});
