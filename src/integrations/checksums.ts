// Astro integration, the last one in astro.config.mjs: once every other step has written its files, the checksum
// list of the built site, one "sha256  path" line per file in `sha256sum` format, so that `sha256sum -c SHA256SUMS`
// inside the folder checks a copy, and src/cli/verify.ts checks a published site. build-info.json names the commit
// the site was built from and the address it was built for; it holds nothing that changes between two builds.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headCommit, uncommitted } from '../lib/git.ts';
import { normalizeBase } from '../lib/urls.ts';
import { recordBuildStat } from './build-stats.ts';

export const MANIFEST = 'SHA256SUMS';
export const BUILD_INFO = 'build-info.json';

/** Every file under a folder, as forward-slash paths relative to it, in a stable (byte) order. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

// One buffer for every file: read whole, the open data's biggest file (hundreds of MB at national scale, issue 15)
// was the build's peak memory, and each of tens of thousands of pages was a buffer of its own to collect.
const chunk = Buffer.allocUnsafe(1 << 20);

/** SHA-256 of a file, read a megabyte at a time. */
export function sha256File(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0;) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** Files that shape the site: a build with uncommitted changes to any of them is not a build of the commit. */
const SOURCES = ['content', 'src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'];

export function writeManifest(site: string, root: string, config: { site?: string | undefined; base?: string | undefined }): void {
  // site and base are part of every canonical URL and of the sitemap: a rebuild must use the same ones.
  const info = {
    commit: headCommit(root),
    // A build of uncommitted changes (or of another data folder) is not the commit named above: say so.
    dirty: uncommitted(root, SOURCES) || Boolean(process.env.CONTENT_DIR || process.env.REPORTS_DIR),
    SITE_URL: config.site ?? null,
    SITE_BASE: normalizeBase(config.base),
    verify:
      'git checkout <commit> && npm ci && SITE_URL=<SITE_URL> SITE_BASE=<SITE_BASE> npm run build && npm run verify -- <published URL>',
  };
  writeFileSync(join(site, BUILD_INFO), `${JSON.stringify(info, null, 2)}\n`);
  const lines = listFiles(site)
    .filter((f) => f !== MANIFEST)
    .map((f) => `${sha256File(join(site, f))}  ${f}\n`);
  writeFileSync(join(site, MANIFEST), lines.join(''));
}

/** Parse a SHA256SUMS file into path → hash. */
export function readManifest(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m) map.set(m[2]!, m[1]!);
  }
  return map;
}

export default function checksums(): AstroIntegration {
  let root = '';
  let address: { site?: string | undefined; base?: string | undefined } = {};
  return {
    name: 'hn122:checksums',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        address = { site: config.site, base: config.base };
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        try {
          writeManifest(fileURLToPath(dir), root, address);
        } catch (e) {
          throw new Error(`Ghi danh sách mã kiểm tra KHÔNG thành công: ${(e as Error).message}`, { cause: e });
        }
        recordBuildStat({ checksumsMs: performance.now() - started });
        logger.info(`${MANIFEST} và ${BUILD_INFO} đã ghi.`);
      },
    },
  };
}
