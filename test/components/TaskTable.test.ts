// TaskTable, one render per example of examples/task-table.yaml, with tasks read from content/ as the pages do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import TaskTable from '../../src/components/TaskTable.astro';
import { readSiteData } from '../../src/lib/site-data.ts';
import type { PartDecision as TaskState, TaskYear } from '../../src/lib/reporting-rules.ts';
import { chromiumFor, examples, render, type Example } from './render.ts';

type TableExample = Example<{ caption: string; id?: string; sortable?: boolean; stateYear?: number }> & {
  tasks: string[];
  states?: Record<string, TaskState>;
  columns: string[];
};
const cases = examples<TableExample>('task-table.yaml');
const chromium = chromiumFor();
beforeAll(chromium.start);
afterAll(chromium.stop);

describe('TaskTable', () => {
  for (const example of cases)
    it(`${example.name}: caption, column headers, one row per task headed by its linked title, passes axe`, async () => {
      const all = readSiteData().data!.tasks;
      const tasks = example.tasks.map((id) => all.find((t) => t.id === id)!);
      expect(tasks.every(Boolean)).toBe(true);
      const states = example.states;
      const html = await render(TaskTable, {
        ...example.props,
        tasks,
        // A task one Hanoi unit leads: its state is the lead unit's part (src/lib/reporting-rules.ts).
        ...(states
          ? {
              stateOf: (t: { id: string }): TaskYear | null => {
                const s = states[t.id];
                return s
                  ? {
                      task: t.id,
                      year: example.props.stateYear ?? 2026,
                      mode: 'mot-don-vi',
                      state: s.state,
                      lead: { ...s, unit: 'x', task: t.id, year: 2026, roles: [], leads: true, entry: null },
                      counts: new Map(),
                      parts: [],
                    }
                  : null;
              },
            }
          : {}),
      });
      const { page, axe, close } = await chromium.open(html);
      try {
        const table = page.getByRole('table', { name: example.props.caption });
        expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(example.columns);
        const rowHeaders = table.getByRole('rowheader');
        expect(await rowHeaders.allInnerTexts()).toEqual(tasks.map((t) => t.title));
        const hrefs = await rowHeaders.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(hrefs).toEqual(tasks.map((t) => `/nhiem-vu/${t.id}/`));
        if (example.props.sortable) expect(await table.locator('th[data-sort]').count()).toBe(4);
        expect(await axe()).toEqual([]);
      } finally {
        await close();
      }
    });
});
