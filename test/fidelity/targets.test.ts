import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYamlList } from '../../src/lib/data-file.ts';
import { squash } from '../../src/lib/plan-text.ts';
import { targetSchema } from '../../src/schemas/index.ts';
import { contentBlocks, readSeed, ROOT, sourceBody } from '../support/seed-source.ts';

const body = sourceBody(readSeed());
const { items: targets, problems } = readYamlList(join(ROOT, 'content/targets.yaml'), targetSchema, ROOT);
const blocks = new Map(
  contentBlocks()
    .flatMap((p) => p.blocks)
    .map((b) => [b.id, b]),
);
const numberIn = (s: string) => Number(s.replace(/[^\d,.]/g, '').replace(',', '.'));

describe('content/targets.yaml states only what the plan states', () => {
  it('validates', () => expect(problems).toEqual([]));

  it('covers every percentage of section I.2 and the recurring duties', () => {
    const values = targets.filter((t) => t.kind === 'dinh-luong' && t.unit === '%').map((t) => t.kind === 'dinh-luong' && t.value);
    expect(values.sort()).toEqual([10, 100, 80, 90, 90, 95].sort());
    expect(targets.map((t) => t.id)).toEqual(
      expect.arrayContaining(['phat-thai-rong-bang-0', 'kiem-ke-khi-nha-kinh', 'bao-cao-ket-qua-hang-nam']),
    );
  });

  it('quotes every statement verbatim from its own paragraph', () => {
    for (const t of targets) {
      expect(body).toContain(squash(t.statement));
      expect(blocks.get(t.paragraph)?.text, t.id).toContain(t.statement);
    }
  });

  it('takes every value from the statement itself', () => {
    for (const t of targets) {
      expect(t.statement, t.id).toContain(t.value_text);
      if (t.kind === 'dinh-luong') {
        expect(numberIn(t.value_text), t.id).toBe(t.value);
        if (t.stretch) {
          expect(t.statement).toContain(t.stretch.value_text);
          expect(numberIn(t.stretch.value_text)).toBe(t.stretch.value);
        }
        if (t.deadline !== null) expect(t.statement).toContain(String(t.deadline));
      } else if (t.due) {
        expect(t.statement).toContain(t.due.text);
      }
    }
  });

  it('invents no deadline: only the net-zero goal has a year', () => {
    const withYear = targets.filter((t) => t.kind === 'dinh-luong' && t.deadline !== null).map((t) => t.id);
    expect(withYear).toEqual(['phat-thai-rong-bang-0']);
  });
});
