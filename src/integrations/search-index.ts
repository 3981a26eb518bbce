// Astro integration: once every page is written (astro:build:done), the Pagefind index goes into the build's own
// output folder, made from the data (src/lib/search-records.ts) rather than from the pages, under the configured
// base path. A failure fails `astro build` itself, so no site without its search index is ever complete.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { allRecords, type SearchRecord } from '../lib/search-records.ts';
import { sharedSiteData } from '../lib/site-data.ts';
import { normalizeBase } from '../lib/urls.ts';
import { childrenCpuMs, recordBuildStat } from './build-stats.ts';

/** A result that leads nowhere is worse than none: every record must point at a built page, and at an id on it. */
export function checkTargets(site: string, base: string, records: SearchRecord[]): string[] {
  // A page is read only when a record points at an id on it (the plan, a year page), once, for all its ids, and
  // dropped at once: for the rest its existence is enough. (Keeping every page read until the end held a national
  // plan's latest year pages, hundreds of MB of text, until the build ended: issue 15.)
  const where = records.map((r) => {
    const [path = '', anchor] = r.url.slice(base.length).split('#');
    return { url: r.url, path, anchor, file: join(site, path, 'index.html') };
  });
  const anchorsOf = new Map<string, Set<string>>();
  for (const w of where) if (w.anchor) anchorsOf.set(w.file, (anchorsOf.get(w.file) ?? new Set()).add(w.anchor));
  /** File → the ids asked for that it lacks; null when there is no such page. */
  const missing = new Map<string, Set<string> | null>();
  for (const [file, anchors] of anchorsOf) {
    const page = existsSync(file) ? readFileSync(file, 'utf8') : null;
    missing.set(file, page === null ? null : new Set([...anchors].filter((a) => !page.includes(`id="${a}"`))));
  }
  const wrong: string[] = [];
  for (const { url, path, anchor, file } of where) {
    if (!anchor) {
      if (!existsSync(file)) wrong.push(`${url}: không có trang ${join(path, 'index.html')}`);
      continue;
    }
    const lacks = missing.get(file);
    if (lacks === null || lacks === undefined) wrong.push(`${url}: không có trang ${join(path, 'index.html')}`);
    else if (lacks.has(anchor)) wrong.push(`${url}: trang không có đoạn #${anchor}`);
  }
  return wrong;
}

const defined = <T>(o: { [k: string]: T | undefined }): Record<string, T> =>
  Object.fromEntries(Object.entries(o).filter((e): e is [string, T] => e[1] !== undefined));

// Pagefind always writes its three ready-made interfaces; the site uses its own (src/pages/tim-kiem/), so
// they would only be dead weight in the published folder.
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

const RECORD_BATCH = 500;
/** More records than any plan has, so that Pagefind never bundles fragments (see createIndex below). */
const FRAGMENT_FILES_MAX = 10_000_000;

/** Writes <site>/pagefind/ for the project at `root`, the site being served under `base` ("/" or "/repo/"). */
export async function buildSearchIndex(
  site: string,
  root: string,
  base: string,
): Promise<{ records: number; cpuMs: number | null; pagefindCpuMs: number | null }> {
  // CPU of this step for the benchmark: this process's own, plus Pagefind's binary, read before close() ends it.
  const cpu0 = process.cpuUsage();
  const before = childrenCpuMs();
  let pagefindMs: number | null;
  const urlFor = (path: string) => `${base}${path.replace(/^\//, '')}`;
  const records = allRecords(await sharedSiteData(root), urlFor);
  const wrong = checkTargets(site, base, records);
  if (wrong.length) throw new Error(`mục tìm kiếm trỏ đến chỗ không có:\n  ${wrong.join('\n  ')}`);

  // One fragment file per record, never bundles (Pagefind 1.6's maxFragments): a bundled index names each record's
  // bundle in the meta file every reader loads first, and each result then loads its whole bundle. At 20,000 tasks
  // (34,133 records) bundles of about 17 made a first query 350 KB; one file per record makes it 280 KB (issue 15's
  // 300 KB), at the price of 34,000 small files instead of 2,000 and about 5 s more of Pagefind's CPU.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', maxFragments: FRAGMENT_FILES_MAX });
  if (!index) throw new Error(errors.join('; '));
  try {
    // Records go to Pagefind's process a batch at a time. Waiting for each answer before sending the next record
    // made the two processes wait on each other once per record, 34,000 times at 20,000 tasks (issue 15): at 5,000
    // tasks this step took 7.1–8.0 s of CPU that way and 5.4–5.8 s in batches, and wrote the same index, byte for
    // byte (test/quality/reproducible.test.ts compares two builds' indexes).
    for (let i = 0; i < records.length; i += RECORD_BATCH) {
      const added = await Promise.all(
        records.slice(i, i + RECORD_BATCH).map((r) =>
          index.addCustomRecord({
            url: r.url,
            content: r.content,
            language: r.language,
            meta: defined(r.meta),
            filters: defined(r.filters),
          }),
        ),
      );
      const errors = added.flatMap((a) => a.errors);
      if (errors.length) throw new Error(errors.join('; '));
    }
    const out = join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    for (const f of readdirSync(out)) if (UNUSED.test(f)) rmSync(join(out, f));
  } finally {
    await index.deleteIndex();
    const started = [...childrenCpuMs()].filter(([pid]) => !before.has(pid));
    pagefindMs = started.length ? started.reduce((n, [, ms]) => n + ms, 0) : null;
    await pagefind.close();
  }
  const own = process.cpuUsage(cpu0);
  return {
    records: records.length,
    cpuMs: pagefindMs === null ? null : pagefindMs + (own.user + own.system) / 1000,
    pagefindCpuMs: pagefindMs,
  };
}

export default function searchIndex(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'hn122:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        let records: number;
        let cpuMs: number | null;
        let pagefindCpuMs: number | null;
        try {
          ({ records, cpuMs, pagefindCpuMs } = await buildSearchIndex(fileURLToPath(dir), root, base));
        } catch (e) {
          throw new Error(`Tạo chỉ mục tìm kiếm KHÔNG thành công: ${(e as Error).message}`, { cause: e });
        }
        const ms = performance.now() - started;
        recordBuildStat({
          searchMs: ms,
          indexed: records,
          ...(cpuMs !== null && pagefindCpuMs !== null ? { searchCpuMs: cpuMs, pagefindCpuMs } : {}),
        });
        logger.info(`Chỉ mục tìm kiếm: ${records} mục (${(ms / 1000).toFixed(1)} giây).`);
      },
    },
  };
}
