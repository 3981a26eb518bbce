// No third-party requests, and a Content Security Policy that holds on every page type while search works.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listFiles } from '../../src/integrations/checksums.ts';
import { isReadingPage, pageWeight } from '../support/weight.ts';
import { recordingTab, searchInPage, visit } from '../support/browser.ts';
import { fileBrowser } from '../support/chromium.ts';
import { serve } from '../support/server.ts';
import {
  attr,
  DIST,
  elements,
  fileOfPath,
  htmlPages,
  MISSING_PATH,
  parseFile,
  ROOT,
  samplePaths,
  scratch,
  type Element,
} from '../support/site.ts';

const siteURL = inject('siteURL');
const origin = new URL(siteURL).origin;
const base = new URL(siteURL).pathname;
const samples = samplePaths(DIST);

const chromium = fileBrowser();
beforeAll(chromium.start);
afterAll(chromium.stop);

// ---------- static scan ----------

/** Link relations that make the browser fetch something by itself. */
const FETCHING_RELS = [
  'stylesheet',
  'preload',
  'modulepreload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
  'icon',
  'apple-touch-icon',
  'manifest',
  'mask-icon',
];
const ABSOLUTE = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i;
const CSS_URL = /url\(\s*["']?([^"')]+)|@import\s+["']([^"']+)/gi;

/** Absolute (http, https or protocol-relative) URLs of scripts, styles, fonts, images and frames in a page or stylesheet. */
function absoluteResourceUrls(file: string, text: string, els?: Element[]): string[] {
  const found: string[] = [];
  const css = (t: string) => {
    for (const m of t.matchAll(CSS_URL)) if (ABSOLUTE.test(m[1] ?? m[2] ?? '')) found.push(`${file}: ${(m[1] ?? m[2])!.trim()}`);
  };
  if (!els) {
    css(text);
    return found;
  }
  for (const el of els) {
    const check = (name: string, value = attr(el, name)) =>
      value && ABSOLUTE.test(value) && found.push(`${file}: <${el.tagName} ${name}="${value}">`);
    const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (el.tagName === 'link' && rels.some((r) => FETCHING_RELS.includes(r))) check('href');
    if (['script', 'img', 'iframe', 'embed', 'video', 'audio', 'source', 'track', 'input'].includes(el.tagName)) check('src');
    if (['img', 'source'].includes(el.tagName))
      for (const c of (attr(el, 'srcset') ?? '').split(',')) check('srcset', c.trim().split(/\s+/)[0]);
    if (el.tagName === 'object') check('data');
    if (el.tagName === 'video') check('poster');
    if (el.tagName === 'style') for (const c of el.childNodes) if ('value' in c) css(c.value);
    const style = attr(el, 'style');
    if (style) css(style);
  }
  return found;
}

describe('no third-party requests', () => {
  it('no page or stylesheet refers to an absolute URL for a script, style, font, image or frame', () => {
    const found: string[] = [];
    for (const page of htmlPages(DIST)) found.push(...absoluteResourceUrls(page, '', [...elements(parseFile(join(DIST, page)))]));
    for (const css of listFiles(DIST).filter((f) => f.endsWith('.css')))
      found.push(...absoluteResourceUrls(css, readFileSync(join(DIST, css), 'utf8')));
    expect(found).toEqual([]);
  });

  it('no link or resource uses a javascript:, data: or vbscript: address', () => {
    const found: string[] = [];
    for (const page of htmlPages(DIST))
      for (const el of elements(parseFile(join(DIST, page))))
        for (const name of ['href', 'src', 'action', 'formaction', 'data', 'poster'])
          if (/^\s*(javascript|data|vbscript):/i.test(attr(el, name) ?? ''))
            found.push(`${page}: <${el.tagName} ${name}="${attr(el, name)}">`);
    expect(found).toEqual([]);
  });

  it('the scan catches a CDN script, a web font, a tracking pixel and a protocol-relative stylesheet', () => {
    const html = `<link rel="stylesheet" href="//cdn.example.com/x.css"><script src="https://cdn.example.com/x.js"></script>
      <img src="http://tracker.example/p.gif"><a href="https://example.org/">a link is not a request</a>`;
    expect(absoluteResourceUrls('t.html', '', [...elements(parse(html))])).toHaveLength(3);
    expect(
      absoluteResourceUrls('t.css', '@font-face{src:url("https://fonts.gstatic.com/x.woff2")} a{background:url(/ok.png)}'),
    ).toHaveLength(1);
  });

  it('a search, which starts a worker and fetches the index, also stays on the site', async () => {
    const v = await visit(chromium.browser, siteURL);
    const found = await searchInPage(v.page, base, 'nước thải');
    expect(found.urls.length).toBeGreaterThan(0);
    expect(v.requests.some((u) => u.includes('/pagefind/'))).toBe(true);
    expect(v.requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    await v.context.close();
  });
});

// ---------- every page type, in Chromium ----------

describe('every page type in Chromium (one page of each type in the sitemap, and a missing address)', () => {
  // One tab led from page to page, its cache off so that each page's requests list all it loads (recordingTab).
  let tab: Awaited<ReturnType<typeof recordingTab>>;
  beforeAll(async () => {
    tab = await recordingTab(chromium.browser);
  });
  afterAll(() => tab.close());

  it.each(samples)('/%s asks only the site itself for anything, without a CSP violation or console error', async (path) => {
    const v = await tab.go(new URL(path, siteURL).href);
    await tab.settled();
    // The page-weight budget (budgets.test.ts) counts from the files; on a budgeted page it must not miss anything
    // loaded on open (the search page, which has no budget, may start its engine at once).
    const page = fileOfPath(path);
    const w = pageWeight(DIST, page, base);
    if (isReadingPage(page) || w.chart) {
      const counted = [w.page, ...w.css.map((a) => a.file), ...w.js.map((a) => a.file)];
      const loaded = v.requests
        .map((u) => new URL(u).pathname.slice(base.length))
        .map((p) => (p === '' || p.endsWith('/') ? `${p}index.html` : p))
        .filter((p) => /\.(css|m?js)$/.test(p) || p === page);
      expect(
        loaded.filter((f) => !counted.includes(f)),
        'loaded on open but not counted by the budget',
      ).toEqual([]);
    }
    // Use the search box, so that what a search loads is covered by the same checks: on the home page (the header's
    // box, the same GET form to the search page on every page) and on the search page's own box.
    const box = v.page.locator('input[type="search"]:visible').first();
    if ((path === '' || path.startsWith('tim-kiem/')) && (await box.count())) {
      await box.fill('nước thải');
      await box.press('Enter');
      await tab.settled();
    }
    expect(v.requests.length).toBeGreaterThan(0);
    expect(v.requests.filter((u) => new URL(u).origin !== origin && !u.startsWith('data:'))).toEqual([]);
    expect(v.violations).toEqual([]);
    // A missing page logs its own 404 status; that is the only console error allowed.
    expect(v.errors.filter((e) => !(path === MISSING_PATH && /404/.test(e)))).toEqual([]);
  });

  it('uses the search box on the home page and on the search page', () => {
    expect(samples).toContain('');
    expect(samples.filter((p) => p.startsWith('tim-kiem/'))).toHaveLength(1);
  });
});

// ---------- Content Security Policy ----------

function policyOf(page: string): { policy: string; beforeIt: string[] } {
  const els = [...elements(parseFile(join(DIST, page)))];
  const metas = els.filter((el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) throw new Error(`${page}: ${metas.length} CSP meta tags`);
  // A meta policy only governs what comes after it in the document, and Astro puts it after the head content a page
  // adds itself: scripts, stylesheets and <style> elements must all come after it (the task list's generated filter
  // rules are a stylesheet linked from the body for that reason).
  const at = els.indexOf(metas[0]!);
  const beforeIt = els
    .slice(0, at)
    .filter((el) => el.tagName === 'script' || el.tagName === 'style' || (el.tagName === 'link' && attr(el, 'rel') === 'stylesheet'))
    .map((el) => el.tagName);
  return { policy: attr(metas[0]!, 'content')!, beforeIt };
}

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((d) => d[0] === name)
    ?.slice(1) ?? null;

describe('Content Security Policy', () => {
  it('every page carries one policy, ahead of every script and stylesheet, that forbids inline code and eval', () => {
    for (const page of htmlPages(DIST)) {
      const { policy, beforeIt } = policyOf(page);
      expect(beforeIt, page).toEqual([]);
      expect(directive(policy, 'default-src'), page).toEqual(["'self'"]);
      expect(directive(policy, 'object-src'), page).toEqual(["'none'"]);
      expect(directive(policy, 'base-uri'), page).toEqual(["'self'"]);
      expect(directive(policy, 'worker-src'), page).toEqual(["'self'", 'blob:']);
      const script = directive(policy, 'script-src')!;
      expect(script, page).toContain("'wasm-unsafe-eval'");
      expect(script, page).not.toContain("'unsafe-inline'");
      expect(script, page).not.toContain("'unsafe-eval'");
      expect(
        script.filter((s) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/.test(s)),
        page,
      ).toEqual([]);
      // Stylesheets and <style> elements: the site's own or hashed. Style attributes may be inline (geometry from
      // data, see astro.config.mjs); they cannot run code.
      for (const d of ['style-src', 'style-src-elem'])
        expect(
          (directive(policy, d) ?? []).filter((x) => !/^'(self|sha256-[A-Za-z0-9+/=]+)'$/.test(x)),
          `${page} ${d}`,
        ).toEqual([]);
      expect(directive(policy, 'style-src-attr'), page).toEqual(["'unsafe-inline'"]);
      expect(directive(policy, 'script-src-attr'), page).toBeNull();
      expect(directive(policy, 'script-src-elem'), page).toBeNull();
    }
  });

  it.each([false, true])('lets Pagefind search run (main thread only: %s)', async (noWorker) => {
    const v = await visit(chromium.browser, siteURL);
    const found = await searchInPage(v.page, base, 'nuoc thai', noWorker);
    expect(found.urls.length).toBeGreaterThan(0);
    expect(v.violations).toEqual([]);
    await v.context.close();
  });

  // Chart pages arrive with the reading-pages redesign; this draws a chart with the project's own Chart.js under
  // the policy the build emits, so a policy that would break charts fails here already.
  it('lets Chart.js (the pinned version) draw, animate and show a tooltip', async () => {
    const dir = scratch('chart');
    const policy = policyOf('index.html').policy;
    copyFileSync(join(ROOT, 'node_modules/chart.js/dist/chart.umd.min.js'), join(dir, 'chart.js'));
    writeFileSync(
      join(dir, 'draw.js'),
      `new Chart(document.getElementById('c'), { type: 'bar',
      data: { labels: ['2025', '2026', '2027'], datasets: [{ label: 'Tỷ lệ (%)', data: [60, 75, 90] }] },
      options: { animation: { duration: 200, onComplete: () => { document.body.dataset.drawn = 'yes'; } } } });`,
    );
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8">
      <meta http-equiv="content-security-policy" content="${policy}"><title>chart</title></head>
      <body><div><canvas id="c" role="img" aria-label="x"></canvas></div>
      <script src="chart.js"></script><script src="draw.js"></script></body></html>`,
    );
    // The browser asks for /favicon.ico; an empty one keeps the console free of 404s.
    writeFileSync(join(dir, 'favicon.ico'), '');
    writeFileSync(join(dir, '404.html'), '');
    const { url, server } = await serve(dir);
    try {
      const v = await visit(chromium.browser, `${url}/`);
      await v.page.waitForSelector('body[data-drawn="yes"]', { timeout: 10_000 });
      const box = (await v.page.locator('#c').boundingBox())!;
      await v.page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
      await v.page.waitForTimeout(300);
      const painted = await v.page.evaluate(() => {
        const c = document.getElementById('c') as HTMLCanvasElement;
        const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
        return n;
      });
      expect(painted).toBeGreaterThan(1000);
      expect(v.violations).toEqual([]);
      expect(v.errors).toEqual([]);
      await v.context.close();
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is enforced: an inserted inline script, an inline event handler and a string timer are blocked and reported', async () => {
    const v = await visit(chromium.browser, siteURL);
    await v.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = (window.__ran || []).concat("inline script")';
      document.head.append(s);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__ran = (window.__ran || []).concat("event handler")');
      img.src = 'khong-co.png';
      document.body.append(img);
      // A string timer is eval() in disguise; DevTools may eval, so it must run later, as page code.
      setTimeout('window.__ran = (window.__ran || []).concat("string timer")' as unknown as () => void, 0);
    });
    await v.page.waitForTimeout(300);
    expect(await v.page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran ?? [])).toEqual([]);
    expect(v.violations.filter((x) => /script-src/.test(x)).length).toBeGreaterThanOrEqual(3);
    await v.context.close();
  });

  it("would catch a policy without 'wasm-unsafe-eval': the main-thread search then fails with a violation", async () => {
    const v = await visit(chromium.browser, siteURL, {
      beforeLoad: async (page) => {
        await page.route(siteURL, async (route) => {
          const res = await route.fetch();
          await route.fulfill({ response: res, body: (await res.text()).replace(" 'wasm-unsafe-eval'", '') });
        });
      },
    });
    const outcome = await searchInPage(v.page, base, 'nuoc thai', true).then(
      () => 'ran',
      () => 'failed',
    );
    expect(outcome).toBe('failed');
    expect(v.violations.join('\n')).toMatch(/wasm-unsafe-eval|WebAssembly/i);
    await v.context.close();
  });
});
