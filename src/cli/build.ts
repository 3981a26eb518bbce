// `npm run build`: `astro build` (which gives the complete site: pages, sitemap, search index, checksums, see
// astro.config.mjs) into a scratch folder, which replaces the published folder only when the build succeeded.
// A failed build leaves the previous site untouched.
//   node src/cli/build.ts            -> dist/
//   node src/cli/build.ts --out .sample-dist --reports test/fixtures/reports   (sample-data preview)
//   node src/cli/build.ts --content /some/copy --out /tmp/out                   (another data folder: tests, benchmark)
// Each flag can also be given as an environment variable (OUT_DIR, REPORTS_DIR, RESULTS_DIR, CONTENT_DIR); flags keep npm
// scripts free of `VAR=value cmd`, which Windows' shell cannot run.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import config from '../../astro.config.mjs';
import { buildStats } from '../integrations/build-stats.ts';

const { values: flags } = parseArgs({ options: { out: { type: 'string' }, reports: { type: 'string' }, results: { type: 'string' }, content: { type: 'string' } } });
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

rmSync(next, { recursive: true, force: true });
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
  console.error(`\n${(e as Error).message}\n\nTạo trang web KHÔNG thành công.\nTrang web cũ (nếu có) trong ${out} vẫn được giữ nguyên.`);
  process.exit(1);
}

rmSync(prev, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, prev);
renameSync(next, out);
rmSync(prev, { recursive: true, force: true });
const totalMs = performance.now() - started;
console.log(`Đã tạo trang web trong ${out} sau ${(totalMs / 1000).toFixed(1)} giây.`);
// The benchmark reads phase times from here rather than parsing log lines.
if (process.env.BUILD_STATS) {
  const { searchMs = 0, searchCpuMs, pagefindCpuMs, checksumsMs = 0, indexed = 0 } = buildStats();
  const own = process.cpuUsage();
  // CPU of the whole build: this process's, and Pagefind's process, which ends without being waited for.
  const cpuMs = pagefindCpuMs === undefined ? undefined : (own.user + own.system) / 1000 + pagefindCpuMs;
  const stats = { astroMs: totalMs - searchMs - checksumsMs, searchMs, searchCpuMs, cpuMs, totalMs, indexed, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  writeFileSync(process.env.BUILD_STATS, JSON.stringify(stats));
}
