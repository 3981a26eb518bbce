// Builds the site atomically: astro build and the search index go into a scratch folder, which replaces
// the published folder only when every step succeeded. A failed build leaves the previous site untouched.
//   node src/cli/build.ts            -> dist/
//   OUT_DIR=.sample-dist RESULTS_DIR=test/fixtures/results node src/cli/build.ts   (sample-data preview)
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';
import { buildSearchIndex } from './search-index.ts';

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
const started = performance.now();
process.env.ASTRO_TELEMETRY_DISABLED = '1';
try {
  await build({ root, outDir: next, logLevel: process.env.CI ? 'warn' : 'info' });
} catch (e) {
  fail(`${(e as Error).message}\n\nTạo trang web KHÔNG thành công.`);
}

try {
  const stats = await buildSearchIndex(next);
  console.log(`Chỉ mục tìm kiếm: ${stats.records} mục.`);
} catch (e) {
  fail(`Tạo chỉ mục tìm kiếm KHÔNG thành công: ${(e as Error).message}`);
}

rmSync(prev, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, prev);
renameSync(next, out);
rmSync(prev, { recursive: true, force: true });
console.log(`Đã tạo trang web trong ${out} sau ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
