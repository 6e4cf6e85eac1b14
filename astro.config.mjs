// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { preactWithoutSignals } from './scripts/lib/preact-without-signals.ts';
import { cspHash, minifyInlineScript } from './src/lib/inline-script.ts';

/** The inline head script; Astro does not hash `is:inline` scripts, so we do (same text as BaseLayout inlines). */
const pageInitHash = cspHash(
  minifyInlineScript(readFileSync(new URL('./src/scripts/page-init.js', import.meta.url), 'utf8')),
);

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [
    // External links in MDX get rel="noopener noreferrer" from src/components/mdx/Link.astro.
    mdx({ syntaxHighlight: false }),
    preact(),
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
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // frame-ancestors only works as an HTTP header: see public/_headers.
      ],
      scriptDirective: {
        // Pagefind compiles its WebAssembly search engine in the browser.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [pageInitHash],
      },
    },
  },
  server: { port: 4321 },
  vite: {
    plugins: [preactWithoutSignals()],
    build: {
      rollupOptions: {
        output: {
          // Fewer, larger chunks compress better: one for the Preact runtime, one for
          // the stores the header indicator shares with the islands.
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/](preact|@nanostores[\\/]preact|@astrojs[\\/]preact)[\\/]/ },
              { name: 'stores', test: /node_modules[\\/](nanostores|@nanostores[\\/]persistent)[\\/]|src[\\/](stores[\\/](storage|checklist)|islands[\\/]checklist-progress|lib[\\/](dates|checklist-state))\./ },
            ],
          },
        },
      },
    },
  },
});
