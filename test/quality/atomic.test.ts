// `npm run build` owns its output folder, and a visitor of that folder always gets a complete site:
// - a failed build leaves the previous site exactly as it was, and says in Vietnamese what to fix: a file, line and
//   field (data is checked before Astro starts), or a full disk while pages are being written;
// - a good build is switched in at one instant, once its search index and checksums are written, and nothing is
//   written into it after the switch: a watcher preloaded into the build (test/support/watch-site.ts) checks the
//   folder against its SHA256SUMS before and after every rename, link and removal the build makes, which are the
//   only instants a kill could leave behind; one build is really killed at the switch, one at a random moment;
// - a plain folder left by an older build is taken over, and where symbolic links cannot be made (Windows) the
//   weaker fallback still never shows a partial site;
// - plain `astro build` writes its own folder and never touches dist/ (reproducible.test.ts, on its build).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, sha256 } from '../../src/integrations/checksums.ts';
import { copyContent, DIST, ROOT, runBuild, scratch, type BuildResult } from '../support/site.ts';
import { inspectSite, type WatchEvent } from '../support/watch-site.ts';

const WATCH = ['--import', './test/support/watch-site.ts'];
const NO_SYMLINKS = ['--import', './test/support/no-symlinks.ts'];
const DISK_FULL = ['--import', './test/support/disk-full.ts'];
const POSIX = process.platform !== 'win32';

const snapshot = (dir: string) => new Map(listFiles(dir).map((f) => [f, sha256(readFileSync(join(dir, f)))]));

const dir = scratch('atomic');
const out = join(dir, 'site');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the build left beside the site: only the site's name, and the folder it points to if it is a link. */
function leftBeside(): { found: string[]; expected: string[] } {
  const found = readdirSync(dir).sort();
  const target = lstatSync(out).isSymbolicLink() ? [basename(readlinkSync(out))] : [];
  return { found, expected: ['site', ...target].sort() };
}

/** A build of the real content with the watcher; the events it logged. */
async function watchedBuild(env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<{ r: BuildResult; events: WatchEvent[] }> {
  const log = join(dir, '..', `${basename(dir)}-watch.log`);
  rmSync(log, { force: true });
  const r = await runBuild({ OUT_DIR: out, WATCH_SITE: out, WATCH_LOG: log, ...env }, [...nodeArgs, ...WATCH]);
  const events = existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as WatchEvent)
    : [];
  rmSync(log, { force: true });
  return { r, events };
}

/** Checks after the first one at which the site was another folder than at the check before. */
const switches = (events: WatchEvent[]) => events.slice(1).filter((e) => e.files);
/** Instants at which a visitor would get part of a site (missing files, files not matching SHA256SUMS). */
const partial = (events: WatchEvent[]) => events.filter((e) => e.problem && e.id !== null).map((e) => `${e.at}: ${e.problem}`);
/** Instants at which there is no site at all. */
const absent = (events: WatchEvent[]) => events.filter((e) => e.id === null).map((e) => e.at);

describe('a failed build never replaces the published folder', () => {
  let before: Map<string, string>;

  beforeAll(() => {
    // A plain folder, as builds before the switch to links left dist/ (dereference: dist/ itself is a link).
    cpSync(DIST, out, { recursive: true, dereference: true });
    before = snapshot(out);
  });

  function expectUntouched(r: BuildResult) {
    expect(r.code).toBe(1);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dir), 'scratch folder, link or lock left behind').toEqual(['site']);
    expect(r.stderr).toContain('vẫn được giữ nguyên');
  }

  it('on a wrong value in a data file, naming file, line and field in Vietnamese', async () => {
    const content = copyContent('bad-yaml');
    const file = join(content, 'tasks.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => /period: \{ start: \d{4}/.test(l));
    lines[at] = lines[at]!.replace(/start: \d{4}/, 'start: hai nghìn');
    writeFileSync(file, lines.join('\n'));

    const r = await runBuild({ CONTENT_DIR: content, OUT_DIR: out });
    expectUntouched(r);
    expect(r.stderr).toContain(`${file}, dòng ${at + 1}`);
    expect(r.stderr).toContain('trường "period.start"');
    expect(r.stderr).toMatch(/giá trị đang ghi: "hai nghìn"/);
    rmSync(join(content, '..'), { recursive: true, force: true });
  });

  it('on a cross-file error, a link to a target that does not exist', async () => {
    const content = copyContent('bad-link');
    const file = join(content, 'links.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(targets: \[)([a-z0-9-]+)/, '$1muc-tieu-khong-co'));

    const r = await runBuild({ CONTENT_DIR: content, OUT_DIR: out });
    expectUntouched(r);
    expect(r.stderr).toContain('content/links.yaml');
    expect(r.stderr).toContain('không có mục tiêu mã "muc-tieu-khong-co"');
    rmSync(join(content, '..'), { recursive: true, force: true });
  });

  it('when the disk fills up while pages are being written, saying so in Vietnamese', async () => {
    const r = await runBuild({ OUT_DIR: out, DISK_FULL_AFTER: '20' }, DISK_FULL);
    expectUntouched(r);
    expect(r.stderr).toMatch(/Ổ đĩa chứa .*index\.html đã đầy: hãy giải phóng dung lượng/);
  });
});

