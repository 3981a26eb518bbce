// Component tests render single Astro components through Astro's Container API, so Vitest needs Astro's Vite
// setup (getViteConfig) rather than the plain Node of the other projects. Listed in test/vitest.config.ts.
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    test: {
      name: 'components',
      include: ['test/components/**/*.test.ts'],
      environment: 'node',
      // The three files share one Astro container (test/components/render.ts), made once per worker. A project in
      // its own config file does not inherit test/vitest.config.ts's maxWorkers, and must run as wide as the others.
      isolate: false,
      maxWorkers: 2,
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  },
  // Without this, rendered HTML carries data-astro-source-* attributes from the dev toolbar.
  { devToolbar: { enabled: false }, logLevel: 'error' },
);
