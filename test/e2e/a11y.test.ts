// axe-core against every HTML page of the built site (WCAG 2.0/2.1/2.2 A and AA rules), then one page of each type
// again at 320 px, and the task list in the state its script puts it in (filtered, sorted). axe itself needs
// JavaScript, so the no-script pass (nojs.test.ts) checks structure instead.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { builtPages, useBrowser } from '../support/e2e.ts';

const b = useBrowser();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = builtPages();

/** One representative of each page type, chosen from what was built rather than by name. */
const pick = (re: RegExp) => pages.find((p) => re.test(p));
const ONE_OF_EACH = [
  '/',
  '/ke-hoach/',
  '/nhiem-vu/',
  pick(/^\/nhiem-vu\/[^/]+\/$/),
  '/co-quan/',
  '/co-quan/ma-tran/',
  pick(/^\/co-quan\/(?!ma-tran)[^/]+\/$/),
  '/muc-tieu/',
  pick(/^\/muc-tieu\/[^/]+\/$/),
  '/du-lieu/',
  '/gioi-thieu/',
  '/404.html',
].filter((p): p is string => p !== undefined);

async function violations(path: string, opts: { width?: number; act?: (page: import('playwright-core').Page) => Promise<void> } = {}) {
  const { page, context, errors } = await b.open(path, opts);
  await opts.act?.(page);
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  await context.close();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  return { found, errors, passes: result.passes.length };
}

describe('accessibility (axe-core, WCAG 2.2 AA tags)', () => {
  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(80);
    expect(ONE_OF_EACH).toHaveLength(12);
  });

  it('reports no violation on any page of the built site, which also logs no console error', { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    // Two pages at a time: axe spends most of its second per page injecting itself, and the machine has two cores.
    const queue = [...pages];
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const { found, errors, passes } = await violations(path);
        if (passes === 0) failures.push(`${path}: axe ran no rule`);
        failures.push(...found.map((f) => `${path}: ${f}`), ...errors.map((e) => `${path}: console: ${e}`));
      }
    };
    await Promise.all([worker(), worker()]);
    expect(failures.sort()).toEqual([]);
  });

  it('reports no violation at 320 px wide, for one page of each type', { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    for (const path of ONE_OF_EACH) failures.push(...(await violations(path, { width: 320 })).found.map((f) => `${path} @320: ${f}`));
    expect(failures).toEqual([]);
  });

  it('reports no violation on the task list once filtered and sorted', async () => {
    const filtered = await violations('/nhiem-vu/?co-quan=so-xay-dung&vai-tro=chu-tri', {
      act: async (page) => page.getByRole('columnheader', { name: 'Thời gian' }).getByRole('button').click(),
    });
    expect(filtered.found).toEqual([]);
  });
});
