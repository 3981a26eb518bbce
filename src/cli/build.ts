// `npm run build`: `astro build` (which gives the complete site: pages, sitemap, search index, checksums, see
// astro.config.mjs) into a new folder beside the published one, which is switched in only when the build succeeded
// (src/lib/site-folder.ts: on Linux and macOS one atomic rename of a link, so there is never an instant without a
// complete site). A failed build leaves the previous site untouched.
//   node src/cli/build.ts            -> dist/
//   node src/cli/build.ts --out .sample-dist --reports test/fixtures/reports   (sample-data preview)
//   node src/cli/build.ts --content /some/copy --out /tmp/out                   (another data folder: tests, benchmark)
// Each flag can also be given as an environment variable (OUT_DIR, REPORTS_DIR, CONTENT_DIR); flags keep npm
// scripts free of `VAR=value cmd`, which Windows' shell cannot run. Relative paths are relative to the project.
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { buildStats } from '../integrations/build-stats.ts';
import { MANIFEST } from '../integrations/checksums.ts';
import { newVersion, recoverSite, removeOldVersions, switchTo } from '../lib/site-folder.ts';

// Grow the heap by 30 % of its live size after each full collection, not by V8's default of up to four times: the
// build's live data is large (about 0.8 GB at 20,000 tasks) and most of what it allocates dies with each page, so
// the default let it reach 3.3 GB of memory at that size for nothing. At 20,000 tasks (docs/performance.md) the
// peak is 1.8 GB with 30 %, 2.0 GB with 50 %, for about the same CPU: fewer pages of memory to fault in make up
// for the more frequent collections. V8 reads this setting at each collection, so setting it here, before Astro is
// loaded, is enough; a flag on the command line would have to be repeated by every caller (npm scripts, the
// benchmark, the tests).
setFlagsFromString('--heap-growing-percent=30');

/** A wrong command line or setting: one Vietnamese sentence, exit 2, before anything is touched. */
function usage(sentence: string): never {
  console.error(sentence);
  process.exit(2);
}

const FLAGS = '--out <thư mục trang>, --content <thư mục dữ liệu> và --reports <thư mục báo cáo>';
let flags: { out?: string | undefined; reports?: string | undefined; content?: string | undefined } = {};
try {
  ({ values: flags } = parseArgs({ options: { out: { type: 'string' }, reports: { type: 'string' }, content: { type: 'string' } } }));
} catch (e) {
  const { code, message } = e as { code?: string; message: string };
  const what = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    usage(`Tuỳ chọn ${what.split(' ')[0]} cần một đường dẫn đi sau, ví dụ: npm run build -- --out dist`);
  // --results (and RESULTS_DIR) named a folder of single-file results that no longer exists: a unit's results are
  // its report, read from <CONTENT_DIR>/reports or --reports. Silently ignoring it gave a site with no reports.
  const hint = what === '--results' ? ' Kết quả của các đơn vị nay nằm trong báo cáo của họ: hãy dùng --reports <thư mục báo cáo>.' : '';
  const kind = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 'tuỳ chọn ' : '';
  usage(`Không hiểu ${kind}"${what}": npm run build chỉ nhận ${FLAGS}.${hint}`);
}
if (flags.out) process.env.OUT_DIR = flags.out;
if (flags.reports) process.env.REPORTS_DIR = flags.reports;
if (flags.content) process.env.CONTENT_DIR = flags.content;
if (process.env.RESULTS_DIR)
  usage(
    'RESULTS_DIR không còn được dùng: kết quả của các đơn vị nay nằm trong báo cáo của họ, đọc từ thư mục reports/ của dữ liệu hoặc từ --reports (REPORTS_DIR); hãy bỏ biến này rồi chạy lại.',
  );

