// Quality checks read the real built site: build dist/ once per run (unless SKIP_BUILD=1, or the browser
// project's setup already built it in this run), make sure Chromium is there, and serve dist/ over loopback.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../e2e/chromium.ts';
import { serve } from '../e2e/server.ts';
import { builtFor } from './lib/site.ts';

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
  // checks run on exactly what gets deployed: a scratch root holds a link to dist/ at the base path.
  const dist = join(ROOT, 'dist');
  const { base } = builtFor(dist);
  let root = dist;
  const links: string[] = [];
  if (base !== '/') {
    root = mkdtempSync(join(tmpdir(), 'hn122-serve-'));
    links.push(join(root, base.slice(1, -1)), join(root, '404.html'));
    mkdirSync(dirname(links[0]!), { recursive: true });
    symlinkSync(dist, links[0]!);
    symlinkSync(join(dist, '404.html'), links[1]!);
  }
  const { url, server } = await serve(root);
  project.provide('siteURL', `${url}${base}`);
  project.provide('distFresh', fresh());
  return () =>
    new Promise<void>((r) =>
      server.close(() => {
        // Unlink first, so that removing the scratch root can never reach into dist/.
        for (const l of links) unlinkSync(l);
        if (root !== dist) rmSync(root, { recursive: true, force: true });
        r();
      }),
    );
}
