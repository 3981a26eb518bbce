// Traces every run of a drafted report back to one of its four allowed sources, from outside the composer: the fixed
// phrases (src/report/phrases.ts, split at their slots), the plan (content/), the rules' published vocabulary and
// the submissions' own text, read straight from the YAML files. A run that matches none is reported with its text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PART_NAMES } from '../../src/lib/format.ts';
import { PHRASES } from '../../src/report/phrases.ts';

export type TraceSource = 'template' | 'plan' | 'rules' | 'submission';

export interface PlanVocabulary {
  tasks: {
    title: string;
    lead_as_written: string;
    lead: { condition?: string | undefined }[];
    coordinating: { condition?: string | undefined }[];
  }[];
  targets: { statement: string }[];
  blocks: { kind: string; text: string }[];
}

export interface Vocabulary {
  template: Set<string>;
  plan: Set<string>;
  rules: Set<string>;
  submission: Set<string>;
}

/** Every string value anywhere in a parsed YAML document. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v.normalize('NFC'));
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/** The text of the submission files of one year folder, as written (strings), plus their numbers and dates. */
export function submissionText(dir: string): { strings: Set<string>; files: { file: string; data: Record<string, unknown> }[] } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ file: f, data: parse(readFileSync(join(dir, f), 'utf8'), { schema: 'core' }) as Record<string, unknown> }));
  return { strings: new Set(files.flatMap((f) => strings(f.data))), files };
}

export function vocabulary(planData: PlanVocabulary, rulesWords: string[], submissions: Set<string>): Vocabulary {
  const template = new Set(
    Object.values(PHRASES)
      .flatMap((p) => p.split(/\{\w+\}/))
      .filter((s) => s !== ''),
  );
  const conditions = planData.tasks.flatMap((t) => [...t.lead, ...t.coordinating].flatMap((r) => (r.condition ? [r.condition] : [])));
  const plan = new Set([
    ...planData.tasks.flatMap((t) => [t.title, ...t.lead_as_written.split('\n')]),
    ...conditions,
    ...planData.targets.map((t) => t.statement),
    ...planData.blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
    ...Object.values(PART_NAMES),
    'Phụ lục I, phần I',
    'Phụ lục I, phần II',
    'Phụ lục II',
  ]);
  return { template, plan, rules: new Set(rulesWords), submission: submissions };
}

/** A task's place in the plan, as it is cited: "Phụ lục I, phần II, mục 3", "Phụ lục II, mục 15". */
const TASK_REF = /^Phụ lục (I, phần (I|II)|II), mục \d+$/;
/** Numbers as the site writes them (vi-VN: 1.234,5) and dates (dd/mm/yyyy): values of the rules or of a submission. */
const NUMBER = /^-?\d{1,3}(\.\d{3})*(,\d+)?$/;
const DATE = /^\d{2}\/\d{2}\/\d{4}$/;
/** A year, as the rules name the report's year and the year a state was carried from. */
const YEAR = /^20\d{2}$/;

/** Which source a run's text comes from, or null when it comes from none. */
export function traceRun(text: string, v: Vocabulary): TraceSource | null {
  if (v.template.has(text)) return 'template';
  if (v.plan.has(text) || TASK_REF.test(text)) return 'plan';
  if (v.rules.has(text) || NUMBER.test(text) || DATE.test(text) || YEAR.test(text)) return 'rules';
  if (v.submission.has(text)) return 'submission';
  return null;
}
