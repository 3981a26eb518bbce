import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYamlList } from '../../src/lib/data-file.ts';
import { taskRef } from '../../src/lib/format.ts';
import { dTwins, foldAll, foldD, prepareQuery, queryWords, snippet, taskTokens } from '../../src/lib/search-text.ts';
import { taskSchema } from '../../src/schemas/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const marked = (text: string, q: string) =>
  snippet(text, queryWords(q))
    .filter((p) => p.mark)
    .map((p) => p.text);

describe('folding', () => {
  it('writes đ and Đ as d and D and keeps every other mark', () => {
    expect(foldD('Đất đai, Bộ Xây dựng')).toBe('Dất dai, Bộ Xây dựng');
    expect(foldAll('Đất ĐAI nước')).toBe('dat dai nuoc');
  });

  it('twins every đ-word, in order and with repeats, and nothing else', () => {
    expect(dTwins('Đề án phục hồi đất ngập nước, đất bãi bồi')).toBe('Dề dất dất');
    expect(dTwins('Bộ Xây dựng')).toBe('');
  });

  it('treats decomposed (NFD) text like composed text', () => {
    const nfd = 'đất ngập nước'.normalize('NFD');
    expect(dTwins(nfd)).toBe('dất');
    expect(foldAll(nfd)).toBe('dat ngap nuoc');
  });
});

describe('prepareQuery', () => {
  it.each([
    ['phụ lục II mục 7', 'pl2muc7'],
    ['phu luc 2 muc 7', 'pl2muc7'],
    ['Phụ lục II, mục 7', 'pl2muc7'],
    ['PL II.7', 'pl2muc7'],
    ['PLII-7', 'pl2muc7'],
    ['pl2-07', 'pl2muc7'],
    ['PHỤ LỤC II MỤC 12', 'pl2muc12'],
    ['mục 3 phụ lục II', 'pl2muc3'],
    ['Phụ lục I, phần II, mục 3', 'pl1phan2muc3'],
    ['pl1-ii-03', 'pl1phan2muc3'],
    ['pl1-i-05', 'pl1phan1muc5'],
    ['phu luc 1 muc 4', 'pl1muc4'],
    ['Phụ lục II TT 7', 'pl2muc7'],
  ])('turns the reference "%s" into "%s"', (typed, sent) => {
    expect(prepareQuery(typed)).toBe(sent);
  });

  it('keeps the rest of the query around a reference, with đ written as d', () => {
    expect(prepareQuery('phụ lục II mục 7 đất')).toBe('pl2muc7 dất');
    expect(prepareQuery('nước thải PL II.6')).toBe('nước thải pl2muc6');
  });

  it('leaves queries that cite no row alone, apart from đ and spacing', () => {
    expect(prepareQuery('  đất   ngập nước ')).toBe('dất ngập nước');
    expect(prepareQuery('Phụ lục II')).toBe('Phụ lục II');
    expect(prepareQuery('2030')).toBe('2030');
    expect(prepareQuery('mục 100 phụ lục II')).toBe('mục 100 phụ lục II');
    expect(prepareQuery('kế hoạch 122/NQ-CP')).toBe('kế hoạch 122/NQ-CP');
  });

  it('reads every task reference the site prints as exactly the token that task carries', () => {
    const { items, problems } = readYamlList(join(ROOT, 'content', 'tasks.yaml'), taskSchema, ROOT);
    expect(problems).toEqual([]);
    expect(items.length).toBe(52);
    const owners = new Map<string, string[]>();
    for (const t of items) for (const tok of taskTokens(t.appendix, t.part, t.number)) owners.set(tok, [...(owners.get(tok) ?? []), t.id]);
    for (const t of items) {
      const sent = prepareQuery(taskRef(t));
      expect(owners.get(sent), `${taskRef(t)} → ${sent}`).toEqual([t.id]);
    }
  });
});

describe('snippet', () => {
  const text = 'Xây dựng Đề án phục hồi các hệ sinh thái đất ngập nước bị suy thoái';

  it('marks the words a query typed without marks or with d matches', () => {
    expect(marked(text, 'dat ngap nuoc')).toEqual(['đất ngập nước']);
    expect(marked(text, 'nuoc dat')).toEqual(['đất', 'nước']);
    expect(marked(text, 'ĐẤT')).toEqual(['đất']);
  });

  it('marks prefixes, as Pagefind matches them', () => {
    expect(marked(text, 'sinh tho')).toEqual(['sinh', 'thoái']);
  });

  it('gives back the text unchanged apart from the marks', () => {
    expect(
      snippet(text, queryWords('sinh thai'))
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('cuts a long text around its densest cluster of matches', () => {
    const long = `${'mở đầu '.repeat(60)}chất thải rắn sinh hoạt ${'kết thúc '.repeat(60)}`;
    const parts = snippet(long, queryWords('chat thai ran'), 20);
    const shown = parts.map((p) => p.text).join('');
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['chất thải rắn']);
    expect(shown.split(/\s+/).length).toBeLessThan(30);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(snippet('Bộ, ngành Trung ương', queryWords('xyz'))).toEqual([{ text: 'Bộ, ngành Trung ương', mark: false }]);
  });

  it('does not try to highlight task tokens', () => {
    expect(queryWords('phụ lục II mục 7 nước')).toEqual(['nuoc']);
  });
});
