// The printable report of a year (/ket-qua/<năm>/in/) cut into parts of bounded size (issue 15): one document of
// every task and every unit was 35 MB of HTML at 20,000 tasks, which no phone opens and no browser prints. The model
// (model.ts) is a flat list of blocks, so a part is a run of whole blocks, cut before a heading where it can be, and
// each part is printable on its own. A year of the real plan (52 tasks) fits in one part: its print page is unchanged.
// The Word draft (draft-report) stays one document.
import { textOf, type Block, type Line, type ReportDoc } from './model.ts';

/**
 * What one part may hold, counted as the UTF-8 bytes of its text plus a fixed allowance per element
 * (estimatedBytes). The page around it (layout, notice, contents) adds some tens of KB, so a part stays well under
 * the 1 MB a page may weigh (docs/performance.md).
 */
export const PRINT_PART_BYTES = 600 * 1024;

/** Markup around a paragraph, a heading or a table cell, with room for escaped characters. */
const TAG_BYTES = 24;

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');
const lineBytes = (l: Line) => utf8(textOf(l)) + TAG_BYTES;

/** A block's size in the page, as PRINT_PART_BYTES counts it. */
export function estimatedBytes(b: Block): number {
  if (b.kind !== 'table') return lineBytes(b.content) + (b.kind === 'heading' && b.id ? utf8(b.id) : 0);
  return (
    lineBytes(b.caption) +
    b.head.reduce((n, h) => n + lineBytes(h), 0) +
    b.rows.reduce((n, r) => n + r.reduce((m, c) => m + lineBytes(c), TAG_BYTES), 0)
  );
}

export interface PrintPart {
  /** 1-based. */
  n: number;
  /** The part's blocks, in the document's order. */
  blocks: Block[];
  /**
   * The headings (levels 1 and 2) the part's first block sits under when the part starts inside a section: a later
   * part repeats them, marked as continued, so that it reads and prints on its own and its outline skips no level.
   */
  context: Extract<Block, { kind: 'heading' }>[];
}

/**
 * A block too big for a part on its own, cut into pieces that fit: a paragraph at the boundaries of its spans (the
 * long ones are lists of names, one span a name), a table between rows (each piece keeps the caption and the head).
 * Nothing is lost or reordered: the pieces' text, joined, is the block's text.
 */
function pieces(b: Block, bytes: number, budget: number): Block[] {
  if (bytes <= budget || b.kind === 'heading') return [b];
  if (b.kind === 'para') {
    const out: Block[] = [];
    let cur: Line = [];
    let size = TAG_BYTES;
    for (const s of b.content) {
      const n = utf8(s.text);
      if (cur.length && size + n > budget) {
        out.push({ kind: 'para', content: cur });
        cur = [];
        size = TAG_BYTES;
      }
      cur.push(s);
      size += n;
    }
    if (cur.length) out.push({ kind: 'para', content: cur });
    return out;
  }
  const fixed = estimatedBytes({ ...b, rows: [] });
  // The table's id (a link target) stays with its first piece.
  const { id, ...rest } = b;
  const piece = (rows: Line[][]): Block => (out.length === 0 && id !== undefined ? { ...rest, id, rows } : { ...rest, rows });
  const out: Block[] = [];
  let rows: Line[][] = [];
  let size = fixed;
  for (const r of b.rows) {
    const n = r.reduce((m, c) => m + lineBytes(c), TAG_BYTES);
    if (rows.length && size + n > budget) {
      out.push(piece(rows));
      rows = [];
      size = fixed;
    }
    rows.push(r);
    size += n;
  }
  if (rows.length || !out.length) out.push(piece(rows));
  return out;
}

/**
 * The document's blocks in parts of at most `budget` bytes (estimatedBytes). Blocks are grouped into sections — a
 * heading with what follows it up to the next heading, with headings that have nothing of their own before the next
 * one kept with it — and sections are packed into parts in order; a section larger than a part is cut between
 * blocks, and a block larger than a part into pieces (see pieces()).
 */
export function printParts(doc: Pick<ReportDoc, 'blocks'>, budget = PRINT_PART_BYTES): PrintPart[] {
  // Each block's size is counted once: it joins every line's spans into a string (textOf), and a year's report of a
  // national plan is hundreds of thousands of lines, sized otherwise once to cut pieces and again to pack sections.
  const blocks: Block[] = [];
  const sizes = new Map<Block, number>();
  for (const b of doc.blocks) {
    const n = estimatedBytes(b);
    const cut = pieces(b, n, budget);
    for (const p of cut) {
      blocks.push(p);
      sizes.set(p, p === b ? n : estimatedBytes(p));
    }
  }
  const sizeOf = (b: Block) => sizes.get(b)!;
  // Sections: a run starting at a heading (or at the document's start), headings without content joined to the next.
  const sections: Block[][] = [];
  let cur: Block[] = [];
  for (const b of blocks) {
    const onlyHeadings = cur.every((x) => x.kind === 'heading');
    if (b.kind === 'heading' && cur.length && !onlyHeadings) {
      sections.push(cur);
      cur = [];
    }
    cur.push(b);
  }
  if (cur.length) sections.push(cur);

  const parts: Block[][] = [];
  let part: Block[] = [];
  let size = 0;
  const close = () => {
    if (part.length) parts.push(part);
    part = [];
    size = 0;
  };
  for (const section of sections) {
    const bytes = section.reduce((n, b) => n + sizeOf(b), 0);
    if (size + bytes > budget) close();
    if (bytes <= budget) {
      part.push(...section);
      size += bytes;
      continue;
    }
    // A section bigger than a part: cut between its blocks.
    for (const b of section) {
      const n = sizeOf(b);
      if (part.length && size + n > budget) close();
      part.push(b);
      size += n;
    }
  }
  close();
  if (!parts.length) parts.push([]);

  // The open headings at each part's start, for the continued headings of later parts.
  const open: Extract<Block, { kind: 'heading' }>[] = [];
  return parts.map((blocks, i) => {
    // A part that starts with a heading continues only the sections above that heading's level.
    const first = blocks[0];
    const below = first?.kind === 'heading' ? first.level : 3;
    const context = i === 0 ? [] : open.filter((h) => h.level < below);
    for (const b of blocks)
      if (b.kind === 'heading') {
        while (open.length && open.at(-1)!.level >= b.level) open.pop();
        open.push(b);
      }
    return { n: i + 1, blocks, context };
  });
}

/** "PL I.I-12. Title…": a heading's text cut to `max` characters, for a part's entry in the contents. */
export function shortText(l: Line, max = 90): string {
  const t = textOf(l).replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** What a part covers, for the contents of the printed report: its first and last headings (or continued section). */
export function partSpan(p: PrintPart): { from: string | null; to: string | null } {
  const headings = p.blocks.filter((b) => b.kind === 'heading');
  const first = p.blocks[0];
  const from = first?.kind === 'heading' ? first : (p.context.at(-1) ?? headings[0] ?? null);
  const to = headings.at(-1) ?? null;
  return { from: from ? shortText(from.content) : null, to: to && to !== from ? shortText(to.content) : null };
}
