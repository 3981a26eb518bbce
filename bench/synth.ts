// Generates a synthetic plan of any size, for the benchmark only: a content folder that the real schemas and
// cross-file checks accept, built with CONTENT_DIR=<folder>. It never goes into content/ or onto the site.
//   node bench/synth.ts 5000 bench-results/synth-5000/content
//
// Shape, chosen to keep every page type proportionate as the plan grows (see docs/performance.md):
//  - the plan text and the 9 targets are the real ones;
//  - tasks cycle through the 52 real rows (same lengths and vocabulary, so the search index grows
//    realistically), split over the appendices as the real plan is (19 : 18 : 15), each title marked
//    "(bản tổng hợp số N)" so that no synthetic row can pass for a real one;
//  - one synthetic agency per 10 tasks, so an agency page lists ~10 lead and ~20 coordinating tasks at every size;
//  - one task in 10 keeps its template's editorial links to paragraphs and targets;
//  - ten annual reports, results/2025.yaml … 2034.yaml (marked sample: true), built with RESULTS_DIR=<folder>/results:
//    every task reported each year of its timeframe ("chưa bắt đầu" before it, "đang thực hiện" with a rising
//    percentage, "hoàn thành" in its last year, then no longer listed; without a timeframe, "đang thực hiện"
//    every year), one task in 5 citing a document, and a value for every quantitative target each year.
//    The series are chosen to raise no warning, so the build does what it does for a clean real report.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { z, type ZodType } from 'zod';
import { checkIntegrity } from '../src/lib/integrity.ts';
import { parsePlanBody } from '../src/lib/plan-text.ts';
import { agencySchema, targetSchema, taskLinkSchema, taskSchema, type Agency, type Target, type Task, type TaskLink } from '../src/schemas/index.ts';
import { reportFileSchema, type TargetValue, type TaskResult } from '../src/schemas/result.ts';

const CONTENT = resolve(import.meta.dirname, '..', 'content');

export interface SynthPlan {
  agencies: Agency[];
  tasks: Task[];
  targets: Target[];
  links: TaskLink[];
}

type Generator = (plan: SynthPlan, out: string) => void;

export const RESULT_YEARS = Array.from({ length: 10 }, (_, i) => 2025 + i);

function taskResult(t: Task, year: number, k: number): TaskResult | null {
  const evidence = k % 5 === 0 ? [{ title: `Văn bản tổng hợp số ${k + 1}/${year} (dữ liệu tổng hợp)`, url: `https://example.org/tong-hop/${year}/${t.id}` }] : [];
  const summary = `Kết quả tổng hợp năm ${year} của nhiệm vụ ${t.id} (dữ liệu tổng hợp để đo hiệu năng).`;
  if (!t.period) return { task: t.id, status: 'dang-thuc-hien', summary, evidence };
  const { start, end } = t.period;
  if (year > end) return null;
  if (year < start) return { task: t.id, status: 'chua-bat-dau', summary, evidence: [] };
  if (year === end) return { task: t.id, status: 'hoan-thanh', summary, percent: 100, evidence };
  return { task: t.id, status: 'dang-thuc-hien', summary, percent: Math.round((100 * (year - start + 1)) / (end - start + 2)), evidence };
}

function targetValue(t: Target, year: number): TargetValue | null {
  if (t.kind !== 'dinh-luong' || t.unit === null) return null;
  const k = year - RESULT_YEARS[0]!;
  const value = t.unit === '%' ? Math.min(100, 50 + 4 * k) : 100 + 5 * k;
  return { target: t.id, value, unit: t.unit, as_of: `${year}-10-31`, source: `Báo cáo tổng hợp năm ${year} (dữ liệu tổng hợp để đo hiệu năng)` };
}

/** Ten years of annual results, one file per year, validated with the real schema. */
const results: Generator = (plan, out) => {
  mkdirSync(join(out, 'results'), { recursive: true });
  for (const year of RESULT_YEARS) {
    const report = reportFileSchema.parse({
      sample: true,
      year,
      document: { number: `${year}/BC-TH (tổng hợp)`, date: `${year}-11-25`, issuer: 'Dữ liệu tổng hợp để đo hiệu năng' },
      published: `${year}-11-30`,
      tasks: plan.tasks.flatMap((t, k) => taskResult(t, year, k) ?? []),
      targets: plan.targets.flatMap((t) => targetValue(t, year) ?? []),
    });
    writeFileSync(join(out, 'results', `${year}.yaml`), stringify(report, { lineWidth: 0, aliasDuplicateObjects: false, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }));
  }
};

/** Data files beyond the four lists written below. */
const GENERATORS: Generator[] = [results];

