// Measures the build and the site, prints a table and writes it to bench-results/latest.md
// (docs/performance.md explains every column). Times are measured and printed, never asserted; page-weight
// budgets are enforced by test/quality/budgets.test.ts instead, because sizes are deterministic.
//   npm run bench                    real site (3 builds, page weights, search) + synthetic plans of 500 and 5,000 tasks, each with
//                                    its reporting load (N/10 departments, N/4 wards, every unit's yearly report for 10 years)
//   npm run bench -- --full          adds the 20,000-task plan (minutes, and ~0.5 GB of scratch output)
//   npm run bench -- --sizes 500,2000
// Run it alone: builds in one checkout share Astro's cache folders, so it must not overlap `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../test/support/chromium.ts';
import { serve, stop } from '../test/support/server.ts';
import { listFiles } from '../src/integrations/checksums.ts';
import { removeSite } from '../src/lib/site-folder.ts';
import { benchSearch } from './search.ts';
import { reportsFolder, synthesize, SYNTH_AS_OF, writeContent } from './synth.ts';
import { BUDGETS, overBudget, pageType, pageWeight, type PageWeight } from '../test/support/weight.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench-results');
const args = process.argv.slice(2);
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]! : '500,5000';
const sizes = [...sizesArg.split(',').map(Number), ...(args.includes('--full') ? [20000] : [])];

/** The most raw HTML a page may weigh at any plan size (issue 15). */
const PAGE_LIMIT = 1024 * 1024;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** CPU seconds used by finished child processes of this process (Linux), grandchildren such as Pagefind included. */
function childCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // Fields 16 and 17 of /proc/<pid>/stat (cutime, cstime), in clock ticks of 1/100 s on Linux.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

interface BuildFigures {
  /** Search index records (Pagefind entries). */
  indexed: number;
  /** Peak resident memory of the build process (Pagefind's own process not included). */
  maxRssMb: number;
  /** The three biggest pages, which is where a page that grows with the square of the plan shows up. */
  biggest: { page: string; bytes: number }[];
  /** HTML pages over 1 MB (issue 15: none at any plan size). */
  overLimit: number;
  wallMs: number;
  cpuMs: number;
  tasks: number;
  astroMs: number;
  searchMs: number;
  /** CPU of the search index step, Pagefind's process included (Linux only, else null). */
  searchCpuMs: number | null;
  pages: number;
  bytes: number;
  indexBytes: number;
  largest: { page: string; bytes: number };
}

