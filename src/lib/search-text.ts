// Text rules shared by the index builder (Node) and the search page (browser), so both sides fold alike.
// No imports: this module ends up in the search page's bundle.
//
// Pagefind folds every diacritic except đ/Đ, which has no Unicode decomposition (Pagefind/pagefind#1210):
// "dat" does not find "đất". So each record also carries its đ-words written with d (see dTwins), and the
// query is written with d before it reaches Pagefind. The other marks are left alone on both sides, so that
// Pagefind's own folding and its preference for exactly-accented matches still apply.

export const nfc = (s: string): string => s.normalize('NFC');

/** đ → d and Đ → D, every other mark kept. */
export const foldD = (s: string): string => nfc(s).replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Lower case, every mark removed, đ → d: how two words are compared when highlighting. */
export const foldAll = (s: string): string => foldD(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const D_WORD = /[\p{L}\p{M}\p{N}]*[đĐ][\p{L}\p{M}\p{N}]*/gu;

/**
 * Every word of `text` that contains đ/Đ, written with d, in order and with repeats (so term frequency is
 * the same as in the text): "Đề án đất ngập nước" → "Dề dất". Indexed next to the text, it is what a query
 * typed with d matches.
 */
export const dTwins = (text: string): string => (nfc(text).match(D_WORD) ?? []).map(foldD).join(' ');

// ---------------------------------------------------------------------------------------------------------
// Task numbers. People cite a row of the appendices as "Phụ lục II, mục 7", "phu luc 2 muc 7", "PL II.7",
// "mục 7 phụ lục II" or by its id "pl2-07". Pagefind cannot match that reliably (numbers are short, common
// and ANDed with everything else), so such a reference is replaced by one token that only that task carries.

/** The token a task carries for its number; with a part, also the part-less token (people often omit it). */
export function taskTokens(appendix: 'I' | 'II', part: 'I' | 'II' | null, number: number): string[] {
  if (appendix === 'II') return [`pl2muc${number}`];
  return [`pl1phan${part === 'II' ? 2 : 1}muc${number}`, `pl1muc${number}`];
}

const ROMAN: Record<string, 1 | 2> = { i: 1, '1': 1, ii: 2, '2': 2 };
const SEP = String.raw`[\s,.;:/-]*`;
const APPENDIX = String.raw`(?:phu\s*luc|pl)\s*(ii|i|2|1)`;
const PART = String.raw`(?:${SEP}(?:phan\s*)?(ii|i|2|1))?`;
const ITEM_WORD = String.raw`(?:muc|stt|tt|so|nhiem\s*vu)`;
const NUMBER = String.raw`0*([1-9]\d?)`;
const EDGE_L = String.raw`(?<![\p{L}\p{N}])`;
const EDGE_R = String.raw`(?![\p{L}\p{N}])`;
// "phụ lục II mục 7", "PL II.7", "pl1-ii-03", "Phụ lục I, phần II, mục 3"
const FORWARD = new RegExp(`${EDGE_L}${APPENDIX}${PART}${SEP}(?:${ITEM_WORD}${SEP}(?:so\\s*)?)?${NUMBER}${EDGE_R}`, 'gu');
// "mục 7 phụ lục II", "mục 3 phần II phụ lục I"
const BACKWARD = new RegExp(`${EDGE_L}${ITEM_WORD}${SEP}${NUMBER}${SEP}(?:phan\\s*(ii|i|2|1)${SEP})?${APPENDIX}${EDGE_R}`, 'gu');

/** A same-length, lower-case, mark-free copy, so that match positions in it are positions in `s`. */
function key(s: string): string {
  return Array.from(s, (ch) => {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    return base.length === 1 ? base : ch;
  }).join('');
}

function token(appendix: string, part: string | undefined, number: string): string {
  const a = ROMAN[appendix]!;
  const n = Number(number);
  if (a === 2) return `pl2muc${n}`;
  return part ? `pl1phan${ROMAN[part]}muc${n}` : `pl1muc${n}`;
}

/**
 * What is sent to Pagefind for what the reader typed: NFC, đ written as d, and task references replaced by
 * their token. "Phụ lục II, mục 7 đất" → "pl2muc7 dất".
 */
export function prepareQuery(typed: string): string {
  // Combining marks left over after NFC would shift positions between the text and its key.
  const text = nfc(typed).replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
  if (text.length !== Array.from(text).length) return foldD(text); // astral characters: no reference to find
  const k = key(text);
  const spans: { start: number; end: number; token: string }[] = [];
  for (const m of k.matchAll(FORWARD)) spans.push({ start: m.index, end: m.index + m[0].length, token: token(m[1]!, m[2], m[3]!) });
  for (const m of k.matchAll(BACKWARD)) {
    if (spans.some((s) => m.index < s.end && s.start < m.index + m[0].length)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, token: token(m[3]!, m[2], m[1]!) });
  }
  spans.sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = `${out.slice(0, s.start)} ${s.token} ${out.slice(s.end)}`;
  return foldD(out).replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------
// Snippets. Pagefind only highlights words it matched in the record's content, not in metadata, so a query
// typed with d would show no highlight at all. The page therefore builds its own snippet from the content.

export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** The words of a query, folded, for highlighting; task tokens are left out since no text contains them. */
export const queryWords = (typed: string): string[] =>
  (foldAll(prepareQuery(typed)).match(WORD) ?? []).filter((w) => !/^pl[12](phan[12])?muc\d+$/.test(w));

/**
 * A window of about `size` words of `text` around the densest cluster of matches, split into marked and
 * unmarked parts. A word matches when its folded form starts with a folded query word (Pagefind matches
 * prefixes too). Without any match, the start of the text.
 */
export function snippet(text: string, words: string[], size = 32): SnippetPart[] {
  const src = nfc(text);
  const tokens = Array.from(src.matchAll(WORD), (m) => ({ start: m.index, end: m.index + m[0].length, hit: false }));
  if (tokens.length === 0) return [{ text: src, mark: false }];
  for (const t of tokens) {
    const f = foldAll(src.slice(t.start, t.end));
    t.hit = words.some((w) => w.length > 0 && f.startsWith(w));
  }
  let best = 0;
  let bestHits = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.hit && i !== 0) continue;
    const hits = tokens.slice(i, i + size).filter((t) => t.hit).length;
    if (hits > bestHits) [best, bestHits] = [i, hits];
  }
  // Start a little before the first match, so the reader sees what leads up to it.
  const from = Math.max(0, Math.min(best - 4, tokens.length - size));
  const to = Math.min(tokens.length, from + size);
  const startChar = from === 0 ? 0 : tokens[from]!.start;
  const endChar = to === tokens.length ? src.length : tokens[to - 1]!.end;
  const parts: SnippetPart[] = [];
  const push = (s: string, mark: boolean) => {
    if (!s) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += s;
    else parts.push({ text: s, mark });
  };
  if (from > 0) push('… ', false);
  let at = startChar;
  for (const t of tokens.slice(from, to)) {
    if (!t.hit) continue;
    const gap = src.slice(at, t.start);
    // Words matched side by side read as one phrase: "chất thải rắn", not three marks.
    push(gap, /^\s+$/.test(gap) && parts[parts.length - 1]?.mark === true);
    push(src.slice(t.start, t.end), true);
    at = t.end;
  }
  push(src.slice(at, endChar), false);
  if (to < tokens.length) push(' …', false);
  return parts;
}

