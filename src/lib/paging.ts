// Long lists are cut into pages of a fixed size, so that no page grows with the plan (issue 15: at 20,000 tasks the
// one-page task list was 39 MB of HTML). A list that fits on one page — the real plan's 52 tasks, its 100-odd
// bodies — keeps its single page, unchanged, with its in-page filter. Later pages live at <list>/trang/<n>/: plain
// links, so paging works without JavaScript.

/** Rows on one page of a long list. */
export const PAGE_SIZE = 100;

/**
 * Rows on one page of a list of reporting units. Hanoi has about 150 (its departments and 126 wards and communes):
 * they stay on one page, and a unit row is short (a name and a state per year), so 200 rows stay far under 1 MB.
 */
export const UNIT_PAGE_SIZE = 200;

export const pageCount = (n: number, size = PAGE_SIZE): number => Math.max(1, Math.ceil(n / size));

/** The rows of page `page` (1-based). */
export const pageSlice = <T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] => items.slice((page - 1) * size, page * size);

/** The page (1-based) that holds the item at `index` (0-based). */
export const pageOf = (index: number, size = PAGE_SIZE): number => Math.floor(index / size) + 1;

/** Site path (no base) of page `page` of the list at `list` ("nhiem-vu/"): the first page is the list's own address. */
export const pagePath = (list: string, page: number): string => (page === 1 ? list : `${list}trang/${page}/`);

/** getStaticPaths entries for pages 2…last of a list (none when it fits on one page). */
export const laterPages = (n: number, size = PAGE_SIZE): { params: { n: string }; props: { page: number } }[] =>
  Array.from({ length: pageCount(n, size) - 1 }, (_, i) => ({ params: { n: String(i + 2) }, props: { page: i + 2 } }));

/** Page numbers a pager links to: the first, the last, and two on each side of the current one; null marks a gap. */
export function pagerNumbers(current: number, last: number): (number | null)[] {
  const keep = [...new Set([1, last, ...[-2, -1, 0, 1, 2].map((d) => current + d)])]
    .filter((p) => p >= 1 && p <= last)
    .sort((a, b) => a - b);
  return keep.flatMap((p, i) => (i > 0 && p - keep[i - 1]! > 1 ? [null, p] : [p]));
}
