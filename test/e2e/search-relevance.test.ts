// The relevance set (test/search-queries.yaml), run query by query through the real search page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useBrowser } from '../support/e2e.ts';

const path = z.string().regex(/^\/[a-z0-9/#-]*$/, { error: 'a site path such as /nhiem-vu/pl2-07/' });
const entrySchema = z.union([
  z.object({ q: z.string().min(1), first: path, why: z.string().optional() }).strict(),
  z.object({ q: z.string().min(1), top5: z.array(path).min(1).max(5), why: z.string().optional() }).strict(),
  // Nothing in the site matches the query closely: the page must say so, whatever it lists.
  z.object({ q: z.string().min(1), loose: z.literal(true), why: z.string().optional() }).strict(),
]);
const entries = z.array(entrySchema).parse(parse(readFileSync(join(import.meta.dirname, '..', 'search-queries.yaml'), 'utf8')));

const b = useBrowser();

describe('relevance set, through /tim-kiem/ in Chromium', () => {
  it('is a set worth the name: with and without marks, agencies, task numbers and titles', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    const plain = entries.filter((e) => /^[\x20-\x7e]+$/.test(e.q));
    expect(plain.length).toBeGreaterThanOrEqual(10);
    expect(entries.length - plain.length).toBeGreaterThanOrEqual(10);
    expect(new Set(entries.map((e) => e.q)).size).toBe(entries.length);
  });

  // One tab for the whole set, as a reader searching one thing after another: type, press Enter.
  let tab: Awaited<ReturnType<typeof b.open>> | undefined;
  afterAll(() => tab?.context.close());

  it.each(entries.map((e) => [e.q, e] as const))('%s', async (_q, e) => {
    tab ??= await b.open('/tim-kiem/');
    const { page, errors } = tab;
    await page.locator('#q').fill(e.q);
    await page.locator('#q').press('Enter');
    await page.waitForFunction(
      (q) => document.getElementById('ket-qua')!.dataset.state === 'done' && new URLSearchParams(location.search).get('q') === q,
      e.q.trim(),
    );
    const shown = await page.$$eval('#danh-sach > li h3 a', (as) =>
      as
        .slice(0, 5)
        .map((a) => new URL((a as HTMLAnchorElement).href))
        .map((u) => `${u.pathname}${u.hash}`),
    );
    const match = await page.locator('#ket-qua').getAttribute('data-match');
    const said = await page.locator('#trang-thai').textContent();
    if ('loose' in e) {
      expect(match).not.toBe('close');
      expect(said).toMatch(/^Không có kết quả nào/);
    } else {
      // A query with an answer is never told that nothing matches closely.
      expect(match, said ?? '').toBe('close');
      if ('first' in e) expect(shown[0], `first 5: ${shown.join(' ')}`).toBe(e.first);
      else for (const want of e.top5) expect(shown, `want ${want}`).toContain(want);
    }
    expect(errors).toEqual([]);
  });
});