// ---------------------------------------------------------------------------------------------------------
// People's words. Readers type abbreviations ("Sở TN&MT"), former names of merged bodies and everyday words
// ("rác thải nhựa") that the plan never uses. The editors list them (content/search-terms.yaml); a query that
// contains one is searched with the plan's words instead, and the page tells the reader what it searched for.

/** One of the editors' entries, as the search page receives it. */
export interface QueryTerm {
  /** The spellings readers type. */
  words: string[];
  /** What is searched instead: the body's name, or the plan's words. */
  search: string;
  /** Index of the entry, so the page can say why (former name, abbreviation, topic). */
  ref: number;
}

export interface Expansion {
  /** The query with every known word replaced. */
  text: string;
  /** What was replaced, in the order typed. */
  used: { typed: string; search: string; ref: number }[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Word edges for these words: letters, digits, "&" and "-" continue a word ("TN&MT", "NN-PTNT").
const T_EDGE_L = String.raw`(?<![\p{L}\p{N}&-])`;
const T_EDGE_R = String.raw`(?![\p{L}\p{N}&-])`;

/**
 * Every spelling of the editors' words as a pattern, longest first. Compiled once per list: the search page runs
 * expandQuery on every key typed, and compiling a few hundred Unicode patterns took a third of a second on a
 * slowed-down phone CPU.
 */
const compiled = new WeakMap<QueryTerm[], { re: RegExp; t: QueryTerm }[]>();
function spellingsOf(terms: QueryTerm[]): { re: RegExp; t: QueryTerm }[] {
  let out = compiled.get(terms);
  if (!out) {
    out = terms
      .flatMap((t) => t.words.map((w) => ({ w: key(nfc(w)).replace(/\s+/g, ' ').trim(), t })))
      .sort((a, b) => b.w.length - a.w.length)
      .map(({ w, t }) => ({ re: new RegExp(`${T_EDGE_L}${escape(w).replace(/ /g, String.raw`\s+`)}${T_EDGE_R}`, 'gu'), t }));
    compiled.set(terms, out);
  }
  return out;
}

/** Replaces every known reader's word in `typed` by what to search for; the longest spelling wins. */
export function expandQuery(typed: string, terms: QueryTerm[]): Expansion {
  const text = nfc(typed).replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
  if (text === '' || text.length !== Array.from(text).length || terms.length === 0) return { text, used: [] };
  const k = key(text);
  const spans: { start: number; end: number; t: QueryTerm }[] = [];
  // matchAll works on a copy of each pattern, so the shared patterns keep no state between calls.
  for (const { re, t } of spellingsOf(terms)) {
    for (const m of k.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!spans.some((s) => start < s.end && s.start < end)) spans.push({ start, end, t });
    }
  }
  if (spans.length === 0) return { text, used: [] };
  spans.sort((a, b) => a.start - b.start);
  const used = spans.map((s) => ({ typed: text.slice(s.start, s.end), search: s.t.search, ref: s.t.ref }));
  let out = text;
  for (const s of [...spans].reverse()) out = `${out.slice(0, s.start)} ${s.t.search} ${out.slice(s.end)}`;
  return { text: out.replace(/\s+/g, ' ').trim(), used };
}

/**
 * Whether a result matches the query closely: every word of the query (as searched) is a whole word of the
 * result's title or text, compared with its marks when the reader typed marks, without them otherwise; the
 * last word may be a prefix (the reader may still be typing). Pagefind also returns results that match only
 * loosely ("hồ" finds "hộ", "hỗ trợ"), which are worth showing but not as if they answered the question.
 */
export function closeMatch(searched: string, text: string): boolean {
  const q = nfc(searched).toLowerCase().match(WORD) ?? [];
  if (q.length === 0) return true;
  const words = nfc(text).toLowerCase().match(WORD) ?? [];
  const plain = (w: string) => foldAll(w) === foldD(w).toLowerCase();
  const exact = new Set(words.map((w) => foldD(w)));
  const folded = new Set(words.map(foldAll));
  return q.every((w, i) => {
    const last = i === q.length - 1;
    const pool = plain(w) ? folded : exact;
    const want = plain(w) ? foldAll(w) : foldD(w);
    if (pool.has(want)) return true;
    return last && [...pool].some((x) => x.startsWith(want));
  });
}