function buildOnce(name: string, tasks: number, contentDir?: string): BuildFigures {
  const out = join(OUT, `out-${name}`);
  const stats = join(OUT, `stats-${name}.json`);
  const cpu0 = childCpuMs();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['src/cli/build.ts'], {
    cwd: ROOT,
    // Served from the root by firstQuery(), so built for the root whatever SITE_BASE says.
    env: {
      ...process.env,
      CI: '1',
      SITE_BASE: '/',
      OUT_DIR: out,
      BUILD_STATS: stats,
      ...(contentDir ? { CONTENT_DIR: contentDir, REPORTS_DIR: reportsFolder(contentDir), AS_OF_DATE: SYNTH_AS_OF } : {}),
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) {
    const oom = /heap out of memory/.test(r.stderr);
    throw new Error(
      oom ? `out of memory after ${s(wallMs)} (V8 heap limit)` : `build failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`,
    );
  }
  const st = JSON.parse(readFileSync(stats, 'utf8')) as {
    astroMs: number;
    searchMs: number;
    searchCpuMs?: number;
    cpuMs?: number;
    indexed: number;
    maxRssMb: number;
  };
  const files = listFiles(out);
  const size = (f: string) => statSync(join(out, f)).size;
  const html = files.filter((f) => f.endsWith('.html'));
  const biggest = html
    .map((page) => ({ page, bytes: size(page) }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
  const largest = biggest[0]!;
  const overLimit = html.filter((f) => size(f) > PAGE_LIMIT).length;
  return {
    overLimit,
    indexed: st.indexed,
    maxRssMb: st.maxRssMb,
    biggest,
    wallMs,
    // The build's own count (its process + Pagefind's, read while it ran) where it has one: Pagefind's process is
    // killed without being waited for, so it may be missing from the children's totals read here.
    cpuMs: Math.max(childCpuMs() - cpu0, st.cpuMs ?? 0),
    tasks,
    astroMs: st.astroMs,
    searchMs: st.searchMs,
    searchCpuMs: st.searchCpuMs ?? null,
    pages: html.length,
    bytes: files.reduce((n, f) => n + size(f), 0),
    indexBytes: files.filter((f) => f.startsWith('pagefind/')).reduce((n, f) => n + size(f), 0),
    largest,
  };
}

/** What the first search of a visit downloads: open a page, run one query, load the first 5 results. */
async function firstQuery(name: string, term: string): Promise<{ requests: number; raw: number; gz: number }> {
  const dir = join(OUT, `out-${name}`);
  const served = await serve(dir);
  const url = served.url;
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/`, { waitUntil: 'networkidle' });
    const fetched: string[] = [];
    page.context().on('requestfinished', (r) => void fetched.push(new URL(r.url()).pathname));
    const found = await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const r = await pf.search(${JSON.stringify(term)});
      await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
      return r.results.length;
    })()`);
    if (!found) throw new Error(`no result for "${term}" on ${name}`);
    await page.waitForLoadState('networkidle');
    const files = fetched.map((p) => decodeURIComponent(p.slice(1)));
    const raw = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    // Pagefind's own index files are already compressed; hosts gzip the JS and wasm.
    const gz = files.reduce(
      (n, f) => n + (/\.pf_|\.pagefind$/.test(f) ? statSync(join(dir, f)).size : gzipSync(readFileSync(join(dir, f))).length),
      0,
    );
    return { requests: files.length, raw, gz };
  } finally {
    await browser.close();
    await stop(served);
  }
}

function weightsByType(name: string): string[][] {
  const dir = join(OUT, `out-${name}`);
  const groups = new Map<string, PageWeight[]>();
  for (const page of listFiles(dir).filter((f) => f.endsWith('.html'))) {
    const w = pageWeight(dir, page);
    const type = pageType(page);
    groups.set(type, [...(groups.get(type) ?? []), w]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, ws]) => {
      const max = (f: (w: PageWeight) => number) => Math.max(...ws.map(f));
      const med = (f: (w: PageWeight) => number) => median(ws.map(f));
      const broken = ws.flatMap(overBudget).length;
      return [
        type,
        String(ws.length),
        `${kb(med((w) => w.gzip.html))} / ${kb(max((w) => w.gzip.html))}`,
        kb(max((w) => w.gzip.css)),
        kb(max((w) => w.gzip.js)),
        `${kb(med((w) => w.gzip.total))} / ${kb(max((w) => w.gzip.total))}`,
        broken ? `**${broken} over**` : 'ok',
      ];
    });
}

const COLUMNS = [
  'plan',
  'pages',
  'index records',
  'wall',
  'CPU',
  'CPU ms/task',
  'CPU ms/page',
  'marginal CPU ms/added page',
  'Astro / Pagefind wall',
  'Pagefind CPU share',
  'peak memory',
  'output',
  'search index',
  'largest page',
];