const root = resolve(import.meta.dirname, '..', '..');
// Data paths (content/, REPORTS_DIR) are relative to the project: started from elsewhere, the build would otherwise
// find no reports folder and publish "no report yet" over real reports.
process.chdir(root);
// A data folder that is not there would otherwise give a page of errors about every file it should hold.
for (const [name, flag] of [
  ['CONTENT_DIR', '--content'],
  ['REPORTS_DIR', '--reports'],
] as const) {
  const given = process.env[name];
  if (!given) continue;
  const full = resolve(root, given);
  let isDir = false;
  try {
    isDir = statSync(full).isDirectory();
  } catch {
    // Missing: said below.
  }
  if (!isDir) usage(`Không có thư mục ${full} (${flag}, ${name}): hãy kiểm tra đường dẫn rồi chạy lại.`);
}
const out = resolve(root, process.env.OUT_DIR ?? 'dist');
// The published folder is replaced as a whole, and a plain folder there is moved aside and removed: never the
// project itself, nor a folder of other files (one that is neither empty nor a site built by this project).
if (root === out || root.startsWith(`${out}${sep}`))
  usage(`${out} chứa cả dự án: hãy chọn --out là một thư mục riêng cho trang web, ví dụ dist.`);
try {
  const entry = lstatSync(out);
  if (entry.isDirectory() && !entry.isSymbolicLink()) {
    const files = readdirSync(out);
    if (files.length && !files.includes(MANIFEST) && !files.includes('index.html'))
      usage(`${out} đã có các tệp khác, không phải một trang đã dựng: hãy chọn --out khác, hoặc đổi tên thư mục đó rồi chạy lại.`);
  }
} catch {
  // Not there yet, or not readable: the switch says so later, in one sentence.
}
const version = newVersion(out);

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
    case 'EBUSY':
      return `${out} là điểm gắn (mount) của một ổ đĩa, hoặc đang bị một chương trình khác giữ (cửa sổ thư mục, máy chủ xem trước): hãy chọn --out là một thư mục thường, hoặc đóng chương trình đó, rồi chạy lại.`;
    case 'ENOENT':
      return `Không có ${where}: hãy kiểm tra đường dẫn (--out, --content, --reports) rồi chạy lại.`;
    case 'ENAMETOOLONG':
      return `Tên tệp quá dài cho hệ thống tệp (${where.slice(0, 120)}…): hãy rút gọn mã (id) trong dữ liệu hoặc chọn thư mục --out ngắn hơn.`;
    case 'ENOTDIR':
    case 'EEXIST':
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

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};
/**
 * Takes a lock folder (created atomically, holding this process's PID), released when the process exits. A lock
 * whose process is gone (a build killed with -9, a crashed machine) is taken over, so it can never stay stuck; one
 * held by a live process is left to `busy`, which ends the build or returns to try again.
 */
async function takeLock(lock: string, busy: (pid: number) => void | Promise<void>): Promise<void> {
  for (let emptyTries = 0; ;) {
    try {
      mkdirSync(lock);
      writeFileSync(`${lock}/pid`, String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') fail(e, 'Tạo trang web KHÔNG thành công.');
      let pid = NaN;
      try {
        pid = Number(readFileSync(`${lock}/pid`, 'utf8'));
      } catch {
        // A lock without its PID yet: another build is taking it right now, or one died in between; recheck once.
      }
      if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
        await busy(pid);
        emptyTries = 0;
        continue;
      }
      if (emptyTries++ > 0) fail(e, 'Tạo trang web KHÔNG thành công.');
      rmSync(lock, { recursive: true, force: true });
    }
  }
  process.on('exit', () => {
    try {
      if (readFileSync(`${lock}/pid`, 'utf8') === String(process.pid)) rmSync(lock, { recursive: true, force: true });
    } catch {
      // Already gone.
    }
  });
}
try {
  // The folder --out lives in, made if missing.
  mkdirSync(dirname(out), { recursive: true });
} catch (e) {
  fail(e, 'Tạo trang web KHÔNG thành công.');
}
// One build at a time per output folder: a second one into the same folder stops at once, in one sentence.
await takeLock(`${out}.lock`, (pid) => {
  console.error(`Một lần tạo trang khác (tiến trình ${pid}) đang ghi vào ${out}: hãy chờ nó xong rồi chạy lại.`);
  process.exit(1);
});

