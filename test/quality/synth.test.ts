// The synthetic-plan generator used by `npm run bench` writes data that the real loaders accept, and keeps
// the shape the benchmark relies on (ids past 99 rows, ~10 tasks per agency, every row marked synthetic,
// a yearly report per unit and year).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULT_YEARS, synthesize, writeContent } from '../../bench/synth.ts';
import { readSiteData } from '../../src/lib/site-data.ts';
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
      // A yearly report per unit and year that the report checks accept without a single warning, marked as sample.
      const saved = process.env.CONTENT_DIR;
      process.env.CONTENT_DIR = dir;
      try {
        const { data, problems } = readSiteData(join(import.meta.dirname, '..', '..'));
        expect(problems).toEqual([]);
        expect(data!.reporting.years).toEqual(RESULT_YEARS);
        expect(data!.reporting.sample).toBe(true);
        expect(data!.reporting.submissions.some((s) => s.tasks.length > 0 && s.targets.length > 0)).toBe(true);
      } finally {
        if (saved === undefined) delete process.env.CONTENT_DIR;
        else process.env.CONTENT_DIR = saved;
      }
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
