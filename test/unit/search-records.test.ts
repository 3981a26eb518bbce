import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { taskRef, periodLabel } from '../../src/lib/format.ts';
import { squash } from '../../src/lib/plan-text.ts';
import { allRecords, makeRecord, type SearchRecord } from '../../src/lib/search-records.ts';
import { loadSiteData } from '../../src/lib/site-data.ts';
import { stateLabels } from '../../src/lib/reporting-rules.ts';
import { dTwins, foldAll, taskTokens } from '../../src/lib/search-text.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const src = loadSiteData(ROOT);
const records = allRecords(src, (p) => `/${p}`);
const byUrl = new Map(records.map((r) => [r.url, r]));
const get = (url: string): SearchRecord => {
  const r = byUrl.get(url);
  if (!r) throw new Error(`no record ${url}`);
  return r;
};

describe('search records built from content/', () => {
  it('has one record per plan block, task, target and agency, each at its own address', () => {
    const count = (type: string) => records.filter((r) => r.filters.loai[0] === type).length;
    expect(count('Kế hoạch')).toBe(src.blocks.length);
    expect(count('Nhiệm vụ')).toBe(52);
    expect(count('Mục tiêu')).toBe(src.targets.length);
    // Each body the plan names, and each ward of the unit registry (on its unit page).
    expect(count('Cơ quan')).toBe(src.agencies.length + src.registry.wardCount.listed);
    expect(byUrl.size).toBe(records.length);
  });

  it('links a plan paragraph to its anchor and cites it as the site does', () => {
    const r = get('/ke-hoach/#iv-4-p7');
    expect(r.meta.title).toBe('Mục IV.4, đoạn 7');
    expect(r.content).toContain('trước ngày 01 tháng 12 hằng năm');
    const h = get('/ke-hoach/#ii-5-dd');
    expect(h.meta.title).toBe('đ) Đối với tài nguyên rừng, đa dạng sinh học');
    expect(h.meta.ref).toBe('Kế hoạch, mục II.5.đ');
  });

  it('gives a task its title, its reference, lead agencies, timeframe, number tokens and filters', () => {
    const t = src.tasks.find((x) => x.id === 'pl2-07')!;
    const r = get('/nhiem-vu/pl2-07/');
    expect(r.meta.title).toBe(t.title);
    expect(r.meta.ref).toBe('Phụ lục II, mục 7');
    expect(r.meta.ref).toBe(taskRef(t));
    expect(r.meta.thoi_gian).toBe(periodLabel(t));
    expect(r.meta.so_hieu).toBe(taskTokens('II', null, 7).join(' '));
    expect(r.content).toContain(squash(t.lead_as_written));
    expect(r.filters.phu_luc).toEqual(['Phụ lục II']);
    const names = new Map(src.agencies.map((a) => [a.id, a.name]));
    expect(r.filters.chu_tri).toEqual([...new Set(t.lead.map((l) => names.get(l.agency)))]);
    expect(r.filters.phoi_hop).toEqual([...new Set(t.coordinating.map((l) => names.get(l.agency)))]);
    expect(r.filters.nam).toEqual(Array.from({ length: t.period!.end - t.period!.start + 1 }, (_, i) => String(t.period!.start + i)));
  });

  it('says so when the plan gives a task no timeframe, and gives it no year', () => {
    const r = get('/nhiem-vu/pl1-ii-08/');
    expect(r.meta.thoi_gian).toBe('Không ghi thời gian');
    expect(r.filters.nam).toBeUndefined();
  });

  it('finds every agency under its structured name, even where the cell abbreviates it', () => {
    for (const t of src.tasks) {
      const r = get(`/nhiem-vu/${t.id}/`);
      for (const role of t.lead) expect(r.filters.chu_tri).toContain(src.agencies.find((a) => a.id === role.agency)!.name);
    }
  });

  it('keeps every word NFC and twins every đ-word with d, in the title and in the rest', () => {
    for (const r of records) {
      for (const v of [r.content, ...Object.values(r.meta), ...Object.values(r.filters).flat()]) expect(v).toBe(v!.normalize('NFC'));
      expect(r.meta.title_d ?? '').toBe(dTwins(r.meta.title));
      for (const w of dTwins(r.content).split(' ').filter(Boolean)) expect(r.meta.text_d).toContain(w);
      // Folded, every text_d word is a word of the record: the twins add no new words, only a new spelling.
      const words = new Set(foldAll(`${r.content} ${r.meta.ref ?? ''} ${r.meta.thoi_gian ?? ''}`).split(/[^\p{L}\p{N}]+/u));
      for (const w of foldAll(r.meta.text_d ?? '')
        .split(' ')
        .filter(Boolean))
        expect(words).toContain(w);
    }
    expect(get('/nhiem-vu/pl1-ii-17/').meta.title_d).toBe('Dề dất');
  });

  it('puts the base path in front of every address', () => {
    const based = allRecords(src, (p) => `/khi-hau/${p}`);
    expect(based.every((r) => r.url.startsWith('/khi-hau/'))).toBe(true);
    expect(based.find((r) => r.meta.ref === 'Phụ lục II, mục 7')!.url).toBe('/khi-hau/nhiem-vu/pl2-07/');
  });
});

