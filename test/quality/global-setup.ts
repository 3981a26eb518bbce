// Quality checks read the real built site: build dist/ once per run (unless SKIP_BUILD=1, or the browser
// project's setup already built it in this run), make sure Chromium is there, and serve dist/ over loopback.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../e2e/chromium.ts';
import { serve } from '../e2e/server.ts';

const ROOT = join(import.meta.dirname, '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where dist/ is served for the quality checks. */
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
  const { url, server } = await serve(join(ROOT, 'dist'));
  project.provide('siteURL', url);
  project.provide('distFresh', fresh());
  return () => new Promise<void>((r) => server.close(() => r()));
}
