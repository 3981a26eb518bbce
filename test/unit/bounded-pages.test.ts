// Pages that would grow with the plan, cut so that none does (issue 15): the printable yearly report in parts of
// bounded size, and the report form, whose units' tasks come from one small file per unit. The real plan keeps what
// it had: one print part, the same rows in the form.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formFromUnit, formIndexOf, unitBookFiles, unitListFile, type UnitBook } from '../../src/lib/form-book.ts';
import { readSiteData } from '../../src/lib/site-data.ts';
import { unitFormOf } from '../../src/lib/unit-form.ts';
import { reportForYear, reportYears } from '../../src/report/from-site.ts';
import { textOf, type Block, type Line } from '../../src/report/model.ts';
import { estimatedBytes, partSpan, printParts, PRINT_PART_BYTES } from '../../src/report/print-parts.ts';
import { ROOT } from '../support/site.ts';

const SAMPLE = join('test', 'fixtures', 'reports');
const sample = readSiteData(ROOT, { reportsDir: SAMPLE }).data!;
const doc = reportForYear(sample, 2026);

/** Every piece of text of some blocks, in reading order. */
const texts = (blocks: Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'table' ? [b.caption, ...b.head, ...b.rows.flat()] : [b.content])).map(textOf);
const words = (blocks: Block[]) => texts(blocks).join('');
const size = (blocks: Block[]) => blocks.reduce((n, b) => n + estimatedBytes(b), 0);

describe('the printable report in parts', () => {
  it('keeps the real plan’s report (52 tasks, every sample unit) in one part, block for block', () => {
    for (const year of reportYears(sample)) {
      const d = reportForYear(sample, year);
      const parts = printParts(d);
      expect(parts).toHaveLength(1);
      expect(parts[0]!.blocks).toEqual(d.blocks);
      expect(parts[0]!.context).toEqual([]);
    }
  });

  it('cuts a long report into parts under the budget, losing and reordering nothing, before headings where it can', () => {
    const budget = 6 * 1024;
    const parts = printParts(doc, budget);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.map((p) => p.n)).toEqual(parts.map((_, i) => i + 1));
    expect(words(parts.flatMap((p) => p.blocks))).toBe(words(doc.blocks));
    for (const p of parts) expect(size(p.blocks), `part ${p.n}`).toBeLessThanOrEqual(budget);
    // Only a section bigger than a part is cut between paragraphs; every other part starts with a heading.
    const starts = parts.slice(1).map((p) => p.blocks[0]!);
    expect(starts.filter((b) => b.kind === 'heading').length).toBeGreaterThan(starts.length / 2);
    // A heading never ends a part with its content on the next one.
    for (const p of parts.slice(0, -1)) expect(p.blocks.at(-1)!.kind, `part ${p.n}`).not.toBe('heading');
  });

  it('repeats the open sections’ headings at the top of a later part, so that its outline skips no level', () => {
    const parts = printParts(doc, 6 * 1024);
    for (const p of parts.slice(1)) {
      const first = p.blocks[0]!;
      const levels = [...p.context.map((h) => h.level), ...(first.kind === 'heading' ? [first.level] : [3])];
      // h2, h3, h4: each level one below the one before, starting at the top (level 1 = h2).
      expect(levels[0], `part ${p.n}`).toBe(1);
      levels.slice(1).forEach((l, i) => expect(l, `part ${p.n}`).toBeLessThanOrEqual(levels[i]! + 1));
      expect(partSpan(p).from, `part ${p.n}`).toBeTruthy();
    }
    // The tasks of an appendix continued from an earlier part name that appendix's section.
    const continued = parts.find((p) => p.context.some((h) => h.level === 2));
    expect(continued).toBeDefined();
    expect(textOf(continued!.context[0]!.content)).toBe('III. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ');
  });

  it('cuts a paragraph or a table bigger than a part into pieces that fit, the table keeping caption, head and id on the first', () => {
    const name = (i: number): Line => [{ text: `UBND phường Tổng hợp số ${i}`, source: 'rules' }];
    const list: Block = {
      kind: 'para',
      content: Array.from({ length: 2000 }, (_, i) => [...name(i), { text: '; ', source: 'template' as const }]).flat(),
    };
    const table: Block = {
      kind: 'table',
      id: 'bang',
      caption: [{ text: 'Bảng dài', source: 'template' }],
      head: [[{ text: 'Đơn vị', source: 'template' }], [{ text: 'Số liệu', source: 'template' }]],
      rows: Array.from({ length: 1000 }, (_, i) => [name(i), name(i + 1)]),
      widths: [1, 1],
    };
    const budget = 8 * 1024;
    const parts = printParts({ blocks: [list, table] }, budget);
    const blocks = parts.flatMap((p) => p.blocks);
    for (const p of parts) expect(size(p.blocks)).toBeLessThanOrEqual(budget);
    // The list's names in order across its pieces, every row of the table once, in order.
    const paras = blocks.filter((b) => b.kind === 'para');
    expect(paras.length).toBeGreaterThan(3);
    expect(paras.map((b) => textOf(b.content)).join('') === textOf(list.content)).toBe(true);
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables.flatMap((t) => t.rows)).toEqual(table.rows);
    expect(tables.length).toBeGreaterThan(3);
    expect(tables.map((t) => t.id)).toEqual(['bang', ...tables.slice(1).map(() => undefined)]);
    for (const t of tables) expect([textOf(t.caption), t.head.length]).toEqual(['Bảng dài', 2]);
  });

  it('sizes parts so that a part of PRINT_PART_BYTES stays far under the 1 MB a page may weigh', () => {
    // The page around a part (layout, notice, list of parts) is tens of KB; the estimate counts every character.
    expect(PRINT_PART_BYTES).toBeLessThanOrEqual(640 * 1024);
    expect(size(doc.blocks)).toBeGreaterThanOrEqual(Buffer.byteLength(texts(doc.blocks).join(''), 'utf8'));
  });
});

