// Target wording and "is it met" (src/lib/targets.ts), on the real targets of content/ and on each comparison.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYamlList } from '../../src/lib/data-file.ts';
import { commitmentText, formatValue, met, stretchText, targetValueLabel } from '../../src/lib/targets.ts';
import { targetSchema, type QuantitativeTarget, type Target } from '../../src/schemas/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const { items: targets } = readYamlList(join(ROOT, 'content/targets.yaml'), targetSchema, ROOT);
const byId = (id: string): Target => targets.find((t) => t.id === id)!;
const quantitative = (over: Partial<QuantitativeTarget>): QuantitativeTarget => ({
  id: 'x',
  kind: 'dinh-luong',
  statement: 's',
  measure: 'm',
  paragraph: 'p',
  unit: '%',
  comparison: 'toi-thieu',
  value: 90,
  value_text: '90%',
  reported_by: null,
  stretch: null,
  deadline: null,
  ...over,
});

describe('formatValue', () => {
  it('writes Vietnamese numbers, a percent sign stuck to the number and other units after a space', () => {
    expect(formatValue(76.4, '%')).toBe('76,4%');
    expect(formatValue(1200, 'tấn')).toBe('1.200 tấn');
    expect(formatValue(0, null)).toBe('0');
    expect(formatValue(2.456, '')).toBe('2,46');
  });
});

describe('commitment wording', () => {
  it('words each real quantitative target as the plan commits to it', () => {
    expect(targetValueLabel(byId('chat-thai-ran-sinh-hoat-do-thi'))).toBe('tối thiểu 95%');
    expect(targetValueLabel(byId('that-thoat-nuoc-cap-nuoc'))).toBe('tối đa 10%');
    expect(targetValueLabel(byId('nuoc-sach-nong-thon'))).toBe('trên 80% (phấn đấu trên 85%)');
    expect(targetValueLabel(byId('phat-thai-rong-bang-0'))).toBe('bằng 0 vào năm 2050');
  });

  it('words a recurring obligation by its period and due date', () => {
    const recurring = targets.filter((t) => t.kind === 'dinh-ky');
    expect(recurring.length).toBeGreaterThan(0);
    for (const t of recurring) expect(targetValueLabel(t)).toContain(t.value_text);
  });

  it('uses the reported unit where the plan gives none', () => {
    const t = quantitative({ unit: null, comparison: 'bang', value: 0, stretch: { value: 5, value_text: '5' } });
    expect(commitmentText(t)).toBe('bằng 0');
    expect(commitmentText(t, 'triệu tấn CO₂tđ')).toBe('bằng 0 triệu tấn CO₂tđ');
    expect(stretchText(t, 'triệu tấn CO₂tđ')).toBe('bằng 5 triệu tấn CO₂tđ');
    expect(stretchText(quantitative({}))).toBeNull();
  });
});

describe('met()', () => {
  const cases: [QuantitativeTarget['comparison'], number, boolean][] = [
    ['toi-thieu', 89.9, false],
    ['toi-thieu', 90, true],
    ['toi-thieu', 95, true],
    ['tren', 90, false],
    ['tren', 90.1, true],
    ['toi-da', 90, true],
    ['toi-da', 90.1, false],
    ['toi-da', 10, true],
    ['bang', 90, true],
    ['bang', 89, false],
    ['bang', 91, false],
  ];
  it.each(cases)('%s 90: %d → %s', (comparison, value, expected) => {
    expect(met(quantitative({ comparison, value: 90 }), value)).toBe(expected);
  });

  it('judges the commitment, not the stretch goal', () => {
    const water = byId('nuoc-sach-nong-thon') as QuantitativeTarget;
    expect(met(water, 81)).toBe(true);
    expect(met(water, 79)).toBe(false);
  });
});
