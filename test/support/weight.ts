// What a reader's browser downloads when it opens a page of the built site, from the files alone: the HTML,
// the stylesheets it links, and the scripts it loads with everything they import statically. Dynamic import()
// is left out on purpose: that is what loads on demand (the search engine when a reader starts a search).
// Sizes are gzip at level 6, what static hosts and CDNs commonly serve; they are deterministic, so CI can
// enforce budgets on them. Used by the page-weight budget test and by `npm run bench`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface Asset {
  /** Path inside the built folder. */
  file: string;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  /** Path of the HTML file inside the built folder, e.g. "nhiem-vu/pl2-01/index.html". */
  page: string;
  html: Asset;
  css: Asset[];
  js: Asset[];
  /** The page draws a chart (it has a <canvas>); chart pages have their own JS budget. */
  chart: boolean;
  gzip: { html: number; css: number; js: number; total: number };
}

const gz = (buf: Buffer): number => gzipSync(buf, { level: 6 }).length;

export function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const kids = 'childNodes' in node ? node.childNodes : [];
  for (const child of kids) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content);
}

export const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

/**
 * Maps a URL found in a page to a file in the built folder, or null when it points elsewhere (another origin,
 * or outside the base path). `base` is the site's base path ("/" or "/repo/").
 */
export function fileFor(dist: string, base: string, page: string, ref: string): string | null {
  const pageUrl = new URL(`${base}${page}`, 'http://site.invalid');
  let url: URL;
  try {
    url = new URL(ref, pageUrl);
  } catch {
    return null;
  }
  if (url.origin !== pageUrl.origin || !url.pathname.startsWith(base)) return null;
  let path = decodeURIComponent(url.pathname.slice(base.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  else if (existsSync(join(dist, path)) && statSync(join(dist, path)).isDirectory()) path += '/index.html';
  return path;
}

// Static imports in bundled ES modules: `import{a as b}from"./x.js"`, `import"./y.js"`, `export*from"./z.js"`.
// `import("./w.js")` does not match, because "(" cannot follow `import` here.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
const CSS_IMPORT = /@import\s+(?:url\()?["']?([^"')\s;]+)/g;

function asset(dist: string, file: string): Asset {
  const buf = readFileSync(join(dist, file));
  return { file, bytes: buf.length, gzip: gz(buf) };
}

/** Everything one HTML page loads on open, with sizes. */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const doc = parse(html);
  const css = new Set<string>();
  const js = new Set<string>();
  let chart = false;
  const add = (set: Set<string>, ref: string | undefined, from: string) => {
    if (!ref) return;
    const file = fileFor(dist, base, from, ref);
    if (file && existsSync(join(dist, file)) && !set.has(file)) {
      set.add(file);
      const text = readFileSync(join(dist, file), 'utf8');
      const pattern = set === js ? STATIC_IMPORT : CSS_IMPORT;
      for (const m of text.matchAll(pattern)) add(set, m[1], file);
    }
  };
  for (const el of elements(doc)) {
    if (el.tagName === 'canvas') chart = true;
    const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (el.tagName === 'link' && rel.includes('stylesheet')) add(css, attr(el, 'href'), page);
    if (el.tagName === 'link' && rel.includes('modulepreload')) add(js, attr(el, 'href'), page);
    if (el.tagName === 'script' && attr(el, 'src')) add(js, attr(el, 'src'), page);
  }
  const h = { file: page, bytes: Buffer.byteLength(html), gzip: gz(Buffer.from(html)) };
  const cssAssets = [...css].map((f) => asset(dist, f));
  const jsAssets = [...js].map((f) => asset(dist, f));
  const sum = (as: Asset[]) => as.reduce((n, a) => n + a.gzip, 0);
  const g = { html: h.gzip, css: sum(cssAssets), js: sum(jsAssets), total: 0 };
  g.total = g.html + g.css + g.js;
  return { page, html: h, css: cssAssets, js: jsAssets, chart, gzip: g };
}

/**
 * Page type of an HTML file, for reports and budgets: "nhiem-vu/[id]" for a task page, "nhiem-vu" for the list,
 * "home" for the front page. A section with pages below it has an index and a detail type.
 */
export function pageType(page: string): string {
  const parts = page
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) return 'home';
  if (parts.length === 1) return parts[0]!;
  return `${parts[0]}/[${parts.length > 2 ? '...' : ''}id]`;
}

const KB = 1024;
/** Page-weight budgets (gzip, KB = 1,024 bytes), enforced in CI by test/quality/budgets.test.ts. */
export const BUDGETS = {
  /** Plan, task, agency and target pages: HTML + CSS + JS transferred on load. */
  readingTotal: 25 * KB,
  /** On those pages, the only script allowed on load is a small loader for the search box. */
  readingLoaderJs: 5 * KB,
  /** Pages with a chart: JS on load. */
  chartJs: 90 * KB,
} as const;

/** Sections whose pages are reading pages in the budget's sense (their index pages included). */
export const READING_SECTIONS = ['ke-hoach', 'nhiem-vu', 'co-quan', 'muc-tieu'];

export const isReadingPage = (page: string): boolean => READING_SECTIONS.includes(page.split('/')[0]!);

/** Every budget a page breaks, as readable lines; empty when it keeps them all. */
export function overBudget(w: PageWeight): string[] {
  const out: string[] = [];
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  if (isReadingPage(w.page)) {
    // A chart's script is budgeted separately; the rest of the page still has to be light.
    const total = w.chart ? w.gzip.html + w.gzip.css : w.gzip.total;
    if (total > BUDGETS.readingTotal) out.push(`${w.page}: ${kb(total)} on load, budget ${kb(BUDGETS.readingTotal)}`);
    if (!w.chart && w.gzip.js > BUDGETS.readingLoaderJs)
      out.push(
        `${w.page}: ${kb(w.gzip.js)} of JS (${w.js.map((a) => a.file).join(', ')}), only a search-box loader of ${kb(BUDGETS.readingLoaderJs)} is allowed`,
      );
  }
  if (w.chart && w.gzip.js > BUDGETS.chartJs) out.push(`${w.page}: ${kb(w.gzip.js)} of JS on a chart page, budget ${kb(BUDGETS.chartJs)}`);
  return out;
}
