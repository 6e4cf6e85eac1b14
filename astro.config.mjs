// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import kindred from './integrations/kindred.ts';
import { isOutOfSitemap } from './src/lib/routes.ts';

export default defineConfig({
  // Canonical links; set SITE_URL when building for the real address.
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [
    // External links in MDX get rel="noopener noreferrer" from src/components/mdx/Link.astro.
    mdx({ syntaxHighlight: false }),
    preact(),
    // sitemap-index.xml for search engines; the per-score share pages are noindex, so left out.
    // /offline/ is what the service worker shows offline, not a page to find.
    sitemap({ filter: (page) => !isOutOfSitemap(new URL(page).pathname) }),
    // Inline-script hashes for the CSP, then the search index and _headers after the build.
    kindred(),
  ],
  // Shiki writes inline styles that a hash-based CSP rejects.
  markdown: { syntaxHighlight: false },
  build: { inlineStylesheets: 'always' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // frame-ancestors only works as an HTTP header: see public/_headers.
      ],
      scriptDirective: {
        // Pagefind compiles its WebAssembly search engine in the browser.
        // The hashes of our inline scripts are added by integrations/kindred.ts.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
  server: { port: 4321 },
  vite: {
    build: {
      rollupOptions: {
        output: {
          // One chunk per library family, named after packages only: fewer,
          // larger files compress better than the many tiny ones Rolldown
          // would otherwise cut along our own module boundaries.
          codeSplitting: {
            groups: [
              // Not @astrojs/preact's client: it imports Vite's preload helper, which every page needs.
              // Our own hooks (src/islands/hooks/) are a few lines every island uses: a chunk of their own would cost more than they weigh.
              { name: 'preact', test: /node_modules[\\/](preact|@nanostores[\\/]preact)[\\/]|src[\\/]islands[\\/]hooks[\\/]/ },
              // Vite's preload helper stays a chunk of its own: every page's header script needs it, and
              // a group that pulled it in would make that whole group load on every page.
              { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 10 },
              // The search UI (src/islands/search/, which imports nothing the stores share) loads as one chunk.
              { name: 'search', test: /src[\\/]islands[\\/]search[\\/]/ },
              { name: 'nanostores', test: /node_modules[\\/](nanostores|@nanostores[\\/]persistent)[\\/]/ },
            ],
          },
        },
      },
    },
  },
});
