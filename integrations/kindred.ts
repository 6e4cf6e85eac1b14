/**
 * Kindred's own Astro integration: everything the build does beyond Astro.
 *   - Inline scripts: bundles and minifies `src/scripts/*.ts` (the theme), adds their hashes to the
 *     CSP and serves them to components as `virtual:kindred/inline-scripts`.
 *   - After the build, on dist/: each page's CSP <meta> moved right after
 *     <meta charset> and trimmed to the hashes that page uses, the e-book (its size filled in where pages
 *     link to it), the Pagefind index and the search vocabulary, the "Save for offline" list and
 *     the service worker, then `_headers` (which must see every file the earlier steps wrote).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EBOOK_PATH } from '../src/lib/routes.ts';
import { cspMetaProblems, moveCspMeta, trimCspMeta } from './csp-meta.ts';
import { rewritePages } from './dist-files.ts';
import { writeEbook } from './ebook/ebook.ts';
import { fillFileSizes, formatSize } from './ebook/file-sizes.ts';
import { writeHeaders } from './headers.ts';
import { readInlineScripts, virtualModuleSource, virtualModuleTypes, type InlineScript } from './inline-scripts.ts';
import { writeOfflineList } from './offline-list.ts';
import { buildSearchIndex } from './pagefind-index.ts';
import { readStopWords, SEARCH_WORDS_FILE, writeSearchVocabulary } from './search-vocabulary.ts';
import { writeServiceWorker } from './service-worker.ts';

const VIRTUAL_ID = 'virtual:kindred/inline-scripts';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** CSS that knows the site's address (printed links show it in full). */
const SITE_CSS_ID = 'virtual:kindred/site.css';
const RESOLVED_SITE_CSS_ID = `\0${SITE_CSS_ID}`;

/** The stop words of content/search-words.yaml, bundled into the code that finds closest matches. */
const STOP_WORDS_ID = 'virtual:kindred/stop-words';
const RESOLVED_STOP_WORDS_ID = `\0${STOP_WORDS_ID}`;

/** The integration, for `integrations` in astro.config.mjs. */
export default function kindred(): AstroIntegration {
  let scripts: InlineScript[] = [];
  let site = '';
  return {
    name: 'kindred',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, addWatchFile }) => {
        scripts = readInlineScripts(fileURLToPath(new URL('src/scripts/', config.root)));
        // In dev, editing an inline script or what it imports restarts the server, which bundles it anew.
        for (const input of new Set(scripts.flatMap((s) => s.inputs))) addWatchFile(input);
        const origin = config.site ? new URL(config.site).origin : '';
        site = config.site ?? '';
        updateConfig({
          // 'SHA-256' is Astro's default; the type of a partial csp config asks for it.
          security: { csp: { algorithm: 'SHA-256', scriptDirective: { hashes: scripts.map((s) => s.hash) } } },
          vite: {
            plugins: [
              {
                name: 'kindred:inline-scripts',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? virtualModuleSource(scripts) : undefined),
              },
              {
                // The content layer validates the file (src/data/search-words.ts); this only reads its stop words.
                name: 'kindred:stop-words',
                resolveId: (id: string) => (id === STOP_WORDS_ID ? RESOLVED_STOP_WORDS_ID : undefined),
                load: (id: string) =>
                  id === RESOLVED_STOP_WORDS_ID
                    ? `export const STOP_WORDS = ${JSON.stringify(readStopWords(fileURLToPath(new URL(SEARCH_WORDS_FILE, config.root))))};\n`
                    : undefined,
              },
              {
                name: 'kindred:site-css',
                resolveId: (id: string) => (id === SITE_CSS_ID ? RESOLVED_SITE_CSS_ID : undefined),
                load: (id: string) => (id === RESOLVED_SITE_CSS_ID ? `:root { --site-origin: ${JSON.stringify(origin)}; }\n` : undefined),
              },
            ],
          },
        });
      },
      'astro:config:done': ({ injectTypes }) => {
        injectTypes({
          filename: 'inline-scripts.d.ts',
          content: `${virtualModuleTypes(VIRTUAL_ID, scripts)}declare module '${SITE_CSS_ID}' {}\ndeclare module '${STOP_WORDS_ID}' {\n  /** The stop words of content/search-words.yaml. */\n  export const STOP_WORDS: readonly string[];\n}\n`,
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const moved = rewritePages(dist, (html, file) => {
          const out = trimCspMeta(moveCspMeta(html, file));
          const problems = cspMetaProblems(out, file);
          if (problems.length) throw new Error(problems.join('\n'));
          return out;
        });
        logger.info(`Moved the CSP <meta> right after <meta charset> in ${moved} pages`);
        // SOURCE_DATE_EPOCH (seconds) dates a reproducible build; otherwise the book is dated today.
        const epoch = process.env['SOURCE_DATE_EPOCH'];
        const bytes = writeEbook(dist, site, epoch ? new Date(Number(epoch) * 1000) : new Date());
        rewritePages(dist, (html) => fillFileSizes(html, (path) => (path === EBOOK_PATH ? bytes : undefined)));
        logger.info(`Wrote ${EBOOK_PATH.slice(1)} (${formatSize(bytes)}, ${bytes} bytes) and its size into the pages that link to it`);
        const started = performance.now();
        const pages = await buildSearchIndex(dist);
        logger.info(`Pagefind indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
        logger.info(`Wrote the search vocabulary (${writeSearchVocabulary(dist)} words) for typo correction`);
        // After Pagefind: the list and the worker's build id cover the search index too.
        const list = writeOfflineList(dist);
        logger.info(`Wrote offline-files.json: ${list.files.length} files (${list.pages} pages), ${list.total} bytes, build ${list.build}`);
        const sw = await writeServiceWorker(dist, list.build);
        logger.info(`Wrote sw.js (${sw.size} bytes, precaching ${sw.count} file)`);
        const { directives, rules } = writeHeaders(dist);
        logger.info(`Wrote dist/_headers: a ${directives}-directive Content-Security-Policy and ${rules} rules`);
      },
    },
  };
}
