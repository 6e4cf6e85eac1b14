// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { leanClientBundle } from './scripts/lib/lean-client-bundle.ts';
import { cspHash, pageInitScript, tocSpyScript } from './src/lib/inline-scripts.ts';

export default defineConfig({
  // Canonical links; set SITE_URL when building for the real address.
  site: process.env.SITE_URL || 'http://localhost:4321',
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
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // frame-ancestors only works as an HTTP header: see public/_headers.
      ],
      scriptDirective: {
        // Pagefind compiles its WebAssembly search engine in the browser.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // Astro does not hash is:inline scripts; these are ours (src/lib/inline-scripts.ts).
        hashes: [cspHash(pageInitScript()), cspHash(tocSpyScript())],
      },
    },
  },
  server: { port: 4321 },
  vite: {
    plugins: [leanClientBundle()],
    build: {
      rollupOptions: {
        output: {
          // Fewer, larger chunks compress better: one for the Preact runtime, one for
          // the stores the header indicator shares with the islands.
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|src[\\/]stores[\\/]use-store\./ },
              { name: 'stores', test: /node_modules[\\/](nanostores|@nanostores[\\/]persistent)[\\/]|src[\\/](stores[\\/](storage|checklist)|islands[\\/]checklist-progress|lib[\\/](dates|checklist-state))\./ },
            ],
          },
        },
      },
    },
  },
});
