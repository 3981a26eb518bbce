// The published folder and the versions behind it (src/lib/site-folder.ts), on small folders: what a switch leaves,
// what cleaning may and may not remove, and how a site is put back after a build died half-way through a switch.
// Whole builds, a watcher at every instant and a real kill are in test/quality/atomic.test.ts.
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newVersion, recoverSite, removeOldVersions, removeSite, switchTo, versions } from '../../src/lib/site-folder.ts';

const POSIX = process.platform !== 'win32';
let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'hn122-site-folder-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A complete little build in a new version folder beside `out`, saying `text`. */
function built(out: string, text: string, id = 0): string {
  const v = `${newVersion(out)}${id ? `${id}` : ''}`;
  mkdirSync(v);
  writeFileSync(join(v, 'index.html'), text);
  writeFileSync(join(v, 'SHA256SUMS'), '');
  return v;
}
const shows = (out: string) => readFileSync(join(out, 'index.html'), 'utf8');
const beside = () => readdirSync(dir).sort();

describe('switchTo', () => {
  it.runIf(POSIX)('makes the name a relative link to the new version, first time and every time after', () => {
    const out = join(dir, 'dist');
    const a = built(out, 'a');
    expect(switchTo(out, a)).toBe('link');
    expect(readlinkSync(out)).toBe(basename(a));
    const b = built(out, 'b', 1);
    expect(switchTo(out, b)).toBe('link');
    expect(shows(out)).toBe('b');
    // The previous version stays until it is cleaned; no scratch link is left.
    expect(beside()).toEqual(['dist', basename(a), basename(b)].sort());
  });

  it.runIf(POSIX)('takes over a plain folder left by an older build, moving it aside', () => {
    const out = join(dir, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'old');
    const v = built(out, 'new');
    expect(switchTo(out, v)).toBe('link');
    expect(shows(out)).toBe('new');
    expect(readFileSync(join(`${v}-prev`, 'index.html'), 'utf8')).toBe('old');
  });

  it('refuses a name that is a file, leaving it as it was', () => {
    const out = join(dir, 'dist');
    writeFileSync(out, 'not a site');
    const v = built(out, 'new');
    expect(() => switchTo(out, v)).toThrow(expect.objectContaining({ code: 'ENOTDIR' }) as Error);
    expect(readFileSync(out, 'utf8')).toBe('not a site');
  });
});

describe('removeOldVersions', () => {
  it.runIf(POSIX)('removes earlier versions, scratch links and moved-aside folders, never the one the name shows', () => {
    const out = join(dir, 'dist');
    const a = built(out, 'a');
    const b = built(out, 'b', 1);
    switchTo(out, b);
    symlinkSync(basename(a), `${a}-link`);
    mkdirSync(`${a}-prev`);
    removeOldVersions(out);
    expect(beside()).toEqual(['dist', basename(b)].sort());
    expect(shows(out)).toBe('b');
  });

  it('keeps a plain folder (the Windows fallback) and removes every version beside it', () => {
    const out = join(dir, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'live');
    built(out, 'unfinished');
    removeOldVersions(out);
    expect(beside()).toEqual(['dist']);
  });

  it('leaves the versions of another site whose name starts the same alone', () => {
    const out = join(dir, '.sample-dist');
    const other = join(dir, '.sample-dist-test');
    const mine = built(out, 'mine');
    const theirs = built(other, 'theirs');
    expect(versions(out)).toEqual([mine]);
    removeOldVersions(out);
    expect(beside()).toEqual([basename(theirs)]);
  });
});

describe('recoverSite', () => {
  it.runIf(POSIX)('after a build died between the two renames of taking over a plain folder, puts its new site in place', () => {
    const out = join(dir, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'old');
    const v = built(out, 'new');
    // What switchTo had done when it died: the scratch link made, the plain folder moved aside.
    symlinkSync(basename(v), `${v}-link`);
    renameSync(out, `${v}-prev`);
    writeFileSync(join(`${v}-prev`, 'SHA256SUMS'), '');
    expect(recoverSite(out)).toBe(`${v}-link`);
    expect(shows(out)).toBe('new');
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
  });

  it('after the Windows fallback died between its renames, puts the newest complete site back', () => {
    const out = join(dir, 'dist');
    const old = built(out, 'old');
    renameSync(old, `${old}-prev`);
    expect(recoverSite(out)).toBe(`${old}-prev`);
    expect(shows(out)).toBe('old');
  });

  it('does nothing when the name shows a site, or when no complete version is there', () => {
    const out = join(dir, 'dist');
    expect(recoverSite(out)).toBeNull();
    const unfinished = `${newVersion(out)}`;
    mkdirSync(unfinished);
    expect(recoverSite(out)).toBeNull();
    mkdirSync(out);
    built(out, 'complete', 1);
    expect(recoverSite(out)).toBeNull();
    expect(readdirSync(out)).toEqual([]);
  });
});

it.runIf(POSIX)('removeSite removes the link, the version it shows and every other version', () => {
  const out = join(dir, 'dist');
  switchTo(out, built(out, 'a'));
  built(out, 'b', 1);
  removeSite(out);
  expect(beside()).toEqual([]);
});