try {
  // What a killed build may have left: its site put back if it died between the two renames of a fallback switch,
  // and its unfinished versions removed (never the one out shows).
  const restored = recoverSite(out);
  if (restored) console.log(`Đã đặt lại trang web của lần tạo trang trước (${restored}) vào ${out}: lần đó bị dừng giữa chừng.`);
  removeOldVersions(out);
} catch (e) {
  fail(e, 'Tạo trang web KHÔNG thành công.');
}
const started = performance.now();
// Every data file is read and checked before Astro is even loaded. A mistake in one is then reported in well under
// a second, rather than after Vite has bundled the site (4 s of CPU for the real plan, for nothing); the pages and
// the search index read the data through the same load (sharedSiteData: one per process and data folder), so it is
// not read twice. Nothing here touches the project's .astro/ folder, so a data error does not wait for another build.
try {
  const { sharedSiteData } = await import('../lib/site-data.ts');
  await sharedSiteData(root);
} catch (e) {
  fail(e, 'Tạo trang web KHÔNG thành công.');
}
// Astro renders the pages of a build whose output is outside the project in the project's .astro/ folder, shared by
// every such build (builds into the project render inside their own output folder). Two at once broke each other
// ("Cannot find module .astro/.prerender/…"), so such builds take turns: the second one waits, it does not fail.
// The time spent waiting is not this build's: it is left out of the time reported at the end (and so of the
// benchmark's figures), and said apart.
let waitedMs = 0;
if (!version.startsWith(`${root}${sep}`)) {
  mkdirSync(join(root, '.astro'), { recursive: true });
  let said = false;
  const waitStarted = performance.now();
  await takeLock(join(root, '.astro', 'build.lock'), async (pid) => {
    if (!said) console.log(`Đang chờ một lần tạo trang khác của dự án (tiến trình ${pid}) xong…`);
    said = true;
    await new Promise((r) => setTimeout(r, 300));
  });
  if (said) waitedMs = performance.now() - waitStarted;
}
// Astro and the site's config are loaded only now, so that a wrong flag, folder or data file is said at once.
const [{ build }, { default: config }] = await Promise.all([import('astro'), import('../../astro.config.mjs')]);
// Every build starts from an empty content-layer cache, so that its output depends on the data files alone and
// never on what an earlier build left there (one from another CONTENT_DIR leaves modules that no longer exist).
// This is what `astro build --force` does, without the warning it logs.
rmSync(resolve(root, String(config.cacheDir ?? 'node_modules/.astro'), 'data-store.json'), { force: true });
process.env.ASTRO_TELEMETRY_DISABLED = '1';
try {
  await build({ root, outDir: version, logLevel: process.env.CI ? 'warn' : 'info' });
} catch (e) {
  rmSync(version, { recursive: true, force: true });
  fail(e, 'Tạo trang web KHÔNG thành công.');
}

// The site is complete (SHA256SUMS is written last, by the checksums integration); nothing writes into it from here.
try {
  const how = switchTo(out, version);
  if (how === 'rename' && process.platform !== 'win32')
    console.log(`Hệ thống tệp của ${out} không cho tạo liên kết tượng trưng: trang mới đã được đổi tên vào chỗ trang cũ (xem README).`);
} catch (e) {
  rmSync(version, { recursive: true, force: true });
  fail(e, 'Thay trang web cũ bằng bản mới KHÔNG thành công.');
}
try {
  removeOldVersions(out);
} catch (e) {
  // The new site is in place; a previous version that could not be removed now is removed by the next build.
  console.warn(`Chưa xoá được bản dựng cũ bên cạnh ${out}: ${(e as Error).message}`);
}
const totalMs = performance.now() - started - waitedMs;
const waited = waitedMs ? ` (chưa kể ${(waitedMs / 1000).toFixed(1)} giây chờ lần tạo trang khác)` : '';
console.log(`Đã tạo trang web trong ${out} sau ${(totalMs / 1000).toFixed(1)} giây${waited}.`);
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
