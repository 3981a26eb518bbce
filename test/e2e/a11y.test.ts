// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on one page of each type of the built site at 320 px, the width of
// the phones most readers use (target sizes, scroll regions and reflow differ there), and on the task list in the
// state its script puts it in (filtered, sorted). Every page of both builds is swept at desktop width by
// `npm run test:a11y` (test/sweeps/), which CI also runs. axe itself needs JavaScript, so the no-script pass
// (nojs.test.ts) checks structure instead.
import { describe, expect, it } from 'vitest';
import { axeViolations, twoAtATime } from '../support/axe.ts';
import { builtPages, useBrowser } from '../support/e2e.ts';
import { pageType } from '../support/weight.ts';

const b = useBrowser();
const pages = builtPages();

/**
 * One page of each type (the first in address order), chosen from what was built, so a new page type is covered;
 * the agency × task matrix shares its section with the agency pages, so it is named.
 */
const ONE_OF_EACH = [
  ...new Set([
    ...new Map(pages.map((p) => [pageType(p === '/404.html' ? '404.html' : `${p.slice(1)}index.html`), p] as const).reverse()).values(),
    '/co-quan/ma-tran/',
  ]),
].sort();

describe('accessibility (axe-core, WCAG 2.2 AA tags)', () => {
  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(80);
    for (const path of ['/', '/ke-hoach/', '/nhiem-vu/', '/co-quan/', '/muc-tieu/', '/tim-kiem/', '/404.html'])
      expect(ONE_OF_EACH).toContain(path);
    expect(ONE_OF_EACH.length).toBeGreaterThanOrEqual(14);
    expect(pages).toContain('/co-quan/ma-tran/');
  });

  // Two pages at a time (see twoAtATime), each lane a tab led from page to page.
  it('reports no violation on one page of each type at 320 px, and no console error', { timeout: 300_000 }, async () => {
    const tabs = await Promise.all([b.tab({ width: 320 }), b.tab({ width: 320 })]);
    try {
      const failures = await twoAtATime(ONE_OF_EACH, async (path, lane) => {
        const { page, errors } = await tabs[lane].go(path);
        const found = await axeViolations(page);
        return [...found.map((f) => `${path} @320: ${f}`), ...errors.map((e) => `${path} @320: console: ${e}`)];
      });
      expect(failures).toEqual([]);
    } finally {
      await Promise.all(tabs.map((t) => t.close()));
    }
  });

  it('the check itself reports an image without a text, a button without a name and faint text', async () => {
    const { page } = await b.visit('about:blank');
    await page.setContent(
      '<!doctype html><html lang="vi"><head><title>x</title></head><body><main><img src="a.png"><button></button><p style="color:#bbb;background:#fff">mờ</p></main></body></html>',
    );
    expect((await axeViolations(page)).map((v) => v.split(' ')[0])).toEqual(['button-name', 'color-contrast', 'image-alt']);
  });

  it('reports no violation on the task list once filtered and sorted', async () => {
    const { page } = await b.visit('/nhiem-vu/?co-quan=so-xay-dung&vai-tro=chu-tri');
    await page.getByRole('columnheader', { name: 'Thời gian' }).getByRole('button').click();
    expect(await axeViolations(page)).toEqual([]);
  });
});
