// The search index's last check (src/integrations/search-index.ts checkTargets): every record must lead to a built
// page and to an id on it. Each page is read once for all the ids asked of it, and the messages name each record.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTargets } from '../../src/integrations/search-index.ts';
import type { SearchRecord } from '../../src/lib/search-records.ts';

const site = mkdtempSync(join(tmpdir(), 'search-targets-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const page = (path: string, html: string) => {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(join(site, path, 'index.html'), html);
};
page('ke-hoach', '<h2 id="ii-1">Mục II.1</h2><p id="ii-1-p3">…</p>');
page('nhiem-vu/pl2-07', '<h1>Nhiệm vụ</h1>');
const at = (url: string) => ({ url }) as SearchRecord;

describe('search records lead to a built page and an id on it', () => {
  it('accepts records whose page and id exist, several ids on one page included', () => {
    expect(checkTargets(site, '/base/', [at('/base/ke-hoach/#ii-1'), at('/base/ke-hoach/#ii-1-p3'), at('/base/nhiem-vu/pl2-07/')])).toEqual(
      [],
    );
  });

  it('names each record whose page or id is missing, in record order', () => {
    expect(
      checkTargets(site, '/base/', [
        at('/base/ke-hoach/#ii-9'),
        at('/base/nhiem-vu/pl2-99/'),
        at('/base/ke-hoach/#ii-1'),
        at('/base/ket-qua/2026/#pl2-07'),
        at('/base/ke-hoach/#ii-8'),
      ]),
    ).toEqual([
      '/base/ke-hoach/#ii-9: trang không có đoạn #ii-9',
      `/base/nhiem-vu/pl2-99/: không có trang ${join('nhiem-vu/pl2-99/', 'index.html')}`,
      `/base/ket-qua/2026/#pl2-07: không có trang ${join('ket-qua/2026/', 'index.html')}`,
      '/base/ke-hoach/#ii-8: trang không có đoạn #ii-8',
    ]);
  });
});