// Plain parse + schema: the real files are valid (the tests say so), and src/lib/data-file.ts uses syntax
// that Node's type stripping cannot run.
const read = <T>(file: string, schema: ZodType<T>): T[] => z.array(schema).parse(parse(readFileSync(join(CONTENT, file), 'utf8')));

export function synthesize(taskCount: number): SynthPlan {
  const real = read('tasks.yaml', taskSchema);
  const realLinks = new Map(read('links.yaml', taskLinkSchema).map((l) => [l.id, l]));
  const targets = read('targets.yaml', targetSchema);
  const agencyCount = Math.max(3, Math.round(taskCount / 10));
  const agencies: Agency[] = Array.from({ length: agencyCount }, (_, i) => ({
    id: `co-quan-tong-hop-${String(i + 1).padStart(5, '0')}`,
    name: `Cơ quan tổng hợp số ${i + 1} (dữ liệu tổng hợp để đo hiệu năng)`,
    kind: 'so-nganh',
    aliases: [],
  }));
  const share = [19, 18, 15];
  const counts = share.map((s) => Math.floor((taskCount * s) / 52));
  counts[2]! += taskCount - counts.reduce((a, b) => a + b, 0);
  const sections = [
    { appendix: 'I', part: 'I', prefix: 'pl1-i' },
    { appendix: 'I', part: 'II', prefix: 'pl1-ii' },
    { appendix: 'II', part: null, prefix: 'pl2' },
  ] as const;
  const tasks: Task[] = [];
  const links: TaskLink[] = [];
  let k = 0;
  sections.forEach((section, s) => {
    for (let number = 1; number <= counts[s]!; number++, k++) {
      const template = real[k % real.length]!;
      const id = `${section.prefix}-${String(number).padStart(2, '0')}`;
      const lead = agencies[k % agencyCount]!;
      const coordinating = [agencies[(k * 7 + 1) % agencyCount]!, agencies[(k * 13 + 2) % agencyCount]!].filter(
        (a, i, all) => a.id !== lead.id && all.findIndex((b) => b.id === a.id) === i,
      );
      tasks.push({
        id,
        appendix: section.appendix,
        part: section.part,
        number,
        title: `${template.title} (bản tổng hợp số ${k + 1})`,
        lead_as_written: lead.name,
        lead: [{ agency: lead.id }],
        coordinating_as_written: coordinating.length ? coordinating.map((a) => a.name).join('; ') : null,
        coordinating: coordinating.map((a) => ({ agency: a.id })),
        period_as_written: template.period_as_written,
        period: template.period,
      });
      const l = realLinks.get(template.id);
      if (l && k % 10 === 0) links.push({ id, paragraphs: l.paragraphs, targets: l.targets });
    }
  });
  return { agencies, tasks, targets, links };
}

/** Writes the plan as a content folder, after checking it exactly as the build will. */
export function writeContent(plan: SynthPlan, out: string): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(join(CONTENT, 'plan'), join(out, 'plan'), { recursive: true });
  const planFiles = readdirSync(join(CONTENT, 'plan')).filter((f) => f.endsWith('.mdx'));
  const anchors = new Set(planFiles.flatMap((f) => parsePlanBody(readFileSync(join(CONTENT, 'plan', f), 'utf8')).blocks.map((b) => b.id)));
  const problems = checkIntegrity({ ...plan, anchors });
  if (problems.length) throw new Error(`synthetic plan fails the integrity checks: ${problems[0]!.message}`);
  z.array(agencySchema).parse(plan.agencies);
  z.array(taskSchema).parse(plan.tasks);
  z.array(taskLinkSchema).parse(plan.links);
  // Strings double-quoted: a plain value opening with a curly quote (the plan's “0”) is refused by the data door.
  const yaml = (v: unknown) => stringify(v, { lineWidth: 0, aliasDuplicateObjects: false, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  writeFileSync(join(out, 'agencies.yaml'), yaml(plan.agencies));
  writeFileSync(join(out, 'tasks.yaml'), yaml(plan.tasks));
  writeFileSync(join(out, 'targets.yaml'), yaml(plan.targets));
  writeFileSync(join(out, 'links.yaml'), yaml(plan.links));
  for (const generate of GENERATORS) generate(plan, out);
}

if (import.meta.main) {
  const [count, out] = process.argv.slice(2);
  if (!count || !out || !/^\d+$/.test(count)) {
    console.error('usage: node bench/synth.ts <number of tasks> <output folder>');
    process.exit(2);
  }
  const plan = synthesize(Number(count));
  writeContent(plan, resolve(out));
  console.log(`${plan.tasks.length} tasks, ${plan.agencies.length} agencies, ${plan.links.length} links → ${out}`);
}
