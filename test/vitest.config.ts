import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Environments split by folder: plain Node for logic and source fidelity, real Chromium for the built site,
// and quality checks (validity, links, reproducibility, security, page-weight budgets) on whole builds.
// Projects that read built sites share one global setup (test/support/global-setup.ts): the real site and the
// sample site are each built once per run. The all-pages sweeps (axe and the W3C checker on every page of both
// builds) are left out of `npm test` and run by `npm run test:sweeps`.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    // Vitest's default is one file at a time on a 2-core machine (cores - 1), and a project with fileParallelism
    // off puts its files in one queue with every other such project's. Most files wait on Chromium, a build or
    // LibreOffice in another process, so two files at a time, from any project, keep both cores busy. The shared
    // builds are read-only; a test that builds writes its own folder, and builds that would share the project's
    // .astro/ folder take turns by themselves (src/cli/build.ts).
    maxWorkers: 2,
    projects: [
      // Astro components rendered alone (Container API), each from its examples file, with axe on each example.
      'test/components/vitest.config.ts',
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/fidelity/**/*.test.ts'],
          environment: 'node',
          // One worker runs many files, importing the data module and its schemas once rather than once per file.
          isolate: false,
          // A few unit tests start the CLIs as a person would (node src/cli/…); on a busy 2-core machine one start
          // can take seconds, which is not a failure of the code under test.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Files share a worker (Playwright and axe imported once); each still launches and closes its own Chromium.
          isolate: false,
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          // expect.poll waits for something the page does by itself (a chart drawn, a status set after the clipboard
          // write). Vitest's default of 1 s was exceeded on a loaded 2-core CI machine, where a page's module script
          // can start seconds late; a poll that succeeds returns at once, so a longer limit costs nothing.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          name: 'quality',
          include: ['test/quality/**/*.test.ts'],
          environment: 'node',
          isolate: false,
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'sweeps',
          include: ['test/sweeps/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 900_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
