// The editors' search words (content/search-terms.yaml) as the search page uses them: what each spelling is
// searched as, and the sentence that tells the reader why, naming the source for a former name.
import type { Agency, SearchTerm } from '../schemas/index.ts';
import type { QueryTerm } from './search-text.ts';

export interface PageTerm extends QueryTerm {
  /** Shown when the entry was used: what the reader's word means, in a sentence. */
  note: string;
  /** Where the editors read it (former names only). */
  source_url?: string;
}

export function pageTerms(terms: SearchTerm[], agencyById: Map<string, Agency>): PageTerm[] {
  return terms.map((t, ref) => {
    switch (t.kind) {
      case 'ten-cu': {
        const name = agencyById.get(t.agency)!.name;
        return {
          words: t.words,
          search: name,
          ref,
          note: `${t.words[0]} là tên cũ: ${t.how}, từ ngày ${t.since} (theo ${t.source}).`,
          source_url: t.source_url,
        };
      }
      case 'viet-tat': {
        const name = agencyById.get(t.agency)!.name;
        return { words: t.words, search: name, ref, note: `${t.words[0]} là cách viết tắt của ${name}.` };
      }
      case 'cum-tu':
        return { words: t.words, search: t.search, ref, note: `${t.words[0]} là cách viết tắt của “${t.search}”.` };
      case 'chu-de':
        return {
          words: t.words,
          search: t.search,
          ref,
          note: `Kế hoạch không dùng từ “${t.words[0]}”; trang tìm theo từ của Kế hoạch: “${t.search}”.`,
        };
    }
  });
}
