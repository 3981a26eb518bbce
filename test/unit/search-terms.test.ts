// The editors' search words: the data file validates, every body it names exists, former names carry their
// source, and a query is rewritten to the plan's words as a reader would expect, longest spelling first.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYamlList } from '../../src/lib/data-file.ts';
import { pageTerms } from '../../src/lib/search-terms.ts';
import { closeMatch, expandQuery, prepareQuery } from '../../src/lib/search-text.ts';
import { agencySchema, searchTermSchema } from '../../src/schemas/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const { items: terms, problems } = readYamlList(join(ROOT, 'content', 'search-terms.yaml'), searchTermSchema, ROOT);
const { items: agencies } = readYamlList(join(ROOT, 'content', 'agencies.yaml'), agencySchema, ROOT);
const agencyById = new Map(agencies.map((a) => [a.id, a]));
const page = pageTerms(terms, agencyById);
const expand = (q: string) => expandQuery(q, page).text;

describe('content/search-terms.yaml', () => {
  it('validates, and names only bodies of content/agencies.yaml', () => {
    expect(problems).toEqual([]);
    expect(terms.length).toBeGreaterThan(20);
    for (const t of terms) if ('agency' in t) expect(agencyById.has(t.agency), t.id).toBe(true);
  });

  it('gives every former name the decision that merged it and where it was read', () => {
    const former = terms.filter((t) => t.kind === 'ten-cu');
    expect(former.length).toBeGreaterThanOrEqual(4);
    for (const f of former) {
      expect(f.source).toMatch(/Nghị quyết|Quyết định/);
      expect(f.source_url).toMatch(/^https:\/\//);
    }
  });

  it('lists each spelling once, so a query can mean only one thing', () => {
    const seen = new Map<string, string>();
    for (const t of terms)
      for (const w of t.words) {
        const k = w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
        expect(seen.get(k), `${w} (${t.id})`).toBeUndefined();
        seen.set(k, t.id);
      }
  });

  it('rejects a former name without its source', () => {
    const r = searchTermSchema.safeParse({
      id: 'x',
      kind: 'ten-cu',
      words: ['Sở Cũ'],
      agency: 'so-xay-dung',
      how: 'hợp nhất',
      since: '01/3/2025',
    });
    expect(r.success).toBe(false);
  });
});

describe('expandQuery', () => {
  it('searches abbreviations and former names as the body they mean, with or without marks and case', () => {
    expect(expand('Sở TN&MT')).toBe('Sở Nông nghiệp và Môi trường');
    expect(expand('so tn&mt')).toBe('Sở Nông nghiệp và Môi trường');
    expect(expand('TNMT')).toBe('Sở Nông nghiệp và Môi trường');
    expect(expand('Bộ TN&MT')).toBe('Bộ Nông nghiệp và Môi trường');
    expect(expand('bộ NN')).toBe('Bộ Nông nghiệp và Môi trường');
    expect(expand('Sở XD')).toBe('Sở Xây dựng');
    expect(expand('so gd&dt')).toBe('Sở Giáo dục và Đào tạo');
    expect(expand('Sở Tài nguyên và Môi trường')).toBe('Sở Nông nghiệp và Môi trường');
  });

  it('takes the longest spelling, and only whole words', () => {
    // "Bộ NN" must not eat the start of "Bộ NN&PTNT", nor "TNMT" match inside a longer word.
    expect(expand('Bộ NN&PTNT')).toBe('Bộ Nông nghiệp và Môi trường');
    expect(expand('XTNMT')).toBe('XTNMT');
    expect(expand('Sở XDựng')).toBe('Sở XDựng');
  });

  it('replaces topic words and keeps the rest of the query', () => {
    expect(expand('rác thải nhựa ở chợ')).toBe('nhựa ở chợ');
    expect(expand('ô nhiễm không khí')).toBe('không khí');
    expect(expandQuery('nước thải', page).used).toEqual([]);
  });

  it('says what it replaced, for the page to tell the reader', () => {
    const e = expandQuery('Sở TN&MT xử lý rác thải nhựa', page);
    expect(e.used.map((u) => u.typed)).toEqual(['Sở TN&MT', 'rác thải nhựa']);
    const note = page.find((p) => p.ref === e.used[0]!.ref)!;
    expect(note.note).toContain('tên cũ');
    expect(note.source_url).toMatch(/^https:/);
  });

  it('leaves task references for prepareQuery', () => {
    expect(prepareQuery(expand('phụ lục II mục 7'))).toBe('pl2muc7');
  });
});

describe('closeMatch', () => {
  it('needs every word of the query in the result, with its marks when typed with marks', () => {
    expect(closeMatch('Hồ Tây', 'Hỗ trợ hộ gia đình ở phía tây')).toBe(false);
    expect(closeMatch('Hồ Tây', 'Cải tạo Hồ Tây')).toBe(true);
    expect(closeMatch('ho tay', 'Hỗ trợ hộ gia đình ở phía tây')).toBe(true);
    expect(closeMatch('dat ngap', 'Đất ngập nước')).toBe(true);
    expect(closeMatch('chất thải rắn', 'chất thải nguy hại')).toBe(false);
  });

  it('lets the last word be the start of a word, as the reader may still be typing', () => {
    expect(closeMatch('nước th', 'xử lý nước thải')).toBe(true);
    expect(closeMatch('th nước', 'xử lý nước thải')).toBe(false);
  });
});
