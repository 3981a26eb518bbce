// Two builds of the same commit are byte-identical (search index included), even when their clocks and time
// zones disagree, and even when one is plain `astro build` (the integrations make the whole site, so `npm run
// build` adds only the swap into dist/); plain `astro build` writes its own folder and never touches dist/; the
// checksum list describes the build; `npm run verify` tells a faithful copy from an altered one.
import { execFile } from 'node:child_process';
import { cpSync, lstatSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listFiles, MANIFEST, readManifest, sha256 } from '../../src/integrations/checksums.ts';
import { serve } from '../support/server.ts';
import { inspectSite } from '../support/watch-site.ts';
import { DIST, ROOT, runAstroBuild, runBuild, scratch, type BuildResult } from '../support/site.ts';

const SHIFT_CLOCK = ['--import', './test/support/shift-clock.ts'];

/** Files that differ between two folders, by relative path. */
function differences(a: string, b: string): string[] {
  const fa = listFiles(a);
  const fb = listFiles(b);
  const out = [
    ...fa.filter((f) => !fb.includes(f)).map((f) => `only in first: ${f}`),
    ...fb.filter((f) => !fa.includes(f)).map((f) => `only in second: ${f}`),
  ];
  for (const f of fa.filter((f) => fb.includes(f)))
    if (sha256(readFileSync(join(a, f))) !== sha256(readFileSync(join(b, f)))) out.push(`differs: ${f}`);
  return out;
}

describe('reproducible build', () => {
  const dir = scratch('repro');
  // Plain `astro build`, into the folder astro.config.mjs names.
  const shiftedDir = join(ROOT, 'astro-dist');
  let shifted: BuildResult;
  let reference = DIST;
  let distBefore: { site: ReturnType<typeof inspectSite>; ino: number };

  beforeAll(async () => {
    distBefore = { site: inspectSite(DIST), ino: lstatSync(DIST).ino };
    shifted = await runAstroBuild(null, { TZ: 'Pacific/Kiritimati' }, SHIFT_CLOCK);
    // dist/ is only a fair reference if it was built from this working tree during this run.
    if (!inject('distFresh')) {
      reference = join(dir, 'reference');
      const r = await runBuild({ OUT_DIR: reference });
      expect(r.code, r.stderr).toBe(0);
    }
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(shiftedDir, { recursive: true, force: true });
  });

  it('writes the complete site into its own folder and never touches dist/', () => {
    expect(shifted.code, shifted.stderr).toBe(0);
    expect(inspectSite(shiftedDir).problem).toBeUndefined();
    expect(lstatSync(DIST).ino).toBe(distBefore.ino);
    expect(inspectSite(DIST)).toEqual(distBefore.site);
  });

  it('gives byte-identical output from plain `astro build`, Pagefind index included, with the clock 3 years ahead in UTC+14', () => {
    expect(shifted.code, shifted.stderr).toBe(0);
    const files = listFiles(shiftedDir);
    for (const f of ['pagefind/pagefind-entry.json', 'sitemap-index.xml', 'build-info.json', MANIFEST]) expect(files, f).toContain(f);
    expect(files.some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
    expect(differences(reference, shiftedDir)).toEqual([]);
  });

  it('prints no warnings', () => {
    const lines = `${shifted.stdout}\n${shifted.stderr}`.split('\n').filter((l) => /warn|cảnh báo/i.test(l));
    expect(lines).toEqual([]);
  });

  it('really runs the comparison build on a shifted clock', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [...SHIFT_CLOCK, '-e', 'console.log(new Date().getFullYear(), Date.now())'],
      { cwd: ROOT },
    );
    const [year, now] = stdout.trim().split(' ').map(Number);
    expect(year).toBe(new Date(Date.now() + 3 * 365.25 * 864e5).getFullYear());
    expect(now! - Date.now()).toBeGreaterThan(2.9 * 365 * 864e5);
  });

  it('comparison notices a single changed byte', () => {
    const copy = join(dir, 'copy');
    cpSync(reference, copy, { recursive: true, dereference: true });
    writeFileSync(join(copy, 'robots.txt'), `${readFileSync(join(copy, 'robots.txt'), 'utf8')} `);
    expect(differences(reference, copy)).toEqual(['differs: robots.txt']);
  });
});

describe('checksum manifest and `npm run verify`', () => {
  it('SHA256SUMS lists every other file of the build with its checksum, and build-info.json names the commit', () => {
    const listed = readManifest(readFileSync(join(DIST, MANIFEST), 'utf8'));
    const files = listFiles(DIST).filter((f) => f !== MANIFEST);
    expect([...listed.keys()]).toEqual(files);
    for (const f of files) expect(listed.get(f), f).toBe(sha256(readFileSync(join(DIST, f))));
    expect((JSON.parse(readFileSync(join(DIST, 'build-info.json'), 'utf8')) as { commit: string }).commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('accepts a published copy that matches the build, and rejects one with a changed page', async () => {
    const dir = scratch('verify');
    const published = join(dir, 'site');
    cpSync(DIST, published, { recursive: true, dereference: true });
    const { url, server } = await serve(published);
    const verify = async () => {
      try {
        const r = await promisify(execFile)(process.execPath, ['src/cli/verify.ts', `${url}/`, '--dir', DIST], { cwd: ROOT });
        return { code: 0, out: r.stdout };
      } catch (e) {
        const err = e as { code: number; stderr: string };
        return { code: err.code, out: err.stderr };
      }
    };
    try {
      const ok = await verify();
      expect(ok.code, ok.out).toBe(0);
      expect(ok.out).toMatch(/khớp từng byte/);

      const page = 'nhiem-vu/pl2-01/index.html';
      writeFileSync(join(published, page), readFileSync(join(published, page), 'utf8').replace('Phụ lục II', 'Phụ lục III'));
      const altered = await verify();
      expect(altered.code).toBe(1);
      expect(altered.out).toContain(`nội dung không khớp ${MANIFEST}: ${page}`);

      // Someone who also rewrites the published checksum list is caught by the comparison with the local build.
      const sums = readFileSync(join(published, MANIFEST), 'utf8').replace(
        /^[0-9a-f]{64}(?= {2}nhiem-vu\/pl2-01\/index\.html$)/m,
        sha256(readFileSync(join(published, page))),
      );
      writeFileSync(join(published, MANIFEST), sums);
      const forged = await verify();
      expect(forged.code).toBe(1);
      expect(forged.out).toContain(`khác bản dựng: ${page}`);
      expect(forged.out).not.toContain('nội dung không khớp');
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
