// npm run preview:sample: builds the site from the fictional sample reports into .sample-dist/ and serves it.
// Environment variables are set here rather than in package.json ("VAR=value cmd"), which Windows' shell rejects.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { preview } from 'astro';

const root = resolve(import.meta.dirname, '..', '..');
const outDir = '.sample-dist';
const env = { ...process.env, OUT_DIR: outDir, RESULTS_DIR: process.env.RESULTS_DIR ?? 'test/fixtures/results' };
const built = spawnSync(process.execPath, [resolve(root, 'src', 'cli', 'build.ts')], { cwd: root, env, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
process.env.ASTRO_TELEMETRY_DISABLED = '1';
await preview({ root, outDir: resolve(root, outDir) });
