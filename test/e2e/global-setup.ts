// Builds the real site once (unless SKIP_BUILD=1), and the sample site once, from the fictional reports and unit
// submissions in test/fixtures/ (unless SKIP_BUILD=1 and it is already there); makes sure Chromium is there, and
// serves both over loopback. Every browser test that needs sample data reads this one sample build.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../support/chromium.ts';
import { serve } from '../support/server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
/** Where the sample site is built, relative to the project. */
const SAMPLE_DIR = '.sample-dist-test';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The sample site (test/fixtures/results and test/fixtures/reports), served: every page carries the banner. */
    sampleURL: string;
    /** Its folder, relative to the project. */
    sampleDir: string;
  }
}

export default async function setup(project: TestProject) {
  ensureChromium();
  const build = (args: string[]) =>
    execFileSync(process.execPath, ['src/cli/build.ts', ...args], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CI: '1' } });
  if (process.env.SKIP_BUILD !== '1') build(['--out', 'dist']);
  if (process.env.SKIP_BUILD !== '1' || !existsSync(join(ROOT, SAMPLE_DIR, 'index.html')))
    build(['--out', SAMPLE_DIR, '--results', join('test', 'fixtures', 'results'), '--reports', join('test', 'fixtures', 'reports')]);
  const real = await serve(join(ROOT, 'dist'));
  const sample = await serve(join(ROOT, SAMPLE_DIR));
  project.provide('baseURL', real.url);
  project.provide('sampleURL', sample.url);
  project.provide('sampleDir', SAMPLE_DIR);
  return async () => {
    await Promise.all([real, sample].map((s) => new Promise<void>((r) => s.server.close(() => r()))));
    if (process.env.SKIP_BUILD !== '1') rmSync(join(ROOT, SAMPLE_DIR), { recursive: true, force: true });
  };
}
