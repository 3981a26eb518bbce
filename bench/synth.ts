// Generates a synthetic plan of any size, for the benchmark only: a content folder that the real schemas and
// cross-file checks accept, built with CONTENT_DIR=<folder>. It never goes into content/ or onto the site.
//   node bench/synth.ts 5000 bench-results/synth-5000/content
//
// Shape, chosen to keep every page type proportionate as the plan grows and to carry the reporting load of
// section IV.4 (issue 15; see docs/performance.md):
//  - the plan text and the 9 targets are the real ones;
//  - tasks cycle through the 52 real rows (same lengths and vocabulary, so the search index grows
//    realistically), split over the appendices as the real plan is (19 : 18 : 15), each title marked
//    "(bản tổng hợp số N)" so that no synthetic row can pass for a real one; one task in four has its timeframe
//    moved four years later, so that reports run over ten years (2025–2034);
//  - reporting units: N/10 department-level units (kind so-nganh) and N/4 wards (kind ubnd-phuong-xa), all in
//    agencies.yaml because a task can only name a body of that file; every task has a department as lead and
//    1–4 coordinating units, alternately wards and departments, so a unit takes part in ~10 tasks at every size;
//  - one task in 10 keeps its template's editorial links to paragraphs and targets;
//  - for each of the ten years, every reporting unit submits its yearly report (issue 10's format,
//    reports/<year>/<unit>.yaml beside the content folder, marked sample: true, built with REPORTS_DIR) covering
//    every task it takes part in: "chưa bắt đầu" before the timeframe, "đang thực hiện" with a rising percent
//    (leads only), "hoàn thành" in its last year, then no longer listed; without a timeframe, "đang thực hiện"
//    every year. One report in 20 is signed after 01/12 (late), one entry in 5 cites a document, one unit in 3
//    makes a proposal, and the first department supplies every quantified target's figure.
//    The reports are chosen to raise no warning, so the build does what it does for clean real reports.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { z, type ZodType } from 'zod';
import { checkIntegrity } from '../src/lib/integrity.ts';
import { parsePlanBody } from '../src/lib/plan-text.ts';
import {
  agencySchema,
  targetSchema,
  taskLinkSchema,
  taskSchema,
  type Agency,
  type Target,
  type Task,
  type TaskLink,
} from '../src/schemas/index.ts';
import { submissionSchema, type Submission, type SubmissionTarget, type SubmissionTask } from '../src/schemas/report.ts';

const CONTENT = resolve(import.meta.dirname, '..', 'content');

export interface SynthPlan {
  agencies: Agency[];
  tasks: Task[];
  targets: Target[];
  links: TaskLink[];
}

type Generator = (plan: SynthPlan, out: string) => void;

export const REPORT_YEARS = Array.from({ length: 10 }, (_, i) => 2025 + i);

/** Where the synthetic reports go for a content folder: beside it, so that the build reads them as sample data. */
export const reportsFolder = (content: string): string => join(dirname(resolve(content)), 'reports');

/** The date every "not received" and "overdue" is judged against in the benchmark: after the last report year. */
export const SYNTH_AS_OF = '2035-06-30';

function entry(t: Task, year: number, leads: boolean, k: number): SubmissionTask | null {
  const evidence =
    k % 5 === 0
      ? [{ title: `Văn bản tổng hợp số ${k + 1}/${year} (dữ liệu tổng hợp)`, url: `https://example.org/tong-hop/${year}/${t.id}` }]
      : [];
  const summary = `Kết quả tổng hợp năm ${year} của nhiệm vụ ${t.id} (dữ liệu tổng hợp để đo hiệu năng).`;
  if (!t.period) return { task: t.id, status: 'dang-thuc-hien', summary, evidence };
  const { start, end } = t.period;
  if (year > end) return null;
  if (year < start) return { task: t.id, status: 'chua-bat-dau', summary, evidence: [] };
  if (year === end) return { task: t.id, status: 'hoan-thanh', summary, ...(leads ? { percent: 100 } : {}), evidence };
  const percent = Math.round((100 * (year - start + 1)) / (end - start + 2));
  return { task: t.id, status: 'dang-thuc-hien', summary, ...(leads ? { percent } : {}), evidence };
}

function targetFigure(t: Target, year: number): SubmissionTarget | null {
  if (t.kind !== 'dinh-luong' || t.unit === null) return null;
  const k = year - REPORT_YEARS[0]!;
  const value = t.unit === '%' ? Math.min(100, 50 + 4 * k) : 100 + 5 * k;
  return {
    target: t.id,
    value,
    unit: t.unit,
    as_of: `${year}-10-31`,
    source: `Báo cáo tổng hợp năm ${year} (dữ liệu tổng hợp để đo hiệu năng)`,
    scope: 'toàn Thành phố (dữ liệu tổng hợp)',
  };
}

