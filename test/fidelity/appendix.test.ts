import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYamlList } from '../../src/lib/data-file.ts';
import { agencySchema, taskSchema } from '../../src/schemas/index.ts';
import { appendixText, inAppendix, readSeed, ROOT, sourceBody } from '../support/seed-source.ts';

const seed = readSeed();
const appendix = appendixText(seed);
const body = sourceBody(seed);
const tasks = readYamlList(join(ROOT, 'content/tasks.yaml'), taskSchema, ROOT);
const agencies = readYamlList(join(ROOT, 'content/agencies.yaml'), agencySchema, ROOT);

describe('content/tasks.yaml matches the two appendices', () => {
  it('validates without problems', () => {
    expect(tasks.problems).toEqual([]);
    expect(agencies.problems).toEqual([]);
  });

  it('has 19 + 18 tasks in Phụ lục I and 15 in Phụ lục II, numbered 1..n', () => {
    const count = (a: string, p: string | null) => tasks.items.filter((t) => t.appendix === a && t.part === p).map((t) => t.number);
    const seq = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(count('I', 'I')).toEqual(seq(19));
    expect(count('I', 'II')).toEqual(seq(18));
    expect(count('II', null)).toEqual(seq(15));
  });

  it('finds every title verbatim in the appendix text', () => {
    for (const t of tasks.items) expect(inAppendix(t.title, appendix), `${t.id}: ${t.title}`).toBe(true);
  });

  it('finds every lead and coordinating cell verbatim', () => {
    for (const t of tasks.items) {
      expect(inAppendix(t.lead_as_written, appendix), `${t.id} lead`).toBe(true);
      if (t.coordinating_as_written) expect(inAppendix(t.coordinating_as_written, appendix), `${t.id} coordinating`).toBe(true);
    }
  });

  it('finds every condition inside its own cell', () => {
    for (const t of tasks.items) {
      for (const r of t.lead) if (r.condition) expect(t.lead_as_written).toContain(r.condition);
      for (const r of t.coordinating) if (r.condition) expect(t.coordinating_as_written).toContain(r.condition);
    }
  });

  it('reads each timeframe from its cell and guesses none', () => {
    for (const t of tasks.items) {
      if (t.period_as_written === null) {
        expect(t.period).toBeNull();
        continue;
      }
      expect(appendix).toContain(t.period_as_written);
      const years = t.period_as_written.match(/\d{4}/g)!.map(Number);
      expect(t.period, t.id).toEqual({ start: years[0], end: years.at(-1) });
    }
    expect(tasks.items.find((t) => t.id === 'pl1-ii-08')!.period).toBeNull();
  });

  it('names every agency with its source wording, in the appendices or section IV', () => {
    const found = (f: string) => body.includes(f) || inAppendix(f, appendix);
    for (const a of agencies.items) {
      const forms = [a.name, ...a.aliases];
      expect(forms.some(found), `${a.id}: none of ${forms.join(' | ')} in source`).toBe(true);
      for (const alias of a.aliases) expect(found(alias), `${a.id} alias "${alias}"`).toBe(true);
    }
  });

  it('links every cell to agencies whose name or alias the cell mentions', () => {
    const byId = new Map(agencies.items.map((a) => [a.id, a]));
    for (const t of tasks.items) {
      for (const [cell, roles] of [
        [t.lead_as_written, t.lead],
        [t.coordinating_as_written ?? '', t.coordinating],
      ] as const) {
        const flat = cell.replace(/\s+/g, ' ');
        for (const r of roles) {
          const a = byId.get(r.agency);
          expect(a, `${t.id}: unknown agency ${r.agency}`).toBeDefined();
          expect(
            [a!.name, ...a!.aliases].some((f) => flat.includes(f)),
            `${t.id}: ${r.agency} not named in "${flat}"`,
          ).toBe(true);
        }
      }
    }
  });
});

describe('the appendix check itself can fail', () => {
  it('rejects a title with one word changed', () => {
    const t = tasks.items.find((x) => x.id === 'pl2-11')!;
    expect(inAppendix(t.title, appendix)).toBe(true);
    expect(inAppendix(t.title.replace('siêu thị', 'cửa hàng'), appendix)).toBe(false);
  });

  it('rejects a title split at a place where the page does not break', () => {
    // Two real fragments of different rows, glued together, must not pass as one title.
    expect(inAppendix('Sửa đổi, bổ sung Luật Khí tượng thủy văn Bộ Y tế', appendix)).toBe(false);
  });

  it('accepts a title the PDF split across a page break, and only in order', () => {
    const t = tasks.items.find((x) => x.id === 'pl1-i-06')!;
    expect(inAppendix(t.title, appendix)).toBe(true);
    expect(appendix.includes(t.title)).toBe(false);
  });
});
