// The consolidated yearly report as content, before any layout: one model that the Word draft (src/report/docx.ts)
// and the printable public page both render, so the two can never say different things.
//
// Every piece of text carries where it came from. The report may only say what one of four sources says:
// - template:   a fixed phrase of src/report/phrases.ts (the only place wording is written),
// - plan:       the plan itself (task titles, section names, cells as printed),
// - rules:      an output of the site's published rules (states, counts, who took part, on time or late),
// - submission: a unit's own submission, as written.
// Nothing else may be generated; the tests read the finished .docx and trace every run back to one of these.
import { PHRASES, type PhraseKey } from './phrases.ts';

export type Source = 'template' | 'plan' | 'rules' | 'submission';

export interface Span {
  text: string;
  source: Source;
  bold?: boolean;
  italic?: boolean;
}

/** A paragraph's content: spans in reading order. */
export type Line = Span[];

export type Block =
  /** level 1 "I. …", level 2 "1. …", level 3 one task or one unit. */
  | { kind: 'heading'; level: 1 | 2 | 3; id?: string; content: Line }
  | { kind: 'para'; content: Line }
  | { kind: 'table'; id?: string; caption: Line; head: Line[]; rows: Line[][]; widths: number[] };

export interface ReportDoc {
  year: number;
  /** Built from the fictional sample data: the draft and the print say so on their first page. */
  sample: boolean;
  /** The trích yếu, under "BÁO CÁO". */
  subject: Line;
  blocks: Block[];
}

export const span = (source: Source, text: string, style: Pick<Span, 'bold' | 'italic'> = {}): Span => ({ text, source, ...style });
export const plan = (text: string, style?: Pick<Span, 'bold' | 'italic'>): Span => span('plan', text, style);
export const rules = (text: string, style?: Pick<Span, 'bold' | 'italic'>): Span => span('rules', text, style);
export const submission = (text: string, style?: Pick<Span, 'bold' | 'italic'>): Span => span('submission', text, style);

type Slot = Span | Line;

/**
 * A fixed phrase with its {slots} filled: the phrase's own words stay template spans, and each slot keeps the
 * source of what fills it. Slots take spans only, so no free text can enter a report through a phrase.
 */
export function phrase(key: PhraseKey, slots: Record<string, Slot> = {}, style: Pick<Span, 'bold' | 'italic'> = {}): Line {
  const out: Line = [];
  // Without a style a slot's spans are placed as they are (spans are never changed once made): a report of a
  // national plan is millions of spans, composed once for its pages and once more for each of them (issue 15).
  const plain = Object.keys(style).length === 0;
  for (const piece of templateOf(key)) {
    if (typeof piece === 'string') {
      out.push(span('template', piece, style));
      continue;
    }
    const value = slots[piece.slot];
    if (value === undefined) throw new Error(`phrase "${key}": no value for {${piece.slot}}`);
    const spans = Array.isArray(value) ? value : [value];
    for (const s of spans) if (s.text !== '') out.push(plain ? s : { ...style, ...s });
  }
  return out;
}

/** A phrase's text cut at its {slots}, once per phrase: fixed text (never empty) and slot names, in order. */
const templates = new Map<PhraseKey, (string | { slot: string })[]>();
function templateOf(key: PhraseKey): (string | { slot: string })[] {
  let pieces = templates.get(key);
  if (!pieces) {
    pieces = [];
    const text = PHRASES[key];
    const re = /\{(\w+)\}/g;
    let at = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index > at) pieces.push(text.slice(at, m.index));
      pieces.push({ slot: m[1]! });
      at = m.index + m[0].length;
    }
    if (at < text.length) pieces.push(text.slice(at));
    templates.set(key, pieces);
  }
  return pieces;
}

/** Items joined by a fixed separator of the phrase module ("; " by default). */
export function join(items: Line[], sep: PhraseKey = 'listSeparator'): Line {
  return items.flatMap((item, i) => (i === 0 ? item : [span('template', PHRASES[sep]), ...item]));
}

/** Plain text of a line, as a reader sees it. */
export const textOf = (line: Line): string => line.map((s) => s.text).join('');
