// Opening built pages in Debian's Chromium and recording what a reader's browser would do: every request,
// every Content-Security-Policy violation (from the page and its workers), every console error.
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface Visit {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for, including its workers' requests. */
  requests: string[];
  /** securitypolicyviolation events and "Refused to …" console messages. */
  violations: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export interface ReaderSettings {
  javaScript?: boolean;
  /** Viewport width in CSS pixels (1280 unless said); the height is 900. */
  width?: number;
}

/** A browser context as the site's readers have it: Vietnamese, script on unless said, 1280 px wide unless said. */
export const readerContext = (browser: Browser, opts: ReaderSettings = {}): Promise<BrowserContext> =>
  browser.newContext({ javaScriptEnabled: opts.javaScript ?? true, viewport: { width: opts.width ?? 1280, height: 900 }, locale: 'vi-VN' });

/**
 * A tab that records, page by page, what `visit` records. Every page is fetched as on a first visit (the HTTP cache
 * is off), so its requests list everything it loads even when an earlier page loaded the same files.
 */
export async function recordingTab(browser: Browser) {
  const context = await readerContext(browser);
  let now = { requests: [] as string[], violations: [] as string[], errors: [] as string[] };
  // The binding survives navigations, so a violation on any document of the visit is kept.
  await context.exposeBinding('__reportViolation', (_source, v: string) => void now.violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile || e.documentURI}`,
      );
    });
  });
  // Requests still in flight, and when that last changed: what `settled` waits on.
  let inFlight = 0;
  let changed = performance.now();
  context.on('request', (r) => {
    now.requests.push(r.url());
    inFlight += 1;
    changed = performance.now();
  });
  const finished = () => {
    inFlight -= 1;
    changed = performance.now();
  };
  context.on('requestfinished', finished);
  context.on('requestfailed', finished);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const onConsole = (type: string, text: string) => {
    if (/Content Security Policy|Refused to/i.test(text)) now.violations.push(text);
    else if (type === 'error') now.errors.push(text);
  };
  page.on('console', (m) => onConsole(m.type(), m.text()));
  page.on('pageerror', (e) => void now.errors.push(e.message));
  page.on('worker', (w) => w.on('console', (m) => onConsole(m.type(), m.text())));
  return {
    page,
    context,
    /** Opens `url` in the tab; what it records from now on belongs to this page. */
    async go(url: string): Promise<Visit> {
      now = { requests: [], violations: [], errors: [] };
      await page.goto(url, { waitUntil: 'load' });
      return { page, context, ...now };
    },
    /**
     * Resolves once no request has been in flight for `quiet` ms since the call: what the page loads by itself after
     * opening (a worker, the search index) is then in the visit's record. Playwright's "networkidle" waits a fixed
     * 500 ms of quiet; across the forty pages the security checks open, that was 20 s of a worker doing nothing.
     */
    async settled(quiet = 150): Promise<void> {
      // Quiet counts from the call at the earliest: a key just pressed may not have started its request yet.
      const since = performance.now();
      const deadline = since + 15_000;
      while (inFlight > 0 || performance.now() - Math.max(changed, since) < quiet) {
        if (performance.now() > deadline) throw new Error(`${inFlight} request(s) still in flight after 15 s on ${page.url()}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () => context.close(),
  };
}

/** Opens `url` in a new browser context, recording every request, CSP violation and console error of the visit. */
export async function visit(browser: Browser, url: string, opts: { beforeLoad?: (page: Page) => Promise<void> } = {}): Promise<Visit> {
  const tab = await recordingTab(browser);
  await opts.beforeLoad?.(tab.page);
  return tab.go(url);
}

/**
 * One tab, led through many pages with the same settings, as a reader follows links. A new browser context costs
 * Chromium about half a second of CPU (a renderer process, its profile) and a navigation a tenth of that, so checks
 * that visit page after page share a tab. `go` returns the errors of that page only (console errors, uncaught
 * exceptions, failed requests): a request of the previous page aborted by leaving it is not this page's failure.
 */
export async function openTab(browser: Browser, opts: ReaderSettings = {}) {
  const context = await readerContext(browser, opts);
  const page = await context.newPage();
  let visits = 0;
  let errors: string[] = [];
  const startedOn = new WeakMap<object, number>();
  page.on('request', (r) => void startedOn.set(r, visits));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(e.message));
  page.on('requestfailed', (r) => void (startedOn.get(r) === visits && errors.push(`request failed: ${r.url()}`)));
  return {
    page,
    context,
    async go(url: string): Promise<{ page: Page; errors: string[] }> {
      visits += 1;
      errors = [];
      await page.goto(url);
      return { page, errors };
    },
    close: () => context.close(),
  };
}

/**
 * Runs a Pagefind search from inside the page, the way the site's search box does, and returns the first results.
 * The code is passed as a string: Vitest would otherwise rewrite its import() into a helper the page lacks.
 */
export async function searchInPage(
  page: Page,
  base: string,
  term: string,
  noWorker = false,
): Promise<{ urls: string[]; excerpts: string[]; titles: string[] }> {
  return page.evaluate(`(async () => {
    const pf = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
    const instance = pf.createInstance({ noWorker: ${noWorker} });
    await instance.init();
    const found = await instance.search(${JSON.stringify(term)});
    const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
    return { urls: data.map((d) => d.url), excerpts: data.map((d) => d.excerpt), titles: data.map((d) => d.meta.title ?? '') };
  })()`);
}
