// `npm run build`: `astro build` (which gives the complete site: pages, sitemap, search index, checksums, see
// astro.config.mjs) into a scratch folder, which replaces the published folder only when the build succeeded.
// A failed build leaves the previous site untouched.
//   node src/cli/build.ts            -> dist/
//   node src/cli/build.ts --out .sample-dist --reports test/fixtures/reports   (sample-data preview)
//   node src/cli/build.ts --content /some/copy --out /tmp/out                   (another data folder: tests, benchmark)
// Each flag can also be given as an environment variable (OUT_DIR, REPORTS_DIR, RESULTS_DIR, CONTENT_DIR); flags keep npm
// scripts free of `VAR=value cmd`, which Windows' shell cannot run.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import config from '../../astro.config.mjs';
import { buildStats } from '../integrations/build-stats.ts';

const { values: flags } = parseArgs({
  options: { out: { type: 'string' }, reports: { type: 'string' }, results: { type: 'string' }, content: { type: 'string' } },
});
if (flags.out) process.env.OUT_DIR = flags.out;
if (flags.reports) process.env.REPORTS_DIR = flags.reports;
if (flags.results) process.env.RESULTS_DIR = flags.results;
if (flags.content) process.env.CONTENT_DIR = flags.content;

const root = resolve(import.meta.dirname, '..', '..');
// Data paths (content/results, RESULTS_DIR) are relative to the project: started from elsewhere, the build would
// otherwise find no results folder and publish "no report yet" over real reports.
process.chdir(root);
const out = resolve(root, process.env.OUT_DIR ?? 'dist');
const next = `${out}.next`;
const prev = `${out}.prev`;

/** What an operator must fix, in one Vietnamese sentence, for the file-system errors a build can meet. */
function operatorMessage(e: unknown): string | null {
  const { code, path } = e as NodeJS.ErrnoException;
  const where = path ?? out;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Không có quyền ghi vào ${where}: hãy cấp quyền ghi cho thư mục đó, hoặc chọn thư mục khác bằng --out.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `Ổ đĩa chứa ${where} đã đầy: hãy giải phóng dung lượng (ví dụ xoá các bản dựng cũ) rồi chạy lại.`;
    case 'EXDEV':
      return `${out} nằm trên một ổ đĩa khác với thư mục tạm ${next}: hãy chọn --out là một thư mục thường, không phải điểm gắn (mount) của một ổ đĩa.`;
    case 'ENOENT':
      return `Không có ${where}: hãy kiểm tra đường dẫn (--out, --content, --reports) rồi chạy lại.`;
    case 'ENAMETOOLONG':
      return `Tên tệp quá dài cho hệ thống tệp (${where.slice(0, 120)}…): hãy rút gọn mã (id) trong dữ liệu hoặc chọn thư mục --out ngắn hơn.`;
    case 'ENOTDIR':
      return `${where} không phải một thư mục: hãy chọn --out là một thư mục.`;
    default:
      return null;
  }
}

function fail(e: unknown, what: string): never {
  const sentence = operatorMessage(e);
  console.error(`\n${sentence ?? (e as Error).message}\n\n${what}\nTrang web cũ (nếu có) trong ${out} vẫn được giữ nguyên.`);
  process.exit(1);
}

// One build at a time per output folder. The lock is a folder (created atomically) holding the builder's PID; a
// lock whose process is gone (a build killed with -9, a crashed machine) is taken over, so it can never stay stuck.
const lock = `${out}.lock`;
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};
function takeLock(retry = true): void {
  try {
    mkdirSync(lock);
    writeFileSync(`${lock}/pid`, String(process.pid));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') fail(e, 'Tạo trang web KHÔNG thành công.');
    let pid = NaN;
    try {
      pid = Number(readFileSync(`${lock}/pid`, 'utf8'));
    } catch {
      // A lock without its PID yet: another build is taking it right now, or one died in between; recheck once.
    }
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
      console.error(`Một lần tạo trang khác (tiến trình ${pid}) đang ghi vào ${out}: hãy chờ nó xong rồi chạy lại.`);
      process.exit(1);
    }
    if (!retry) fail(e, 'Tạo trang web KHÔNG thành công.');
    rmSync(lock, { recursive: true, force: true });
    takeLock(false);
  }
}
takeLock();
process.on('exit', () => {
  try {
    if (readFileSync(`${lock}/pid`, 'utf8') === String(process.pid)) rmSync(lock, { recursive: true, force: true });
  } catch {
    // Already gone.
  }
});

try {
  rmSync(next, { recursive: true, force: true });
} catch (e) {
  fail(e, 'Tạo trang web KHÔNG thành công.');
}
// Every build starts from an empty content-layer cache, so that its output depends on the data files alone and
// never on what an earlier build left there (one from another CONTENT_DIR leaves modules that no longer exist).
// This is what `astro build --force` does, without the warning it logs.
rmSync(resolve(root, String(config.cacheDir ?? 'node_modules/.astro'), 'data-store.json'), { force: true });
const started = performance.now();
process.env.ASTRO_TELEMETRY_DISABLED = '1';
try {
  await build({ root, outDir: next, logLevel: process.env.CI ? 'warn' : 'info' });
} catch (e) {
  rmSync(next, { recursive: true, force: true });
  fail(e, 'Tạo trang web KHÔNG thành công.');
}

try {
  rmSync(prev, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, prev);
  renameSync(next, out);
  rmSync(prev, { recursive: true, force: true });
} catch (e) {
  // Put the previous site back if it was moved aside and the new one could not take its place.
  if (!existsSync(out) && existsSync(prev)) renameSync(prev, out);
  rmSync(next, { recursive: true, force: true });
  fail(e, 'Thay trang web cũ bằng bản mới KHÔNG thành công.');
}
const totalMs = performance.now() - started;
console.log(`Đã tạo trang web trong ${out} sau ${(totalMs / 1000).toFixed(1)} giây.`);
// The benchmark reads phase times from here rather than parsing log lines.
if (process.env.BUILD_STATS) {
  const { searchMs = 0, searchCpuMs, pagefindCpuMs, checksumsMs = 0, indexed = 0 } = buildStats();
  const own = process.cpuUsage();
  // CPU of the whole build: this process's, and Pagefind's process, which ends without being waited for.
  const cpuMs = pagefindCpuMs === undefined ? undefined : (own.user + own.system) / 1000 + pagefindCpuMs;
  const stats = {
    astroMs: totalMs - searchMs - checksumsMs,
    searchMs,
    searchCpuMs,
    cpuMs,
    totalMs,
    indexed,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  writeFileSync(process.env.BUILD_STATS, JSON.stringify(stats));
}
