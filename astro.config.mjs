// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import checksums from './src/integrations/checksums.ts';
import dataFiles from './src/integrations/data-files.ts';
import searchIndex from './src/integrations/search-index.ts';

// SITE_URL is where the site is published; canonical URLs, the sitemap and share previews use it.
const site = process.env.SITE_URL ?? 'https://hanoi-khi-hau.github.io';
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  // Plain `astro build` writes here, never into dist/: dist/ belongs to `npm run build` (src/cli/build.ts), which
  // switches a complete build in at one instant, and Astro empties its output folder before writing into it.
  outDir: './astro-dist',
  trailingSlash: 'always',
  // Styles inlined in every page (about 2.5 KB gzipped more per page, one request fewer). With a linked stylesheet,
  // Chromium laid the whole page out unstyled when the parser finished, before the stylesheet had arrived (the
  // header's search form makes it look at the page then: without the form it waited), and again once it came. On
  // the 52 × 19 matrix that wasted first layout took 30–280 ms (docs/performance.md). Inline, it is the only one.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // 'jsx' would glue inline elements together ("Cơ quanchủ trì"); keep whitespace semantics of HTML.
  compressHTML: true,
  // No MDX integration: the plan text (content/plan/*.mdx) is data, parsed strictly and rendered by the site's own
  // components (src/lib/plan-text.ts), so nothing in it is ever compiled or run.
  // After the pages: the sitemap, the data files, the search index, then the checksums of everything (they run in
  // this order, so checksums() stays last). Plain `astro build` therefore gives the complete site in its own output
  // folder.
  integrations: [sitemap(), dataFiles(), searchIndex(), checksums()],
  devToolbar: { enabled: false },
  prefetch: false,
  // The plan has no code blocks, and Shiki's inline styles would break the CSP below.
  markdown: { syntaxHighlight: false },
  // A Content Security Policy in a <meta> tag, because GitHub Pages and most static hosts cannot send headers.
  // Astro adds the hashes of its own scripts and styles; everything else must come from the site itself.
  // (A meta policy cannot carry frame-ancestors or reporting; a host that sends headers should add those.)
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        // Pagefind fetches its index and fragments from the site itself.
        "connect-src 'self'",
        // Pagefind runs the search in a Web Worker that it may start from a blob: URL.
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search engine is WebAssembly: compiling it needs 'wasm-unsafe-eval', which allows wasm but not eval().
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // The timeframe bars and chart boxes set their geometry in style attributes (grid columns, heights). Those
      // may stay inline; <style> elements and stylesheets still need 'self' or one of Astro's hashes.
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  vite: {
    build: {
      // ExcelJS (about 940 kB minified, 258 kB gzipped) is one chunk that only /nop-bao-cao/ imports, lazily, when a
      // unit asks for its workbook; nothing loads it on page load (test/e2e/report-form.test.ts checks). Any other
      // chunk past this size still warns, and the reproducibility test fails on any warning.
      chunkSizeWarningLimit: 1200,
    },
  },
});
