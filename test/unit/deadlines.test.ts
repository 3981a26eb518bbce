import { describe, expect, it } from 'vitest';
import { deadlines } from '../../src/lib/deadlines.ts';

const units = ['so-a', 'so-b', 'phuong-c'];
const has = (y: number, u: string) => y === 2025 && u === 'so-a';

describe('deadlines (section IV.4: before 01/12 each year)', () => {
  it("on 30 November, the year's report is next and only earlier years are overdue", () => {
    const d = deadlines('2026-11-30', 2025, units, has);
    expect(d.next).toEqual({ year: 2026, deadline: '2026-12-01' });
    expect(d.passed.map((p) => p.year)).toEqual([2025]);
    expect(d.passed[0]).toMatchObject({ received: ['so-a'], missing: ['so-b', 'phuong-c'] });
  });
  it("from 1 December, that year's report is overdue for every unit the site has no report from", () => {
    const d = deadlines('2026-12-01', 2025, units, has);
    expect(d.next.year).toBe(2027);
    expect(d.passed.map((p) => [p.year, p.missing.length])).toEqual([
      [2026, 3],
      [2025, 2],
    ]);
  });
  it("lists nothing as overdue before the first report year's deadline", () => {
    expect(deadlines('2025-06-01', 2025, units, has).passed).toEqual([]);
  });
});