describe('the report form’s files, one per unit', () => {
  it('the page’s block carries no unit and no task: only the years and the targets every unit shares', () => {
    const index = formIndexOf(sample, { units: '/nop-bao-cao/don-vi/', list: '/nop-bao-cao/don-vi.json' });
    const json = JSON.stringify(index);
    expect(Object.keys(index).sort()).toEqual(['defaultYear', 'targets', 'unitList', 'unitsUrl', 'years']);
    expect(sample.tasks.filter((t) => json.includes(t.title))).toEqual([]);
    expect(sample.registry.units.filter((u) => json.includes(u.name))).toEqual([]);
  });

  it('lists every reporting unit for the picker, in registry order, in a file of its own', () => {
    expect(JSON.parse(unitListFile(sample))).toEqual(sample.registry.units.map((u) => [u.id, u.name]));
  });

  it('give every unit, every accepted year, exactly the rows of its workbook (unit-form.ts)', () => {
    const files = unitBookFiles(sample);
    const index = formIndexOf(sample, { units: '/', list: '/' });
    expect(Object.keys(files).sort()).toEqual(sample.registry.units.map((u) => `${u.id}.json`).sort());
    let rows = 0;
    for (const u of sample.registry.units) {
      const book = JSON.parse(files[`${u.id}.json`]!) as UnitBook;
      for (const year of index.years) {
        const want = unitFormOf(sample, u.id, year)!;
        const got = formFromUnit(book, index.targets, year);
        expect(got, `${u.id} ${year}`).toEqual(want);
        rows += got.tasks.length;
      }
    }
    expect(rows).toBeGreaterThan(100);
    // Small: a unit takes part in a few dozen tasks at most.
    expect(Math.max(...Object.values(files).map((f) => Buffer.byteLength(f)))).toBeLessThan(32 * 1024);
  });
});
