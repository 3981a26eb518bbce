// Names shared by the index (src/lib/search-records.ts) and the search page: what a record is, how it can
// be filtered, and the Vietnamese words for both. No imports, because the search page bundles this file.

/** What a result is; the values are shown to readers and are also the values of the "loai" filter. */
export const searchTypes = ['Kế hoạch', 'Nhiệm vụ', 'Mục tiêu', 'Cơ quan', 'Kết quả'] as const;
export type SearchType = (typeof searchTypes)[number];

/**
 * Filters, keyed as they are in the index and in the page's address (/tim-kiem/?q=…&chu_tri=…), in the
 * order the page shows them, with their labels. Values are the words readers see ("Sở Xây dựng"), so a
 * shared address reads plainly and new values (a new status, a new year) need no code.
 */
export const searchFilters = {
  loai: 'Loại nội dung',
  chu_tri: 'Cơ quan chủ trì',
  phoi_hop: 'Cơ quan phối hợp',
  phu_luc: 'Phụ lục',
  tinh_trang: 'Tình trạng',
  nam: 'Năm',
} as const;
export type SearchFilterKey = keyof typeof searchFilters;
export const searchFilterKeys = Object.keys(searchFilters) as SearchFilterKey[];

/**
 * Metadata keys Pagefind searches with a weight. Pagefind searches every metadata field; "title" counts 5
 * times by default, and the title's đ-words written with d must count the same, or a title typed without
 * đ would lose to a page that merely mentions its words.
 */
export const metaWeights = { title: 5, title_d: 5 } as const;

/** How long the search page waits after the last keystroke before searching, so it searches words, not letters. */
export const typingPauseMs = 150;
