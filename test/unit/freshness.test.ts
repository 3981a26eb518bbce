// "Data last changed": the date of the last commit touching the data, in Hanoi, from history; never the clock.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastChanged } from '../../src/lib/freshness.ts';

const dir = mkdtempSync(join(tmpdir(), 'hn122-fresh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const git = (args: string[], date?: string) =>
  execFileSync('git', args, {
    cwd: dir,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });

describe('lastChanged', () => {
  it('is the Hanoi date of the last commit that touched the data, not of later commits elsewhere', () => {
    git(['init', '-q']);
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'content', 'a.yaml'), 'a: 1\n');
    // 20:30 UTC on 30 November is already 1 December in Hanoi (UTC+7).
    git(['add', '.']);
    git(['commit', '-qm', 'data'], '2026-11-30T20:30:00Z');
    writeFileSync(join(dir, 'README.md'), 'x\n');
    git(['add', '.']);
    git(['commit', '-qm', 'docs'], '2026-12-05T08:00:00Z');
    expect(lastChanged(['content'], dir)).toBe('2026-12-01');
    expect(lastChanged(['README.md'], dir)).toBe('2026-12-05');
  });

  it('says nothing outside a repository, or in a shallow clone whose history is cut', () => {
    const bare = mkdtempSync(join(tmpdir(), 'hn122-nogit-'));
    try {
      expect(lastChanged(['content'], bare)).toBeNull();
      const shallow = join(bare, 'shallow');
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow], { stdio: 'ignore' });
      expect(lastChanged(['content'], shallow)).toBeNull();
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
