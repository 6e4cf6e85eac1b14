// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import kindred from './integrations/kindred.ts';
import { isOutOfSitemap } from './src/lib/routes.ts';

/** A stylesheet smaller than this many bytes is inlined into the pages that use it. */
const INLINE_CSS_BELOW = 1024;

export default defineConfig({
  // Canonical links; set SITE_URL when building for the real address.
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [
    // External links in MDX get rel="noopener noreferrer" from src/components/mdx/Link.astro.
    mdx({ syntaxHighlight: false }),
    preact(),
    // sitemap-index.xml for search engines, without the noindex score pages and /offline/ (src/lib/routes.ts).
    sitemap({ filter: (page) => !isOutOfSitemap(new URL(page).pathname) }),
    // Inline-script hashes for the CSP, then the search index and _headers after the build.
    kindred(),
  ],
  // Stylesheets are hashed files a visit caches, so a reader pays for them once, not on every page; only a
  // stylesheet under INLINE_CSS_BELOW bytes is inlined (see vite.build.assetsInlineLimit), and check-dist
  // fails if one is inlined on more than 3 pages.
  build: { inlineStylesheets: 'auto' },
  // Shiki writes inline styles that a hash-based CSP rejects.
  markdown: { syntaxHighlight: false },
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
      // No script or image inlined: Astro inlines a small script that imports nothing (the contents marker) by
      // this limit, and inlined it would be paid again on every article a reader opens. A stylesheet under
      // INLINE_CSS_BELOW bytes is (the home page's, /search/'s own…): its request cost more than its bytes, and on
      // a first page it was a second render-blocking request.
      assetsInlineLimit: (file, content) => file.endsWith('.css') && content.length < INLINE_CSS_BELOW,
      rollupOptions: {
        output: {
          // BaseLayout's script (the page chrome's custom elements) and the small modules page scripts share with it
          // (storage keys, the has-saved check, Vite's preload helper) make one file: split along the import graph,
          // they were five requests on every first page.
          codeSplitting: {
            groups: [
              {
                name: 'site',
                test: /src[\\/]layouts[\\/]BaseLayout\.astro|src[\\/]islands[\\/](chrome[\\/]|has-saved|reading|theme|offline[\\/]worker)|src[\\/]lib[\\/]reading\.ts|src[\\/]consts|preload-helper/,
              },
            ],
          },
        },
      },
    },
  },
});
