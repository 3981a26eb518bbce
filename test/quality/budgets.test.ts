// Page-weight budgets, enforced: sizes are deterministic, unlike times, so CI can fail on them.
// Plan, task, agency and target pages stay under 25 KB gzipped on load with no JS but a small search-box
// loader; chart pages stay under 90 KB of JS. security.test.ts confirms in Chromium that the count misses
// nothing a page loads on open.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, isReadingPage, overBudget, pageWeight, type PageWeight } from '../support/weight.ts';
import { builtFor, DIST, htmlPages, pageType, scratch } from '../support/site.ts';

const { base } = builtFor(DIST);
const weights = new Map<string, PageWeight>(htmlPages(DIST).map((p) => [p, pageWeight(DIST, p, base)]));

describe('page-weight budgets (gzip)', () => {
  it('covers the plan, task, agency and target pages', () => {
    const types = new Set([...weights.keys()].filter(isReadingPage).map(pageType));
    for (const t of ['ke-hoach', 'nhiem-vu', 'nhiem-vu/[id]', 'co-quan', 'co-quan/[id]', 'muc-tieu', 'muc-tieu/[id]'])
      expect(types).toContain(t);
  });

  it(`every page keeps its budget (reading pages ${BUDGETS.readingTotal / 1024} KB in all, chart pages ${BUDGETS.chartJs / 1024} KB of JS)`, () => {
    expect([...weights.values()].flatMap(overBudget)).toEqual([]);
  });

  it('a page over budget is reported, by name and size', () => {
    const dir = scratch('budget');
    try {
      mkdirSync(join(dir, 'nhiem-vu', 'x'), { recursive: true });
      mkdirSync(join(dir, 'co-quan', 'y'), { recursive: true });
      // Random bytes do not compress, so gzip cannot hide them.
      writeFileSync(join(dir, 'big.js'), `/*${randomBytes(60 * 1024).toString('base64')}*/`);
      writeFileSync(join(dir, 'chart.js'), `import"./big.js";/*${randomBytes(40 * 1024).toString('base64')}*/`);
      writeFileSync(
        join(dir, 'nhiem-vu', 'x', 'index.html'),
        '<!doctype html><title>x</title><script type="module" src="/big.js"></script>',
      );
      writeFileSync(
        join(dir, 'co-quan', 'y', 'index.html'),
        '<!doctype html><title>y</title><canvas></canvas><script type="module" src="../../chart.js"></script>',
      );
      const task = overBudget(pageWeight(dir, 'nhiem-vu/x/index.html'));
      expect(task.join('\n')).toMatch(/nhiem-vu\/x\/index\.html: [\d.]+ KB on load, budget 25\.0 KB/);
      expect(task.join('\n')).toMatch(/of JS \(big\.js\), only a search-box loader/);
      const chart = pageWeight(dir, 'co-quan/y/index.html');
      expect(chart.js.map((a) => a.file).sort()).toEqual(['big.js', 'chart.js']);
      expect(overBudget(chart).join('\n')).toMatch(/JS on a chart page, budget 90\.0 KB/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
