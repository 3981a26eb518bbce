// Reading a built site folder: its pages, their links and anchors, its sitemap and the address it was built for.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { listFiles } from '../../src/integrations/checksums.ts';
import { normalizeBase } from '../../src/lib/urls.ts';
import { attr, elements, pageType } from './weight.ts';

export type Document = DefaultTreeAdapterMap['document'];
export type Element = DefaultTreeAdapterMap['element'];
export { attr, elements, pageType };

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export const htmlPages = (dist: string): string[] => listFiles(dist).filter((f) => f.endsWith('.html'));
export const parseFile = (file: string): Document => parse(readFileSync(file, 'utf8'));

/** The address and base path the folder was built for, as the build recorded them. */
export function builtFor(dist: string): { site: URL; base: string } {
  const info = JSON.parse(readFileSync(join(dist, 'build-info.json'), 'utf8')) as { SITE_URL: string; SITE_BASE: string };
  const base = normalizeBase(info.SITE_BASE);
  return { site: new URL(base, info.SITE_URL), base };
}

/** URL path of a page file, relative to the base: "nhiem-vu/pl2-01/index.html" → "nhiem-vu/pl2-01/". */
export const pathOf = (page: string): string => page.replace(/(^|\/)index\.html$/, '$1');

/** The sitemap index that robots.txt announces (written by @astrojs/sitemap). */
export const SITEMAP = 'sitemap-index.xml';

/** Page paths the sitemap lists, relative to the base ("nhiem-vu/pl2-01/"), read through its index. */
export function sitemapPaths(dist: string): string[] {
  const { site } = builtFor(dist);
  const locs = (file: string) =>
    [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
      const url = m[1]!.replace(/&amp;/g, '&');
      if (!url.startsWith(site.href)) throw new Error(`sitemap URL outside the site: ${url}`);
      return decodeURI(url.slice(site.href.length));
    });
  return locs(SITEMAP).flatMap(locs);
}

/** An address the site does not have: the server answers it with the 404 page. */
export const MISSING_PATH = 'khong-co-trang-nay/';

/** One page of each type (the first in sitemap order), plus a missing address to get the 404 page. */
export function samplePaths(dist: string): string[] {
  const seen = new Map<string, string>();
  for (const p of sitemapPaths(dist).sort()) {
    const type = pageType(`${p}index.html`);
    if (!seen.has(type)) seen.set(type, p);
  }
  return [...seen.values(), MISSING_PATH];
}

/** The built file a path of samplePaths is served from: "nhiem-vu/pl2-01/" → "nhiem-vu/pl2-01/index.html". */
export const fileOfPath = (path: string): string => (path === MISSING_PATH ? '404.html' : `${path}index.html`);

/** A scratch folder that the OS cleans up eventually; tests also remove what they make. */
export const scratch = (name: string): string => mkdtempSync(join(tmpdir(), `hn122-${name}-`));

/** Copy of the project's content/ to edit, e.g. to break it or to inject payloads. */
export function copyContent(name: string): string {
  const dir = join(scratch(name), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

export interface BuildResult {
  /** Exit code; 1 when the process was killed by a signal. */
  code: number;
  /** The signal that killed it, if one did. */
  signal?: string;
  stdout: string;
  stderr: string;
}

/** Runs the real build (src/cli/build.ts) in a child process, as `npm run build` does (`args`: its flags). */
export const runBuild = (env: Record<string, string>, nodeArgs: string[] = [], args: string[] = []): Promise<BuildResult> =>
  run([...nodeArgs, 'src/cli/build.ts', ...args], env);

/**
 * Runs plain `astro build --outDir <out>` in a child process, without the project's build script; with `out` null,
 * plain `astro build` into the folder astro.config.mjs names.
 */
export const runAstroBuild = (out: string | null, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<BuildResult> =>
  run([...nodeArgs, join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...(out === null ? [] : ['--outDir', out])], {
    ASTRO_TELEMETRY_DISABLED: '1',
    ...env,
  });

async function run(args: string[], env: Record<string, string>): Promise<BuildResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, CI: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; signal?: string | null; stdout?: string; stderr?: string };
    return {
      code: typeof err.code === 'number' ? err.code : 1,
      ...(err.signal ? { signal: err.signal } : {}),
      stdout: err.stdout ?? '',
      stderr: err.stderr ?? '',
    };
  }
}
