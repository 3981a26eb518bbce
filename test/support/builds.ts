// The two builds a test run shares: the real site (dist/, from content/) and the sample site, built from the
// fictional reports in test/fixtures/ (every page carries the sample-data banner). test/support/global-setup.ts
// makes each once per run; tests read them, and never build either again.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST } from '../../src/integrations/checksums.ts';
import { ROOT } from './site.ts';

export interface SharedBuild {
  /** Output folder, relative to the project. */
  out: string;
  /** Flags of src/cli/build.ts besides --out. */
  flags: string[];
  /** Environment overrides. */
  env?: Record<string, string>;
}

export const REAL: SharedBuild = { out: 'dist', flags: [] };
// Always for the root path: the browser tests open absolute paths on it, whatever SITE_BASE this run has.
export const SAMPLE: SharedBuild = {
  out: '.sample-dist-test',
  flags: ['--reports', join('test', 'fixtures', 'reports')],
  env: { SITE_BASE: '/' },
};

export const SAMPLE_DIST = join(ROOT, SAMPLE.out);

/** Built by this process (this test run): SHA256SUMS is a build's last file, written after the process started. */
export function builtThisRun(b: SharedBuild): boolean {
  const manifest = join(ROOT, b.out, MANIFEST);
  return existsSync(manifest) && statSync(manifest).mtimeMs >= performance.timeOrigin;
}

/** Builds unless this run already did (or `reuse` is set and a build is there); resolves to whether it is from this run. */
export async function ensureBuilt(b: SharedBuild, reuse = false): Promise<boolean> {
  if ((reuse && existsSync(join(ROOT, b.out, MANIFEST))) || builtThisRun(b)) return builtThisRun(b);
  const child = spawn(process.execPath, ['src/cli/build.ts', '--out', b.out, ...b.flags], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CI: '1', ...b.env },
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`Tạo trang ${b.out} cho bài kiểm thử KHÔNG thành công (mã ${code}): xem thông báo ở trên.`);
  return builtThisRun(b);
}
