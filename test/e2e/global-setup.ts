// Builds the real site once (unless SKIP_BUILD=1), makes sure Chromium is there, and serves dist/ over loopback.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../support/chromium.ts';
import { serve } from '../support/server.ts';

const ROOT = join(import.meta.dirname, '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  ensureChromium();
  if (process.env.SKIP_BUILD !== '1') execFileSync(process.execPath, ['src/cli/build.ts'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, OUT_DIR: 'dist' } });
  const { url, server } = await serve(join(ROOT, 'dist'));
  project.provide('baseURL', url);
  return () => new Promise<void>((r) => server.close(() => r()));
}
