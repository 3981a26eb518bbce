// One build at a time per output folder, with a lock a killed build cannot leave stuck; operator errors end with
// one Vietnamese sentence, never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyContent, ROOT, runBuild, scratch } from '../support/site.ts';

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
    expect(readdirSync(dir).filter((e) => e.includes('busy'))).toEqual(['busy.lock']);
  });

  it('takes over a lock left by a build that was killed, and releases it', async () => {
    const out = join(dir, 'stale');
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    mkdirSync(`${out}.lock`);
    writeFileSync(join(`${out}.lock`, 'pid'), dead);
    // A data error ends the build early, without a full build: it shows the build got past the lock to the data,
    // and the lock is released on exit whichever way the build ends.
    const content = copyContent('lock-content');
    writeFileSync(
      join(content, 'tasks.yaml'),
      readFileSync(join(content, 'tasks.yaml'), 'utf8').replace(/start: \d{4}/, 'start: hai nghìn'),
    );
    const r = await runBuild({ OUT_DIR: out, CONTENT_DIR: content });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('trường "period.start"');
    expect(r.stderr).not.toContain('đang ghi vào');
    expect(existsSync(`${out}.lock`)).toBe(false);
    rmSync(join(content, '..'), { recursive: true, force: true });
  });
});

describe('builds of the project into folders outside it', () => {
  // Astro renders the pages of such a build in the project's .astro/ folder, shared by all of them: two at once
  // broke each other ("Cannot find module .astro/.prerender/…"). The second one now waits its turn.
  it('wait for one another instead of failing, and say so', async () => {
    const projectLock = join(ROOT, '.astro', 'build.lock');
    mkdirSync(join(ROOT, '.astro'), { recursive: true });
    // Held as a build would hold it (this process is alive); another test's build may hold it first.
    for (;;)
      try {
        mkdirSync(projectLock);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    writeFileSync(join(projectLock, 'pid'), String(process.pid));
    // Good data: the build checks it first (it needs no lock), then waits for the project's folder.
    const child = spawn(process.execPath, ['src/cli/build.ts'], {
      cwd: ROOT,
      env: { ...process.env, CI: '1', OUT_DIR: join(dir, 'waiting') },
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
    const holder = () => {
      try {
        return readFileSync(join(projectLock, 'pid'), 'utf8');
      } catch {
        return '';
      }
    };
    try {
      await expect
        .poll(() => stdout, { timeout: 30_000 })
        .toContain(`Đang chờ một lần tạo trang khác của dự án (tiến trình ${process.pid}) xong`);
      expect(child.exitCode, 'still waiting').toBeNull();
    } finally {
      rmSync(projectLock, { recursive: true, force: true });
    }
    // Released: the build takes the lock and goes on. It is stopped there, a whole build being of no use to this
    // test; the lock it leaves names a process that is gone, which the next build takes over (the test above).
    try {
      await expect.poll(holder, { timeout: 30_000 }).toBe(String(child.pid));
    } finally {
      child.kill('SIGKILL');
    }
    const [, signal] = await exited;
    expect(signal).toBe('SIGKILL');
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

  // --results and RESULTS_DIR named a results folder that no longer exists, and were silently ignored: a site built
  // with them showed no reports at all. Every flag and folder the build does not know now stops it, before it builds.
  const before = async (args: string[], env: Record<string, string> = {}) => {
    const out = join(dir, 'flags');
    const r = await runBuild({ OUT_DIR: out, ...env }, [], args);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    return r.stderr.trim();
  };

  it('an unknown flag, the old --results included, is one Vietnamese sentence naming the flags there are', async () => {
    expect(await before(['--results', 'test/fixtures/reports'])).toBe(
      'Không hiểu tuỳ chọn "--results": npm run build chỉ nhận --out <thư mục trang>, --content <thư mục dữ liệu> và --reports <thư mục báo cáo>. Kết quả của các đơn vị nay nằm trong báo cáo của họ: hãy dùng --reports <thư mục báo cáo>.',
    );
    expect(await before(['--reprots', 'x'])).toMatch(/^Không hiểu tuỳ chọn "--reprots": npm run build chỉ nhận --out/);
    expect(await before(['--out'])).toBe('Tuỳ chọn --out cần một đường dẫn đi sau, ví dụ: npm run build -- --out dist');
    expect(await before([], { RESULTS_DIR: 'test/fixtures/reports' })).toMatch(/^RESULTS_DIR không còn được dùng: /);
  });

  it('a data or reports folder that is not there is named, whether given as a flag or a variable', async () => {
    expect(await before(['--reports', 'test/fixtures/bao-cao-khong-co'])).toBe(
      `Không có thư mục ${join(ROOT, 'test', 'fixtures', 'bao-cao-khong-co')} (--reports, REPORTS_DIR): hãy kiểm tra đường dẫn rồi chạy lại.`,
    );
    expect(await before([], { CONTENT_DIR: join(dir, 'khong-co') })).toBe(
      `Không có thư mục ${join(dir, 'khong-co')} (--content, CONTENT_DIR): hãy kiểm tra đường dẫn rồi chạy lại.`,
    );
  });

  // The published folder is replaced as a whole and the one before it removed: never the project, nor other files.
  it('an output folder that is the project, or holds files that are not a built site, is refused before anything moves', async () => {
    expect(await before(['--out', '.'])).toBe(`${ROOT} chứa cả dự án: hãy chọn --out là một thư mục riêng cho trang web, ví dụ dist.`);
    const mine = join(dir, 'tai-lieu');
    mkdirSync(mine);
    writeFileSync(join(mine, 'bao-cao.docx'), 'của tôi');
    expect(await before(['--out', mine])).toBe(
      `${mine} đã có các tệp khác, không phải một trang đã dựng: hãy chọn --out khác, hoặc đổi tên thư mục đó rồi chạy lại.`,
    );
    expect(readdirSync(mine)).toEqual(['bao-cao.docx']);
  });
});
