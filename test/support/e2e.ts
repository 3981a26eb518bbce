// Helpers for the browser tests (test/e2e/): one Chromium per file, pages that record their errors, and readers of
// what the built site and content/ hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { parse } from 'yaml';
import type { BrowserContext, Page } from 'playwright-core';
import { openTab, type ReaderSettings } from './browser.ts';
import { fileBrowser } from './chromium.ts';
import { DIST, htmlPages, pathOf, ROOT } from './site.ts';

/**
 * The worker's browser (fileBrowser), in contexts of the file's own; each page records console errors and failed
 * requests so tests can assert none happened.
 */
export function useBrowser() {
  const baseURL = inject('baseURL');
  // The file's shared tabs for `visit`, one with script and one without.
  const tabs = new Map<boolean, Awaited<ReturnType<typeof openTab>>>();
  const chromium = fileBrowser();
  beforeAll(chromium.start);
  afterAll(() => chromium.stop());
  return {
    /**
     * Opens a page in the file's shared tab (with or without script), at the width asked, on screen media: a reader
     * following a link, not a new browser. A browser context costs Chromium about 0.45 s of CPU and a navigation in
     * an open tab about 0.1 s, so checks that only read pages visit them; a check that changes what the browser keeps
     * (storage, permissions, routes, listeners, history it counts) opens a context of its own with `open`.
     */
    async visit(path: string, opts: ReaderSettings = {}): Promise<{ page: Page; errors: string[] }> {
      const js = opts.javaScript ?? true;
      let tab = tabs.get(js);
      if (!tab) tabs.set(js, (tab = await openTab(chromium.browser, { javaScript: js })));
      const url = new URL(path, baseURL);
      const now = new URL(tab.page.url());
      // Only the fragment changing would keep the page as it was, without loading it again.
      if (now.origin === url.origin && now.pathname === url.pathname && now.search === url.search) await tab.page.goto('about:blank');
      await tab.page.setViewportSize({ width: opts.width ?? 1280, height: 900 });
      await tab.page.emulateMedia({ media: null });
      return tab.go(url.href);
    },
    get baseURL() {
      return baseURL;
    },
    /** A page in a browser context of its own: a tab (openTab) that opens one page; its errors are the whole visit's. */
    async open(path: string, opts: ReaderSettings = {}): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
      const tab = await openTab(chromium.browser, opts);
      const { page, errors } = await tab.go(new URL(path, baseURL).href);
      return { page, context: tab.context, errors };
    },
    /** A tab for visiting page after page with the same settings (see openTab); `go` takes a site path. */
    async tab(opts: ReaderSettings = {}) {
      const tab = await openTab(chromium.browser, opts);
      return { ...tab, go: (path: string) => tab.go(new URL(path, baseURL).href) };
    },
  };
}

/** A data file of content/, read as the site's staff write it: tests compare the pages against this, not against counts. */
export function readContent<T>(file: string): T {
  return parse(readFileSync(join(ROOT, 'content', file), 'utf8')) as T;
}

/** Ids of the task rows a person can see in a table, in the order shown (read from the links they would click). */
export async function visibleTaskIds(page: Page, table = '#bang-nhiem-vu'): Promise<string[]> {
  const hrefs = await page.locator(`${table} tbody tr:visible th a`).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.map((h) => h.split('/').filter(Boolean).pop()!);
}

/** Every HTML page of the built site, as site paths ("/nhiem-vu/pl2-07/"), 404.html as "/404.html". */
export const builtPages = (dist = DIST): string[] => htmlPages(dist).map((f) => `/${pathOf(f)}`);

export { DIST };

/** The page's text as the browser exposes it to assistive technology, CSS generated content included. */
export async function accessibleText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
  await cdp.detach();
  return nodes
    .filter((n) => n.role?.value === 'StaticText')
    .map((n) => n.name?.value ?? '')
    .join('')
    .replace(/\s+/g, ' ');
}
