import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './chromium.ts';

/** One browser per test file; each page records console errors and failed requests so tests can assert none happened. */
export function useBrowser() {
  const state = { browser: undefined as unknown as Browser, baseURL: inject('baseURL') };
  beforeAll(async () => {
    state.browser = await launch();
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  return {
    get baseURL() {
      return state.baseURL;
    },
    async open(path: string, opts: { javaScript?: boolean; width?: number } = {}): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
      const context = await state.browser.newContext({ javaScriptEnabled: opts.javaScript ?? true, viewport: { width: opts.width ?? 1280, height: 900 }, locale: 'vi-VN' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
      await page.goto(new URL(path, state.baseURL).href);
      return { page, context, errors };
    },
  };
}
