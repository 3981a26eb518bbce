// Quality checks read the real built site: build dist/ once per run (unless SKIP_BUILD=1, or the browser
// project's setup already built it in this run), make sure Chromium is there, and serve dist/ over loopback.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../support/chromium.ts';
import { serve, stop } from '../support/server.ts';
import { builtFor } from '../support/site.ts';

const ROOT = join(import.meta.dirname, '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where dist/ is served for the quality checks, base path included ("http://127.0.0.1:1234/repo/"). */
    siteURL: string;
    /** dist/ was built from the working tree during this run, so other builds can be compared with it. */
    distFresh: boolean;
  }
}

export default async function setup(project: TestProject) {
  ensureChromium();
  // SHA256SUMS is the build's last file; newer than this process means some setup of this run built it.
  const manifest = join(ROOT, 'dist', 'SHA256SUMS');
  const fresh = () => existsSync(manifest) && statSync(manifest).mtimeMs >= performance.timeOrigin;
  if (process.env.SKIP_BUILD !== '1' && !fresh())
    execFileSync(process.execPath, ['src/cli/build.ts'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, OUT_DIR: 'dist' } });
  // A site built for a sub-folder (SITE_BASE=/repo/, as on GitHub Pages) is served under that folder, so the
  // checks run on exactly what gets deployed.
  const { base } = builtFor(join(ROOT, 'dist'));
  const served = await serve(join(ROOT, 'dist'), { base });
  project.provide('siteURL', `${served.url}${base}`);
  project.provide('distFresh', fresh());
  return () => stop(served);
}