describe('makeRecord, the one function every kind of record goes through', () => {
  it('takes a kind of record the site does not have yet, such as a year result, in one call', () => {
    // Demonstration only: how a result record would look once results are published (issue 4).
    const r = makeRecord(
      {
        type: 'Kết quả',
        path: 'ket-qua/2026/#pl2-07',
        title: 'Kết quả năm 2026: Phụ lục II, mục 7',
        text: 'Đã đưa vào vận hành một trạm xử lý nước thải.',
        meta: { ref: 'Báo cáo năm 2026', tinh_trang: 'Đang thực hiện', thoi_gian: '2026' },
        filters: { tinh_trang: ['Đang thực hiện'], nam: ['2026'], chu_tri: ['Sở Xây dựng'] },
      },
      (p) => `/${p}`,
    );
    expect(r.filters).toEqual({ loai: ['Kết quả'], tinh_trang: ['Đang thực hiện'], nam: ['2026'], chu_tri: ['Sở Xây dựng'] });
    expect(r.meta.text_d).toBe('Dã dưa Dang');
  });

  it('squashes whitespace, composes to NFC and drops empty fields', () => {
    const r = makeRecord(
      { type: 'Cơ quan', path: 'x/', title: ' Sở  Y tế '.normalize('NFD'), text: 'Sở,\n ban', meta: { ref: '' } },
      (p) => `/${p}`,
    );
    expect(r.meta).toEqual({ title: 'Sở Y tế' });
    expect(r.content).toBe('Sở, ban');
  });

  it('refuses a record with nothing to search', () => {
    expect(() => makeRecord({ type: 'Cơ quan', path: 'x/', title: 'Sở Y tế', text: '  ' }, (p) => `/${p}`)).toThrow();
  });
});

describe('report records, from the sample submissions in test/fixtures/reports', () => {
  const sampleSite = loadSiteData(ROOT, { reportsDir: 'test/fixtures/reports' });
  const sample = allRecords(sampleSite, (p) => `/${p}`);
  const ofType = (type: string) => sample.filter((r) => r.filters.loai[0] === type);

  it('has one record per unit with a published report in the latest year, on that unit page, drafts left out', () => {
    const latest = sampleSite.reporting.years.at(-1)!;
    const expected = [
      ...new Set(sampleSite.reporting.submissions.filter((s) => s.year === latest).map((s) => `/don-vi/${s.unit}/#nam-${s.year}`)),
    ].sort();
    expect(expected.length).toBeGreaterThan(2);
    expect(
      ofType('Kết quả')
        .map((r) => r.url)
        .sort(),
    ).toEqual(expected);
    expect(expected).not.toContain('/don-vi/so-giao-duc-dao-tao/#nam-2026');
  });

  it('carries what the unit wrote, its proposals, and whether it was on time', () => {
    const r = sample.find((x) => x.url === '/don-vi/xa-soc-son/#nam-2026')!;
    expect(r.content).toContain('Ban hành kế hoạch thực hiện của xã');
    expect(r.content).toContain('Đề nghị hỗ trợ kinh phí xây dựng hệ thống xử lý nước thải làng nghề');
    expect(r.filters.tinh_trang).toEqual(['Đúng hạn']);
  });

  it('gives a task a status only where one Hanoi unit leads it, never to a ministry-led or group-led task', () => {
    const latest = sampleSite.reporting.derived.tasks.get(sampleSite.reporting.years.at(-1)!)!;
    for (const r of ofType('Nhiệm vụ')) {
      const v = latest.get(r.url.split('/')[2]!)!;
      expect(r.filters.tinh_trang, r.url).toEqual(v.mode === 'mot-don-vi' ? [stateLabels[v.state!]] : undefined);
    }
  });

  it('finds every ward by name, on its unit page', () => {
    expect(sample.find((x) => x.url === '/don-vi/phuong-hoan-kiem/')!.meta.title).toBe('UBND phường Hoàn Kiếm');
    expect(ofType('Cơ quan').filter((r) => r.url.startsWith('/don-vi/'))).toHaveLength(126);
  });

  it('has no report record and no task status while no report is published', () => {
    expect(records.filter((r) => r.filters.loai[0] === 'Kết quả')).toEqual([]);
    expect(records.every((r) => r.filters.tinh_trang === undefined)).toBe(true);
  });
});
