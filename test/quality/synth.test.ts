// The synthetic-plan generator used by `npm run bench` writes data that the real loaders accept, and keeps
// the shape the benchmark relies on (ids past 99 rows, ~10 tasks per agency, every row marked synthetic,
// ten years of results).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULT_YEARS, synthesize, writeContent } from '../../bench/synth.ts';
import { loadResults } from '../../src/lib/results.ts';
import { readYamlList } from '../../src/lib/data-file.ts';
import { agencySchema, targetSchema, taskLinkSchema, taskSchema } from '../../src/schemas/index.ts';
import { scratch } from '../support/site.ts';

describe('synthetic plans for the benchmark', () => {
  it('pass the same schemas and checks as content/, with three-digit row numbers', () => {
    const dir = scratch('synth');
    try {
      writeContent(synthesize(400), dir);
      const lists = [
        ['agencies.yaml', agencySchema],
        ['tasks.yaml', taskSchema],
        ['targets.yaml', targetSchema],
        ['links.yaml', taskLinkSchema],
      ] as const;
      for (const [file, schema] of lists) expect(readYamlList(join(dir, file), schema, dir).problems, file).toEqual([]);
      const tasks = readYamlList(join(dir, 'tasks.yaml'), taskSchema, dir).items;
      expect(tasks).toHaveLength(400);
      expect(tasks.map((t) => t.id)).toContain('pl1-i-100');
      expect(tasks.every((t) => t.title.includes('(bản tổng hợp số '))).toBe(true);
      // Ten years of results that the results checks accept without a single warning, marked as sample data.
      const targets = readYamlList(join(dir, 'targets.yaml'), targetSchema, dir).items;
      const results = loadResults({ tasks, targets }, { root: dir, dir: 'results' });
      expect(results.problems).toEqual([]);
      expect(results.reports.map((r) => r.report.year)).toEqual(RESULT_YEARS);
      expect(results.sample).toBe(true);
      expect(results.reports.every((r) => r.report.tasks.length > 0 && r.report.targets.length > 0)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keep agency pages the same size as the plan grows', () => {
    for (const n of [500, 5000]) {
      const plan = synthesize(n);
      const lead = new Map<string, number>();
      for (const t of plan.tasks) for (const r of t.lead) lead.set(r.agency, (lead.get(r.agency) ?? 0) + 1);
      expect(Math.max(...lead.values())).toBeLessThanOrEqual(11);
    }
  });
});
