// Measures search on a built site: index size, what a first search downloads, and how long a reader waits.
// Figures are printed, never asserted (they depend on the machine). `npm run bench` calls benchSearch() on the
// real site; on its own: node bench/search.ts [dist]
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { listFiles } from '../src/integrations/checksums.ts';
import { typingPauseMs } from '../src/lib/search-fields.ts';
import { launch } from '../test/support/chromium.ts';
import { serve, stop } from '../test/support/server.ts';
import { builtFor } from '../test/support/site.ts';

const kb = (n: number) => `${(n / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} kB`;
const ms = (n: number) => `${Math.round(n).toLocaleString('vi-VN')} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Sum of bytes the page receives, by kind, from now until `until` resolves. */
async function download(page: Page, until: () => Promise<unknown>): Promise<{ total: number; gzip: number; parts: Map<string, number> }> {
  const pending: Promise<void>[] = [];
  const parts = new Map<string, number>();
  let total = 0;
  let gzip = 0;
  const kind = (u: string) =>
    /\.pf_(index|meta|filter)$/.test(u)
      ? 'chỉ mục'
      : /\.pf_fragment$/.test(u)
        ? 'dữ liệu kết quả'
        : /\/pagefind\//.test(u)
          ? 'Pagefind (JS, wasm)'
          : 'trang';
  const onResponse = (r: import('playwright-core').Response) =>
    pending.push(
      r.body().then(
        (body) => {
          total += body.length;
          // Pagefind's index files are compressed already; text is what a host would gzip on the way.
          gzip += /\.(pf_\w+|pagefind)$/.test(r.url()) ? body.length : gzipSync(body).length;
          parts.set(kind(r.url()), (parts.get(kind(r.url())) ?? 0) + body.length);
        },
        () => undefined,
      ),
    );
  page.on('response', onResponse);
  await until();
  await Promise.all(pending);
  page.off('response', onResponse);
  return { total, gzip, parts };
}

const resultsShown = (page: Page, q: string) =>
  page.waitForFunction(
    (q) => document.getElementById('ket-qua')?.dataset.state === 'done' && new URLSearchParams(location.search).get('q') === q,
    q,
  );

type Marks = { __lastKey?: number; __shown?: number };

/** Types like a quick reader, then reports ms from the last keystroke to the results of the whole query on screen. */
async function typeAndWait(page: Page, q: string): Promise<number> {
  await page.evaluate((q) => {
    const w = window as unknown as Marks;
    delete w.__shown;
    const input = document.getElementById('q')!;
    input.addEventListener('input', () => (w.__lastKey = performance.now()));
    const section = document.getElementById('ket-qua')!;
    new MutationObserver((_, obs) => {
      if (section.dataset.state === 'done' && new URLSearchParams(location.search).get('q') === q) {
        w.__shown = performance.now();
        obs.disconnect();
      }
    }).observe(section, { attributes: true, attributeFilter: ['data-state'] });
  }, q);
  await page.locator('#q').fill('');
  await page.locator('#q').pressSequentially(q, { delay: 60 });
  await page.waitForFunction(() => (window as unknown as Marks).__shown !== undefined);
  return page.evaluate(() => {
    const w = window as unknown as Required<Marks>;
    return w.__shown - w.__lastKey;
  });
}

export async function benchSearch(distDir: string, opts: { runs?: number } = {}): Promise<{ label: string; value: string }[]> {
  const runs = opts.runs ?? 5;
  const root = resolve(distDir);
  const { base } = builtFor(root);
  const rows: { label: string; value: string }[] = [];

  const all = listFiles(join(root, 'pagefind')).map((f) => join(root, 'pagefind', f));
  const size = (re: RegExp) => all.filter((f) => re.test(f)).reduce((n, f) => n + statSync(f).size, 0);
  const indexFiles = all.filter((f) => /\.pf_\w+$/.test(f));
  rows.push({
    label: 'Chỉ mục tìm kiếm trên đĩa',
    value: `${kb(size(/\.pf_\w+$/))} trong ${indexFiles.length} tệp (${all.filter((f) => f.endsWith('.pf_fragment')).length} mục)`,
  });
  rows.push({
    label: 'Pagefind (JS, worker, wasm) trên đĩa',
    value: kb(size(/pagefind\/(pagefind[\w-]*\.js|wasm\.\w+\.pagefind|pagefind-entry\.json)$/)),
  });
  rows.push({ label: 'Cả thư mục pagefind/', value: kb(all.reduce((n, f) => n + statSync(f).size, 0)) });
  const content = readFileSync(join(root, 'nhiem-vu', 'index.html'), 'utf8');
  rows.push({
    label: 'Thẻ <script> trên trang nội dung /nhiem-vu/',
    value: `${(content.match(/<script\b/g) ?? []).length} (ô tìm kiếm ở đầu trang là biểu mẫu GET, không cần script)`,
  });

  const served = await serve(root, { base });
  const origin = served.url;
  const browser: Browser = await launch();
  try {
    const searchPage = `${origin}${base}tim-kiem/`;
    // On a wide screen the page loads the filters' values at once; on a phone only when the reader opens the filter
    // box, so a phone's first search is the smaller one (issue 15).
    for (const { where, viewport } of [
      { where: '', viewport: { width: 1280, height: 720 } },
      { where: ' trên điện thoại (360 px)', viewport: { width: 360, height: 740 } },
    ]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const q = 'chat thai ran';
      let opened = 0;
      const d = await download(page, async () => {
        await page.goto(`${searchPage}?q=${encodeURIComponent(q)}`);
        await resultsShown(page, q);
        // performance.now() counts from the start of navigation: this is opening a shared search address.
        opened = await page.evaluate(() => performance.now());
        await page.waitForLoadState('networkidle');
      });
      rows.push({
        label: `Mở một địa chỉ tìm kiếm được chia sẻ${where}, bộ nhớ đệm trống, đến khi có kết quả`,
        value: `${ms(opened)} (1 lần đo, máy chủ cục bộ)`,
      });
      const parts = [...d.parts].map(([k, v]) => `${k} ${kb(v)}`).join(', ');
      rows.push({
        label: `Lần tìm đầu tiên${where}, bộ nhớ đệm trống (“${q}”, gồm cả trang)`,
        value: `${kb(d.total)} (${parts}); nếu máy chủ nén gzip: ${kb(d.gzip)}`,
      });
      const second = await download(page, async () => {
        await page.locator('#q').fill('nuoc sach');
        await page.locator('#q').press('Enter');
        await resultsShown(page, 'nuoc sach');
        await page.waitForLoadState('networkidle');
      });
      rows.push({ label: `Lần tìm tiếp theo trong cùng trang${where} (“nuoc sach”)`, value: kb(second.total) });
      await context.close();
    }

    const cold: number[] = [];
    const warm: number[] = [];
    const slow: number[] = [];
    for (let i = 0; i < runs; i++) {
      for (const throttle of [1, 4]) {
        const context = await browser.newContext();
        const page = await context.newPage();
        // A cheap phone, roughly: Chromium's own CPU slowdown, as DevTools applies it.
        if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
        await page.goto(searchPage, { waitUntil: 'load' });
        if (throttle > 1) slow.push(await typeAndWait(page, 'nuoc thai'));
        else {
          cold.push(await typeAndWait(page, 'nuoc thai'));
          warm.push(await typeAndWait(page, 'khong khi'));
        }
        await context.close();
      }
    }
    const note = `trung vị ${runs} lần, máy chủ cục bộ; gồm ${typingPauseMs} ms chờ người đọc ngừng gõ`;
    rows.push({ label: 'Từ phím cuối đến kết quả đầu, lần tìm đầu trong thẻ mới', value: `${ms(median(cold))} (${note})` });
    rows.push({ label: 'Từ phím cuối đến kết quả đầu, lần tìm sau', value: `${ms(median(warm))} (${note})` });
    rows.push({ label: 'Như lần tìm đầu, CPU chậm 4 lần', value: `${ms(median(slow))} (${note})` });
  } finally {
    await browser.close();
    await stop(served);
  }
  return rows;
}

if (import.meta.main) {
  const dist = process.argv[2] ?? resolve(import.meta.dirname, '..', 'dist');
  for (const { label, value } of await benchSearch(dist)) console.log(`${label}: ${value}`);
}
