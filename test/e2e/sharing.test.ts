// Sharing and feedback: every page names a share image of its type that exists in the build, is a real PNG of the
// declared size with no outside address; the feedback page exists and is linked from every page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, useBrowser } from '../support/e2e.ts';

const b = useBrowser();

describe('share previews', () => {
  it('gives every page an og:image of its type, a 1200 × 630 PNG built with the site', () => {
    const seen = new Set<string>();
    for (const path of builtPages()) {
      const file = path.endsWith('.html') ? path : `${path}index.html`;
      const html = readFileSync(join(DIST, file), 'utf8');
      const src = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(src, path).toBeDefined();
      const u = new URL(src!);
      const png = readFileSync(join(DIST, u.pathname));
      expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), u.pathname).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      // Without its font, resvg draws no text and the card compresses to a few kB of flat colour.
      expect(png.length, u.pathname).toBeGreaterThan(15_000);
      expect(html).toMatch(/<meta property="og:image:alt" content="[^"]{10,}"/);
      seen.add(u.pathname);
    }
    // One per page type, not one for the whole site.
    expect(seen.size).toBeGreaterThanOrEqual(8);
  });
});

describe('feedback', () => {
  it('is linked from the footer of every page, and says plainly when no address is set', async () => {
    const { page } = await b.visit('/nhiem-vu/', { javaScript: false });
    await page.locator('footer').getByRole('link', { name: 'Góp ý, báo lỗi' }).click();
    expect(new URL(page.url()).pathname).toBe('/gop-y/');
    // The test build sets no CONTACT_EMAIL or CONTACT_URL: no address is invented.
    await expect(page.locator('main').textContent()).resolves.toContain('chưa công bố địa chỉ nhận góp ý');
    expect(await page.locator('main a[href^="mailto:"]').count()).toBe(0);
  });
});
