// Long lists are paged so that no page grows with the plan (issue 15), while a list that fits keeps its one page.
import { describe, expect, it } from 'vitest';
import { laterPages, PAGE_SIZE, pageCount, pageOf, pagePath, pagerNumbers, pageSlice } from '../../src/lib/paging.ts';
import { resultsTaskUrl } from '../../src/lib/urls.ts';

describe('paging of long lists', () => {
  it('keeps a list that fits on one page as it is: the real plan (52 tasks, 22 bodies) gets no extra page', () => {
    expect(pageCount(52)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(0)).toBe(1);
    expect(laterPages(52)).toEqual([]);
  });

  it('cuts a long list into pages of PAGE_SIZE rows, every row on exactly one page, in order', () => {
    const items = Array.from({ length: 2 * PAGE_SIZE + 7 }, (_, i) => i);
    const last = pageCount(items.length);
    expect(last).toBe(3);
    const pages = Array.from({ length: last }, (_, i) => pageSlice(items, i + 1));
    expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 7]);
    expect(pages.flat()).toEqual(items);
    expect(laterPages(items.length)).toEqual([
      { params: { n: '2' }, props: { page: 2 } },
      { params: { n: '3' }, props: { page: 3 } },
    ]);
  });

  it('gives page 1 the list’s own address and the others /trang/<n>/', () => {
    expect(pagePath('nhiem-vu/', 1)).toBe('nhiem-vu/');
    expect(pagePath('nhiem-vu/', 12)).toBe('nhiem-vu/trang/12/');
  });

  it('links a bounded number of pages however long the list: first, last, two either side, gaps marked', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(100, 200)).toEqual([1, null, 98, 99, 100, 101, 102, null, 200]);
    expect(pagerNumbers(2, 200)).toEqual([1, 2, 3, 4, null, 200]);
    for (const current of [1, 50, 199, 200]) expect(pagerNumbers(current, 200).length).toBeLessThanOrEqual(9);
  });

  it('sends a link to a task’s part of a year to the page of the year’s results that holds it', () => {
    expect(pageOf(0)).toBe(1);
    expect(pageOf(PAGE_SIZE - 1)).toBe(1);
    expect(pageOf(PAGE_SIZE)).toBe(2);
    // The real plan fits on the year page: the link is the one it always was.
    expect(resultsTaskUrl(2026, 'pl2-07', 40, 52)).toBe('/ket-qua/2026/#pl2-07');
    expect(resultsTaskUrl(2030, 'pl2-946', 4321, 5000)).toBe('/ket-qua/2030/trang/44/#pl2-946');
    expect(resultsTaskUrl(2030, 'pl1-i-1', 0, 5000)).toBe('/ket-qua/2030/#pl1-i-1');
    // Every task of a long plan lands on one of the pages the year's results have.
    expect(pageOf(4999)).toBe(pageCount(5000));
  });
});
