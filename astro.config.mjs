// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// SITE_URL is where the site is published; canonical URLs, the sitemap and share previews use it.
const site = process.env.SITE_URL ?? 'https://hanoi-khi-hau.github.io';
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // 'jsx' would glue inline elements together ("Cơ quanchủ trì"); keep whitespace semantics of HTML.
  compressHTML: true,
  // Smart punctuation would turn the plan's straight quotes ("0") into curly ones: the text must stay as signed.
  integrations: [mdx({ smartypants: false })],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX output trips Rolldown's directive check (withastro/astro#18087, open upstream).
        // Drop only that message so that every other warning stays visible.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
