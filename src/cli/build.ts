// Builds the site atomically: astro build and the search index go into a scratch folder, which replaces
// the published folder only when every step succeeded. A failed build leaves the previous site untouched.
//   node src/cli/build.ts            -> dist/
//   node src/cli/build.ts --out .sample-dist --results test/fixtures/results   (sample-data preview)
//   node src/cli/build.ts --content /some/copy --out /tmp/out                   (another data folder: tests, benchmark)
// Each flag can also be given as an environment variable (OUT_DIR, RESULTS_DIR, CONTENT_DIR); flags keep npm
// scripts free of `VAR=value cmd`, which Windows' shell cannot run.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import config from '../../astro.config.mjs';
import { writeManifest } from './manifest.ts';
import { buildSearchIndex } from './search-index.ts';

const { values: flags } = parseArgs({ options: { out: { type: 'string' }, results: { type: 'string' }, content: { type: 'string' } } });
if (flags.out) process.env.OUT_DIR = flags.out;
if (flags.results) process.env.RESULTS_DIR = flags.results;
if (flags.content) process.env.CONTENT_DIR = flags.content;

const root = resolve(import.meta.dirname, '..', '..');
// Data paths (content/results, RESULTS_DIR) are relative to the project: started from elsewhere, the build would
// otherwise find no results folder and publish "no report yet" over real reports.
process.chdir(root);
const out = resolve(root, process.env.OUT_DIR ?? 'dist');
const next = `${out}.next`;
const prev = `${out}.prev`;

function fail(message: string): never {
  rmSync(next, { recursive: true, force: true });
  console.error(`\n${message}\nTrang web cũ (nếu có) trong ${out} vẫn được giữ nguyên.`);
  process.exit(1);
}

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
  fail(`${(e as Error).message}\n\nTạo trang web KHÔNG thành công.`);
}
const astroDone = performance.now();

let indexed = 0;
try {
  indexed = (await buildSearchIndex(next)).records;
  console.log(`Chỉ mục tìm kiếm: ${indexed} mục.`);
} catch (e) {
  fail(`Tạo chỉ mục tìm kiếm KHÔNG thành công: ${(e as Error).message}`);
}
const searchDone = performance.now();

// Last step inside the scratch folder: the checksum list lets anyone compare a published site with a build of a commit.
try {
  writeManifest(next, root, config);
} catch (e) {
  fail(`Ghi danh sách mã kiểm tra KHÔNG thành công: ${(e as Error).message}`);
}

rmSync(prev, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, prev);
renameSync(next, out);
rmSync(prev, { recursive: true, force: true });
console.log(`Đã tạo trang web trong ${out} sau ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
// The benchmark reads phase times from here rather than parsing log lines.
if (process.env.BUILD_STATS)
  writeFileSync(
    process.env.BUILD_STATS,
    JSON.stringify({ astroMs: astroDone - started, searchMs: searchDone - astroDone, totalMs: performance.now() - started, indexed, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
  );
