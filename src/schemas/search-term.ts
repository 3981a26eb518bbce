import { z } from 'zod';
import { slug, text } from './common.ts';

/**
 * Words readers use that the plan does not: abbreviations, former names of merged bodies, everyday topic words.
 * This is the editors' data, not the plan's (the site labels it so). A query containing one of `words` is
 * searched with the plan's words instead (src/lib/search-text.ts, expandQuery), and the page says so.
 */
const common = {
  /** Stable ASCII id. */
  id: slug,
  /** What readers type, in any of its spellings; matched without case or marks, as whole words. */
  words: z.array(text).min(1, { error: 'cần ít nhất một cách viết' }),
};

/** An abbreviation of a body's name: searched as that body's full name. */
const abbreviation = z.object({ ...common, kind: z.literal('viet-tat'), agency: slug }).strict();

/** A body's name before a merger: searched as the body it became, with the decision that merged it. */
const formerName = z
  .object({
    ...common,
    kind: z.literal('ten-cu'),
    agency: slug,
    /** What happened, in a phrase: "hợp nhất với Sở Nông nghiệp và Phát triển nông thôn". */
    how: text,
    /** From when the new body exists: "01/3/2025". */
    since: text,
    /** The decision that merged it, as precisely as a source confirms it (never a guessed number). */
    source: text,
    /** Where the editors read it. */
    source_url: z.url({ protocol: /^https?$/, error: 'cần một địa chỉ http(s) đầy đủ' }),
  })
  .strict();

/** A topic word or phrase the plan spells differently: searched with the plan's words (`search`). */
const topic = z.object({ ...common, kind: z.literal('chu-de'), search: text }).strict();

/** A shortening of a common phrase in the plan ("BĐKH"): searched as the phrase itself. */
const phrase = z.object({ ...common, kind: z.literal('cum-tu'), search: text }).strict();

export const searchTermKinds = { 'viet-tat': 'Viết tắt', 'ten-cu': 'Tên cũ', 'chu-de': 'Cách gọi khác', 'cum-tu': 'Viết tắt' } as const;

export const searchTermSchema = z.discriminatedUnion('kind', [abbreviation, formerName, topic, phrase], {
  error: `loại (kind) phải là một trong: ${Object.keys(searchTermKinds).join(', ')}`,
});

export type SearchTerm = z.output<typeof searchTermSchema>;
export type FormerName = Extract<SearchTerm, { kind: 'ten-cu' }>;
