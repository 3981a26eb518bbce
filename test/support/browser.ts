// Opening built pages in Debian's Chromium and recording what a reader's browser would do: every request,
// every Content-Security-Policy violation (from the page and its workers), every console error.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './chromium.ts';

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

export async function visit(browser: Browser, url: string, opts: { beforeLoad?: (page: Page) => Promise<void> } = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  const requests: string[] = [];
  const violations: string[] = [];
  const errors: string[] = [];
  // The binding survives navigations, so a violation on any document of the visit is kept.
  await context.exposeBinding('__reportViolation', (_source, v: string) => void violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile || e.documentURI}`,
      );
    });
  });
  context.on('request', (r) => void requests.push(r.url()));
  const page = await context.newPage();
  const onConsole = (type: string, text: string) => {
    if (/Content Security Policy|Refused to/i.test(text)) violations.push(text);
    else if (type === 'error') errors.push(text);
  };
  page.on('console', (m) => onConsole(m.type(), m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('worker', (w) => w.on('console', (m) => onConsole(m.type(), m.text())));
  await opts.beforeLoad?.(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, requests, violations, errors };
}

/** One Chromium for a test file. */
export function chromiumSession() {
  let browser: Browser | undefined;
  return {
    start: async () => {
      browser = await launch();
    },
    stop: async () => {
      await browser?.close();
    },
    get browser(): Browser {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
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
