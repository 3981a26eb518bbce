// One build at a time per output folder, with a lock a killed build cannot leave stuck; operator errors end with
// one Vietnamese sentence, never a stack trace; build-info.json says when a build is not a build of the commit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { copyContent, runBuild, scratch } from '../support/site.ts';

const dir = scratch('lock');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('build lock', () => {
  it('refuses to build into a folder another live build holds, in one sentence, touching nothing', async () => {
    const out = join(dir, 'busy');
    mkdirSync(`${out}.lock`);
    writeFileSync(join(`${out}.lock`, 'pid'), String(process.pid));
    const r = await runBuild({ OUT_DIR: out });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`Một lần tạo trang khác (tiến trình ${process.pid}) đang ghi vào ${out}: hãy chờ nó xong rồi chạy lại.`);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.next`)).toBe(false);
  });

  it('takes over a lock left by a build that was killed, and releases it; the data folder marks the build', async () => {
    const out = join(dir, 'stale');
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    mkdirSync(`${out}.lock`);
    writeFileSync(join(`${out}.lock`, 'pid'), dead);
    const content = copyContent('lock-content');
    const r = await runBuild({ OUT_DIR: out, CONTENT_DIR: content });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(`${out}.lock`)).toBe(false);
    expect((JSON.parse(readFileSync(join(out, 'build-info.json'), 'utf8')) as { dirty: boolean }).dirty).toBe(true);
    rmSync(join(content, '..'), { recursive: true, force: true });
  });
});

describe('operator errors', () => {
  it('an output folder that cannot exist ends with one sentence naming what to fix, not a stack trace', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    const r = await runBuild({ OUT_DIR: join(dir, 'a-file', 'site') });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).toMatch(/(không phải một thư mục|Không có quyền ghi|Không có .*: hãy kiểm tra đường dẫn)/);
  });
});
