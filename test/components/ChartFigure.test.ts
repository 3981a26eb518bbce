// ChartFigure, one render per example of examples/chart-figure.yaml: a complete figure before any script runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ChartFigure from '../../src/components/charts/ChartFigure.astro';
import type { ChartSpec } from '../../src/lib/chart-spec.ts';
import { chromiumFor, examples, render, type Example } from './render.ts';

type ChartExample = Example<{ id: string; caption: string; summary: string; height: string; tableLabel?: string; spec: ChartSpec }> & {
  table: string;
};
const cases = examples<ChartExample>('chart-figure.yaml');
const chromium = chromiumFor();
beforeAll(chromium.start);
afterAll(chromium.stop);

describe('ChartFigure', () => {
  it('has an example of every kind of chart spec', () => {
    expect(new Set(cases.map((c) => c.props.spec.kind))).toEqual(new Set(['line', 'counts', 'timeline']));
  });

  for (const example of cases)
    it(`${example.name}: a captioned figure whose canvas is described by the summary, with its table and data, passes axe`, async () => {
      const html = await render(ChartFigure, example.props, example.table);
      // The spec travels as JSON that no label can break out of.
      expect(html).not.toMatch(/<\/script><script>alert/);
      const { page, axe, close } = await chromium.open(html);
      try {
        const figure = page.getByRole('figure', { name: example.props.caption });
        expect(await figure.count()).toBe(1);
        const canvas = figure.getByRole('img', { name: example.props.caption });
        const described = await canvas.getAttribute('aria-describedby');
        await expect(page.locator(`#${described}`).textContent()).resolves.toBe(example.props.summary);
        const json = await figure.locator('script[type="application/json"]').textContent();
        expect(JSON.parse(json!)).toEqual(example.props.spec);
        // The table is in the page, folded under its label when the example gives one.
        expect(await figure.locator('table').count()).toBe(1);
        if (example.props.tableLabel)
          await expect(figure.locator('details > summary').textContent()).resolves.toBe(example.props.tableLabel);
        expect(await axe()).toEqual([]);
      } finally {
        await close();
      }
    });

  it('would fail an example whose canvas has no name (the axe check can fail)', async () => {
    const example = cases[0]!;
    const html = (await render(ChartFigure, example.props, example.table)).replace(/(<canvas[^>]*?) aria-label="[^"]*"/, '$1');
    const { axe, close } = await chromium.open(html);
    try {
      expect((await axe()).join('\n')).toMatch(/role-img-alt|svg-img-alt|aria/);
    } finally {
      await close();
    }
  });
});