function row(label: string, f: BuildFigures, marginal: string): (string | number)[] {
  return [
    label,
    f.pages,
    f.indexed,
    s(f.wallMs),
    s(f.cpuMs),
    (f.cpuMs / f.tasks).toFixed(2),
    (f.cpuMs / f.pages).toFixed(2),
    marginal,
    `${s(f.astroMs)} / ${s(f.searchMs)}`,
    f.searchCpuMs === null ? '–' : `${((100 * f.searchCpuMs) / f.cpuMs).toFixed(0)} % (${s(f.searchCpuMs)})`,
    `${Math.round(f.maxRssMb)} MB`,
    mb(f.bytes),
    mb(f.indexBytes),
    `${f.largest.page} ${kb(f.largest.bytes)}`,
  ];
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const lines: string[] = [];
  const say = (text = '') => {
    console.log(text);
    lines.push(text);
  };
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  say(`# Benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  say();
  say(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}; load average at start ${load()}.`);
  say('Wall times depend on what else the machine runs; CPU time (build + Pagefind) is the steadier figure.');
  say();

  // 1. The real site, three times; the median counts.
  const real = [0, 1, 2].map(() => buildOnce('real', 52));
  const r = real.find((x) => x.wallMs === median(real.map((y) => y.wallMs)))!;
  say('## Build time, real site (3 builds, median)');
  say();
  say(
    table(
      ['pages', 'wall', 'CPU', 'Astro', 'Pagefind', 'all runs (wall)'],
      [[r.pages, s(r.wallMs), s(r.cpuMs), s(r.astroMs), s(r.searchMs), real.map((x) => s(x.wallMs)).join(', ')]],
    ),
  );
  say();
  const realQuery = await firstQuery('real', 'nước thải');

  // 2. Page weight per page type, real site.
  say('## Page weight per page type, real site (gzip level 6; median / max)');
  say();
  say(
    `Budgets: plan, task, agency, target pages ≤ ${kb(BUDGETS.readingTotal)} in all, JS ≤ ${kb(BUDGETS.readingLoaderJs)} (search-box loader); chart pages JS ≤ ${kb(BUDGETS.chartJs)}.`,
  );
  say();
  say(table(['page type', 'pages', 'HTML', 'CSS (max)', 'JS (max)', 'total', 'budget'], weightsByType('real')));
  say();

  // 3. Search as a reader meets it on the real site: what it downloads, how long results take to show.
  say('## Search on the real site (in Chromium, local server)');
  say();
  say(
    table(
      ['measure', 'value'],
      (await benchSearch(join(OUT, 'out-real'), { runs: 3 })).map((x) => [x.label, x.value]),
    ),
  );
  say();

  // 4. Synthetic plans: build cost against size.
  const rows: (string | number)[][] = [];
  const queries: (string | number)[][] = [['real (52 tasks)', realQuery.requests, kb(realQuery.raw), kb(realQuery.gz), mb(r.indexBytes)]];
  // Marginal cost: CPU for the pages added since the previous, smaller plan. Flat means the build scales
  // linearly; the fixed start-up cost (Vite, the content layer) makes plain ms/page fall with size instead.
  let prev = r;
  const marginal = (f: BuildFigures) => ((f.cpuMs - prev.cpuMs) / (f.pages - prev.pages)).toFixed(1);
  rows.push(row('real (52 tasks)', r, '–'));
  const biggestRows: string[][] = [['real (52 tasks)', r.biggest.map((b) => `${b.page} ${kb(b.bytes)}`).join('; '), String(r.overLimit)]];
  for (const n of sizes) {
    const label = `synthetic ${n.toLocaleString('en')} tasks`;
    const content = join(OUT, `synth-${n}`, 'content');
    writeContent(synthesize(n), content);
    console.log(`… building the ${n}-task plan (load ${load()})`);
    try {
      const f = buildOnce(`synth-${n}`, n, content);
      rows.push(row(label, f, marginal(f)));
      biggestRows.push([label, f.biggest.map((b) => `${b.page} ${kb(b.bytes)}`).join('; '), String(f.overLimit)]);
      prev = f;
      const q = await firstQuery(`synth-${n}`, 'nước thải');
      queries.push([label, q.requests, kb(q.raw), kb(q.gz), mb(f.indexBytes)]);
    } catch (e) {
      // A size that cannot be built is a result too: say so and go on with the report.
      rows.push([label, '–', '–', `**${(e as Error).message}**`, ...COLUMNS.slice(4).map(() => '–')]);
    }
    // A build's output is a link to its version folder: removeSite removes both.
    removeSite(join(OUT, `out-synth-${n}`));
    rmSync(join(OUT, `synth-${n}`), { recursive: true, force: true });
  }
  say(
    '## Build time against plan size (one build each; synthetic plans carry the reporting load: N/10 departments, N/4 wards, 10 years of yearly reports)',
  );
  say();
  say(table(COLUMNS, rows));
  say();
  say('## The three biggest pages of each build');
  say();
  say(table(['plan', 'pages (raw HTML)', 'pages over 1 MB'], biggestRows));
  say();
  say('## Search: index size and what a first query downloads ("nước thải", first 5 results)');
  say();
  say(table(['site', 'requests', 'bytes as stored', 'transferred (gzip)', 'whole index on disk'], queries));
  say();
  say(`Load average at the end: ${load()}.`);

  writeFileSync(join(OUT, 'latest.md'), `${lines.join('\n')}\n`);
  console.log(`\n→ ${join('bench-results', 'latest.md')}`);
}

try {
  await main();
} finally {
  // Only the report stays, even after a failure: build folders are large, and a stray copy of the site would be
  // picked up by `astro check`.
  for (const d of ['out-real', ...sizes.map((n) => `out-synth-${n}`)]) removeSite(join(OUT, d));
  for (const n of sizes) rmSync(join(OUT, `synth-${n}`), { recursive: true, force: true });
  for (const f of listFiles(OUT)) if (f !== 'latest.md') rmSync(join(OUT, f), { force: true });
}
