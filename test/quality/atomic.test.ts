// A failed build leaves the previous site exactly as it was, and says in Vietnamese which file, line and field
// to fix. Two failures are tried for real: one while loading data (before Astro writes any page) and one
// while rendering (after Astro has begun writing pages into the scratch folder).
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, sha256 } from '../../src/integrations/checksums.ts';
import { copyContent, DIST, runBuild, scratch, type BuildResult } from '../support/site.ts';

const snapshot = (dir: string) => new Map(listFiles(dir).map((f) => [f, sha256(readFileSync(join(dir, f)))]));

describe('a failed build never replaces the published folder', () => {
  const dir = scratch('atomic');
  const out = join(dir, 'site');
  let before: Map<string, string>;

  beforeAll(() => {
    cpSync(DIST, out, { recursive: true });
    before = snapshot(out);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function expectUntouched(r: BuildResult) {
    expect(r.code).toBe(1);
    expect(snapshot(out)).toEqual(before);
    expect(existsSync(`${out}.next`), 'scratch folder left behind').toBe(false);
    expect(existsSync(`${out}.prev`)).toBe(false);
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

  it('on a cross-file error found while pages are being written', async () => {
    const content = copyContent('bad-link');
    const file = join(content, 'links.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(targets: \[)([a-z0-9-]+)/, '$1muc-tieu-khong-co'));

    const r = await runBuild({ CONTENT_DIR: content, OUT_DIR: out });
    expectUntouched(r);
    expect(r.stderr).toContain('content/links.yaml');
    expect(r.stderr).toContain('không có mục tiêu mã "muc-tieu-khong-co"');
    rmSync(join(content, '..'), { recursive: true, force: true });
  });

  // Regression: failed builds from another CONTENT_DIR used to leave that folder's modules in Astro's content
  // cache, and the next good build died on files that no longer existed. Every build now starts from an empty cache.
  it('does not disturb the next build of the real content, even after the broken folders are gone', async () => {
    const next = join(dir, 'after');
    const r = await runBuild({ OUT_DIR: next });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(next, 'index.html'))).toBe(true);
  });
});
