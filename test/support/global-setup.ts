// Global setup of every project that reads built sites (browser, quality, a11y): Chromium is there, the real
// site and the sample site are built once per run (SKIP_BUILD=1 reuses the builds already there, as CI does after
// `npm run build` or after the main suite), and both are served over loopback.
import type { TestProject } from 'vitest/node';
import { ensureBuilt, REAL, SAMPLE, SAMPLE_DIST } from './builds.ts';
import { ensureChromium } from './chromium.ts';
import { serve, stop } from './server.ts';
import { builtFor, DIST } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin serving dist/ ("http://127.0.0.1:1234"); browser tests open absolute paths on it. */
    baseURL: string;
    /** Where dist/ is served, base path included ("http://127.0.0.1:1234/repo/"). */
    siteURL: string;
    /** dist/ was built from the working tree during this run, so other builds can be compared with it. */
    distFresh: boolean;
    /** Origin serving the sample site (built from test/fixtures/, always at the root); '' in the quality project. */
    sampleURL: string;
    /** The sample site's folder, relative to the project. */
    sampleDir: string;
  }
}

export default async function setup(project: TestProject) {
  ensureChromium();
  const reuse = process.env.SKIP_BUILD === '1';
  // The quality checks make their own variants of the data; only the reader-facing projects need the sample site.
  // When this run has one, both sites are built at once (each renders in its own folder inside the project), which
  // keeps both cores busy while nothing else can start.
  const withSample = project.name !== 'quality';
  const sampleInRun = project.vitest.projects.some((p) => p.name === 'browser' || p.name === 'sweeps');
  const [distFresh] = await Promise.all([ensureBuilt(REAL, reuse), sampleInRun ? ensureBuilt(SAMPLE, reuse) : undefined]);
  // A site built for a sub-folder (SITE_BASE=/repo/, as on GitHub Pages) is served under that folder, so the
  // checks run on exactly what gets deployed.
  const { base } = builtFor(DIST);
  const real = await serve(DIST, { base });
  const sample = withSample ? await serve(SAMPLE_DIST) : undefined;
  project.provide('baseURL', real.url);
  project.provide('siteURL', `${real.url}${base}`);
  project.provide('distFresh', distFresh);
  project.provide('sampleURL', sample?.url ?? '');
  project.provide('sampleDir', SAMPLE.out);
  return async () => {
    await stop(real);
    await stop(sample);
  };
}
