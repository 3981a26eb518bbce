// Shared by the component tests: each component's examples file (examples/<name>.yaml, one list of named
// examples, as GOV.UK Frontend keeps a <name>.yaml per component), rendering through Astro's Container API, and
// axe-core on the rendered HTML in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { axeFor } from '../support/axe.ts';
import { ensureChromium, fileBrowser } from '../support/chromium.ts';

export interface Example<P = Record<string, unknown>> {
  name: string;
  props: P;
  [key: string]: unknown;
}

export const examples = <E extends Example>(file: string): E[] =>
  parse(readFileSync(join(import.meta.dirname, 'examples', file), 'utf8')) as E[];

let container: AstroContainer | undefined;
// Components are Astro component factories; the Container API takes them as they are imported.
type Component = Parameters<AstroContainer['renderToString']>[0];

// `unknown`: to typescript-eslint an imported .astro module has no type (astro check types it).
export async function render(component: unknown, props: Record<string, unknown>, slot?: string): Promise<string> {
  container ??= await AstroContainer.create();
  return container.renderToString(component as Component, { props, ...(slot === undefined ? {} : { slots: { default: slot } }) });
}

/**
 * One tab for a test file: open rendered HTML as a page, query it, and run axe on it. Each example
 * gets a document of its own in the same tab (a new browser context would cost half a second of CPU each).
 */
export function chromiumFor() {
  const chromium = fileBrowser();
  let page: Page | undefined;
  return {
    start: async () => {
      ensureChromium();
      await chromium.start();
      page = await (await chromium.browser.newContext({ locale: 'vi-VN' })).newPage();
    },
    stop: chromium.stop,
    /**
     * Opens the HTML in a Vietnamese page with a main landmark and the site's global stylesheet (type, spacing and
     * colours are part of what axe judges: contrast, target size); scripts that load files are left out.
     */
    async open(html: string) {
      const tab = page;
      if (!tab) throw new Error('chromiumFor: start() first');
      const body = html.replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/g, '').replace(/<script type="module"[\s\S]*?<\/script>/g, '');
      await tab.setContent(
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Ví dụ thành phần</title></head><body><main><h1>Ví dụ</h1>${body}</main></body></html>`,
      );
      await tab.addStyleTag({ path: join(import.meta.dirname, '..', '..', 'src', 'styles', 'global.css') });
      return {
        page: tab,
        axe: async () => {
          const r = await axeFor(tab).analyze();
          if (r.passes.length === 0) return ['axe ran no rule'];
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        },
        // The next example replaces the document; a blank one in between keeps nothing of this one alive.
        close: async () => void (await tab.goto('about:blank')),
      };
    },
  };
}