describe('a good build is switched in at one instant, complete', () => {
  // Also the regression test for failed builds from another CONTENT_DIR, which used to leave that folder's modules
  // in Astro's content cache, so that the next good build died on files that no longer existed.
  it.runIf(POSIX)('takes over a plain folder left by an older build: never a partial site, then a link to the new one', async () => {
    const old = inspectSite(out);
    expect(old.problem).toBeUndefined();
    const { r, events } = await watchedBuild();
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(partial(events)).toEqual([]);
    // The one instant without a site a plain folder costs: between moving it aside and renaming the link in.
    expect(absent(events).length).toBeLessThanOrEqual(2);
    const now = inspectSite(out);
    expect(now.problem).toBeUndefined();
    expect(now.id).not.toBe(old.id);
    const { found, expected } = leftBeside();
    expect(found, 'the old folder, a scratch folder or the lock left behind').toEqual(expected);
  });

  it('killed right after the switch, it leaves the new complete site', async () => {
    const old = inspectSite(out);
    const { r, events } = await watchedBuild({ KILL_AT_SWITCH: '1' });
    expect(r.signal, r.stderr).toBe('SIGKILL');
    expect(partial(events)).toEqual([]);
    const killed = inspectSite(out);
    expect(killed.problem).toBeUndefined();
    expect(killed.id).not.toBe(old.id);
    expect(killed.files).toEqual(switches(events).at(-1)?.files);
  });

  it('killed at a random moment, it leaves a complete site, the previous one or the new one', async () => {
    const old = inspectSite(out);
    // A build of the real content takes 4 s on a quiet 2-core machine and longer under load: a kill within its first
    // 3.5 s lands while Astro starts, bundles, writes pages or the search index. (Up to 10 s, as before, let most
    // builds finish, at the cost of a whole build.)
    const delay = Math.round(500 + Math.random() * 3_000);
    const child = spawn(process.execPath, ['src/cli/build.ts'], {
      cwd: ROOT,
      env: { ...process.env, CI: '1', OUT_DIR: out },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    const [code] = (await once(child, 'exit')) as [number | null];
    clearTimeout(timer);
    const after = inspectSite(out);
    expect(after.problem, `killed after ${delay} ms`).toBeUndefined();
    // Not killed in time: the build finished, and shows the new site.
    if (code === 0) expect(after.id).not.toBe(old.id);
  });

  // After the kills: their locks are taken over and their leftovers cleared by a build that is watched like the
  // others, from a link to a link this time, so there must be no instant without a site at all.
  it('the next build takes over the locks and clears what the killed builds left; at every instant the site is complete; one switch; nothing is written after it', async () => {
    const old = inspectSite(out);
    const { r, events } = await watchedBuild();
    expect(r.code, r.stderr).toBe(0);
    expect(events.length, 'the watcher saw the build').toBeGreaterThan(1);
    expect(events[0]!.id).toBe(old.id);
    expect(partial(events)).toEqual([]);
    expect(absent(events)).toEqual([]);
    const [flip, ...more] = switches(events);
    expect(more.map((e) => e.at)).toEqual([]);
    expect(flip, 'the site was switched').toBeDefined();
    expect(flip!.id).not.toBe(old.id);
    // The search index and the checksums were in place at the switch (the site was complete then), and the end
    // state is file for file, byte for byte and mtime for mtime what it was at the switch.
    const end = inspectSite(out);
    expect(end.problem).toBeUndefined();
    expect(end.id).toBe(flip!.id);
    expect(end.files).toEqual(flip!.files);
    const { found, expected } = leftBeside();
    expect(found, 'the killed builds’ leftovers, the previous version, a scratch folder or the lock').toEqual(expected);
  });

  it('where symbolic links cannot be made (Windows), it renames: a gap, but never a partial site', async () => {
    const { r, events } = await watchedBuild({}, NO_SYMLINKS);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(out).isDirectory()).toBe(true);
    expect(partial(events)).toEqual([]);
    expect(absent(events).length).toBeLessThanOrEqual(2);
    expect(inspectSite(out).problem).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['site']);
  });
});