// Every string double-quoted, as the project's own writers do: a value that starts with a curly quote (the real
// targets do) must not look like one typed by Word.
const yaml = (v: unknown) =>
  stringify(v, { lineWidth: 0, aliasDuplicateObjects: false, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });

/** Every reporting unit's yearly report, every year: content/reports/<year>/<unit>.yaml in issue 10's format. */
const reports: Generator = (plan, out) => {
  const dir = reportsFolder(out);
  rmSync(dir, { recursive: true, force: true });
  const byUnit = new Map<string, { task: Task; leads: boolean; k: number }[]>(plan.agencies.map((a) => [a.id, []]));
  plan.tasks.forEach((t, k) => {
    for (const r of t.lead) byUnit.get(r.agency)!.push({ task: t, leads: true, k });
    for (const r of t.coordinating) byUnit.get(r.agency)!.push({ task: t, leads: false, k });
  });
  const units = plan.agencies.filter((a) => a.kind === 'so-nganh' || a.kind === 'ubnd-phuong-xa');
  for (const year of REPORT_YEARS) {
    mkdirSync(join(dir, String(year)), { recursive: true });
    units.forEach((u, i) => {
      const late = i % 20 === 7;
      const report: Submission = {
        sample: true,
        unit: u.id,
        year,
        document: { number: `${i + 1}/BC-TH (tổng hợp)`, date: late ? `${year}-12-05` : `${year}-11-20` },
        tasks: byUnit.get(u.id)!.flatMap(({ task, leads, k }) => entry(task, year, leads, k) ?? []),
        proposals: i % 3 === 0 ? [`Đề xuất tổng hợp năm ${year} của đơn vị số ${i + 1} (dữ liệu tổng hợp để đo hiệu năng).`] : [],
        targets: i === 0 ? plan.targets.flatMap((t) => targetFigure(t, year) ?? []) : [],
      };
      writeFileSync(join(dir, String(year), `${u.id}.yaml`), yaml(submissionSchema.parse(report)));
    });
  }
};

/** Data files beyond the four lists written below. */
const GENERATORS: Generator[] = [reports];

// Plain parse + schema: the real files are valid (the tests say so), and src/lib/data-file.ts uses syntax
// that Node's type stripping cannot run.
const read = <T>(file: string, schema: ZodType<T>): T[] => z.array(schema).parse(parse(readFileSync(join(CONTENT, file), 'utf8')));

export function synthesize(taskCount: number): SynthPlan {
  const real = read('tasks.yaml', taskSchema);
  const realLinks = new Map(read('links.yaml', taskLinkSchema).map((l) => [l.id, l]));
  // The editors' choice of which unit reports a target's city-wide figure names a real unit, which the synthetic
  // registry does not have: the synthetic plan keeps the targets without it.
  const targets = read('targets.yaml', targetSchema).map((t) => ('reported_by' in t ? { ...t, reported_by: null } : t));
  const agencyCount = Math.max(3, Math.round(taskCount / 10));
  const wardCount = Math.max(3, Math.round(taskCount / 4));
  const departments: Agency[] = Array.from({ length: agencyCount }, (_, i) => ({
    id: `co-quan-tong-hop-${String(i + 1).padStart(5, '0')}`,
    name: `Cơ quan tổng hợp số ${i + 1} (dữ liệu tổng hợp để đo hiệu năng)`,
    kind: 'so-nganh',
    aliases: [],
  }));
  const wards: Agency[] = Array.from({ length: wardCount }, (_, i) => ({
    id: `phuong-tong-hop-${String(i + 1).padStart(5, '0')}`,
    name: `UBND phường Tổng hợp số ${i + 1} (dữ liệu tổng hợp để đo hiệu năng)`,
    kind: 'ubnd-phuong-xa',
    aliases: [],
  }));
  const agencies = [...departments, ...wards];
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
      const lead = departments[k % agencyCount]!;
      // 1–4 coordinating units, alternately a ward and a department, never the lead and never twice.
      const coordinating: Agency[] = [];
      for (let c = 0; c < 1 + (k % 4); c++) {
        const a = c % 2 === 0 ? wards[(k * 7 + c * 13 + 1) % wardCount]! : departments[(k * 13 + c * 7 + 2) % agencyCount]!;
        if (a.id !== lead.id && !coordinating.includes(a)) coordinating.push(a);
      }
      // A quarter of the tasks run four years later, so that reports span ten years (2025–2034).
      const later = template.period && k % 4 === 3 ? { start: template.period.start + 4, end: template.period.end + 4 } : null;
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
        period_as_written: later
          ? `${later.start === later.end ? `Năm ${later.start}` : `${later.start}–${later.end}`} (dữ liệu tổng hợp)`
          : template.period_as_written,
        period: later ?? template.period,
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
  console.log(
    `${plan.tasks.length} tasks, ${plan.agencies.length} reporting units, ${plan.links.length} links → ${out}, reports → ${reportsFolder(out)}`,
  );
}
