// The synthetic-plan generator used by `npm run bench` writes data that the real loaders accept, and keeps
// the shape the benchmark relies on (ids past 99 rows, ~10 tasks per agency, every row marked synthetic, and
// issue 15's reporting load: N/10 departments, N/4 wards, every unit's yearly report for ten years).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_YEARS, reportsFolder, synthesize, SYNTH_AS_OF, writeContent } from '../../bench/synth.ts';
import { readSiteData } from '../../src/lib/site-data.ts';
import { readYamlList } from '../../src/lib/data-file.ts';
import { agencySchema, targetSchema, taskLinkSchema, taskSchema } from '../../src/schemas/index.ts';
import { scratch } from '../support/site.ts';

const saved = { CONTENT_DIR: process.env.CONTENT_DIR, AS_OF_DATE: process.env.AS_OF_DATE };
afterEach(() => {
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

describe('synthetic plans for the benchmark', () => {
  it('pass the same schemas and checks as content/, with three-digit row numbers', () => {
    const dir = scratch('synth');
    const content = join(dir, 'content');
    try {
      writeContent(synthesize(400), content);
      const lists = [
        ['agencies.yaml', agencySchema],
        ['tasks.yaml', taskSchema],
        ['targets.yaml', targetSchema],
        ['links.yaml', taskLinkSchema],
      ] as const;
      for (const [file, schema] of lists) expect(readYamlList(join(content, file), schema, content).problems, file).toEqual([]);
      const tasks = readYamlList(join(content, 'tasks.yaml'), taskSchema, content).items;
      expect(tasks).toHaveLength(400);
      expect(tasks.map((t) => t.id)).toContain('pl1-i-100');
      expect(tasks.every((t) => t.title.includes('(bản tổng hợp số '))).toBe(true);

      // The reporting load, read by the one data module exactly as the build reads it, without a single problem.
      process.env.CONTENT_DIR = content;
      process.env.AS_OF_DATE = SYNTH_AS_OF;
      const { data, problems } = readSiteData(process.cwd(), { reportsDir: reportsFolder(content) });
      expect(problems).toEqual([]);
      const units = data!.registry.units;
      expect(units.filter((u) => u.kind === 'so-nganh')).toHaveLength(40);
      expect(units.filter((u) => u.kind === 'ubnd-phuong-xa')).toHaveLength(100);
      expect(data!.reporting.sample).toBe(true);
      expect(data!.reporting.years).toEqual(REPORT_YEARS);
      // Every unit, every year: one yearly report, covering every task the unit is expected to report on.
      expect(data!.reporting.submissions).toHaveLength(units.length * REPORT_YEARS.length);
      for (const year of REPORT_YEARS)
        for (const row of data!.reporting.derived.units.get(year)!.values())
          expect(row.covered, `${row.unit} ${year}`).toEqual(row.expected);
      // Each task: one lead and 1–4 coordinating units.
      for (const t of tasks) {
        expect(t.lead).toHaveLength(1);
        expect(t.coordinating.length).toBeGreaterThanOrEqual(1);
        expect(t.coordinating.length).toBeLessThanOrEqual(4);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keep agency pages the same size as the plan grows', () => {
    for (const n of [500, 5000]) {
      const plan = synthesize(n);
      const lead = new Map<string, number>();
      const part = new Map<string, number>();
      for (const t of plan.tasks) {
        for (const r of t.lead) lead.set(r.agency, (lead.get(r.agency) ?? 0) + 1);
        for (const r of [...t.lead, ...t.coordinating]) part.set(r.agency, (part.get(r.agency) ?? 0) + 1);
      }
      expect(Math.max(...lead.values())).toBeLessThanOrEqual(11);
      // No unit takes part in more than ~40 tasks, whatever the size: its page and its reports stay bounded.
      expect(Math.max(...part.values())).toBeLessThanOrEqual(40);
    }
  });
});
