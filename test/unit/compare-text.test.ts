// The compare-built-text checker (test/support/compare-text.ts) is what proves a reformat changed no rendered text:
// it must see a space a formatter adds or drops inside a line, and must not see the invisible whitespace between blocks.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSites, pageText } from '../support/compare-text.ts';
import { scratch } from '../support/site.ts';

const page = (body: string, head = '') => `<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>`;
const same = (a: string, b: string) => expect(pageText(page(b))).toEqual(pageText(page(a)));
const differ = (a: string, b: string) => expect(pageText(page(b))).not.toEqual(pageText(page(a)));

describe('compare built text', () => {
  it('sees a space added or dropped next to inline elements and punctuation', () => {
    differ('<p>ngày này (<a href="/">vì sao</a>).</p>', '<p>ngày này (\n  <a href="/">vì sao</a>).</p>');
    differ('<p>Hàng <b>1</b> của</p>', '<p>Hàng<b>1</b>của</p>');
    differ('<p>Bộ TNMT): hợp nhất</p>', '<p>Bộ TNMT\n): hợp nhất</p>');
  });

  it('ignores whitespace that a browser collapses or that sits at a block edge', () => {
    same('<p>một hai</p><ul><li>ba</li><li>bốn</li></ul>', '<p>\n  một\n   hai\n</p>\n<ul>\n  <li>ba</li>\n  <li>bốn</li>\n</ul>');
    same('<table><tr><td>1</td><td>2</td></tr></table>', '<table>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</table>');
  });

  it('compares what people see or hear in attributes, meta descriptions, <noscript> and JSON data', () => {
    differ('<img alt="Biểu đồ" src="a.png">', '<img alt="Biểuđồ" src="a.png">');
    differ('<button aria-label="Đóng">×</button>', '<button aria-label="Đóng lại">×</button>');
    differ('<noscript><p>Cần JavaScript</p></noscript>', '<noscript><p>Cần  JavaScript!</p></noscript>');
    differ('<script type="application/json">{"a":1}</script>', '<script type="application/json">{"a":2}</script>');
    same('<script type="application/json">{"a":1}</script>', '<script type="application/json">{\n  "a": 1\n}</script>');
    const meta = (d: string) => pageText(`<html><head><meta name="description" content="${d}"></head></html>`);
    expect(meta('Kế hoạch (2025)')).not.toEqual(meta('Kế hoạch ( 2025)'));
  });

  it('reports pages that differ or exist on one side only, and nothing for identical folders', () => {
    const dir = scratch('compare-text');
    const write = (site: string, file: string, html: string) => {
      mkdirSync(join(dir, site, file, '..'), { recursive: true });
      writeFileSync(join(dir, site, file), page(html));
    };
    write('a', 'index.html', '<p>Trang chủ (<a href="x/">xem</a>)</p>');
    write('a', 'x/index.html', '<p>Một</p>');
    write('b', 'index.html', '<p>Trang chủ\n(\n<a href="x/">xem</a>)</p>');
    write('b', 'y/index.html', '<p>Hai</p>');
    const { pages, differences } = compareSites(join(dir, 'a'), join(dir, 'b'));
    expect(pages).toBe(1);
    expect(differences.map((d) => d.page).sort()).toEqual(['index.html', 'x/index.html', 'y/index.html']);
    expect(differences.find((d) => d.page === 'index.html')?.after).toContain('Trang chủ ( xem');
    expect(compareSites(join(dir, 'a'), join(dir, 'a')).differences).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
