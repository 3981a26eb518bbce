// Composes the consolidated yearly report from the plan, the rules' outputs and the units' submissions. Pure: the
// input is what the data module and the published rules already computed; nothing here decides a state, a count or
// a date, it only places them in the document with the fixed phrases of phrases.ts.
import { formatDate, formatNumber, PART_NAMES, taskRef } from '../lib/format.ts';
import type { PlanBlock, Target, Task, TaskLink } from '../schemas/index.ts';
import { join, phrase, plan, rules, submission, type Block, type Line, type ReportDoc } from './model.ts';

// The shapes below are the parts of the data module's types (src/lib/site-data.ts, src/lib/reporting-rules.ts)
// the report reads, written structurally so that the composer depends on what it uses and nothing more.

export interface EvidenceLike {
  title: string;
  url?: string | null | undefined;
}
export interface SubmissionTaskLike {
  task: string;
  summary: string;
  percent?: number | null | undefined;
  reason?: string | null | undefined;
  evidence: EvidenceLike[];
}
export interface SubmissionLike {
  unit: string;
  year: number;
  document: { number: string; date: string };
  request?: { document: string } | undefined;
  tasks: SubmissionTaskLike[];
  proposals: string[];
  targets: { target: string; value: number; unit: string; as_of: string; source: string; scope: string }[];
}
export interface PartLike {
  unit: string;
  state: string;
  /** For a state carried from an earlier report: that report's year. */
  since: number | null;
  roles: { role: string; condition: string | null }[];
  leads: boolean;
  entry: SubmissionTaskLike | null;
}
export interface TaskYearLike {
  mode: 'mot-don-vi' | 'nhom' | 'phan-viec-ha-noi';
  state: string | null;
  counts: Map<string, number>;
  parts: PartLike[];
}
export interface UnitYearLike {
  unit: string;
  timeliness: string;
  date: string | null;
}

export interface ComposeInput {
  year: number;
  sample: boolean;
  /** The date "not received" is judged against (the data module's as-of date). */
  asOf: string;
  blocks: PlanBlock[];
  tasks: Task[];
  targets: Target[];
  linksByTask: Map<string, TaskLink>;
  /** Name of a reporting unit, from the registry. */
  unitName: (id: string) => string;
  /** The rules' outputs for the year. */
  taskYears: Map<string, TaskYearLike>;
  /** Every reporting unit of the registry, in registry order. */
  unitYears: UnitYearLike[];
  /** Published submissions of the year, yearly and ad hoc. */
  submissions: SubmissionLike[];
  /** Labels the rules publish for their outputs. */
  labels: {
    state: (id: string) => string;
    role: (id: string) => string;
    timeliness: Record<string, string>;
    /** Order in which timeliness groups are listed. */
    timelinessOrder: string[];
    stateOrder: string[];
  };
  /** The unit that reports a target's city-wide figure (targets.yaml, labelled editorial data), if named. */
  cityReporter: (targetId: string) => string | null;
  /** Reporting units of ward level the registry still lacks, so the report can say so instead of guessing. */
  wards: { listed: number; expected: number | null };
}

const num = (n: number) => rules(formatNumber(n));
const date = (iso: string) => formatDate(iso);

function documentOf(s: SubmissionLike): Line {
  return phrase('documentRef', { number: submission(s.document.number), date: submission(date(s.document.date)) });
}

function unitsSection(input: ComposeInput): Block[] {
  const { year, unitYears, labels } = input;
  const out: Block[] = [
    { kind: 'heading', level: 1, id: 'don-vi', content: phrase('unitsHeading') },
    { kind: 'para', content: phrase('unitsIntro', { year: rules(String(year)), count: num(unitYears.length) }) },
  ];
  if (input.wards.expected === null) out.push({ kind: 'para', content: phrase('wardsMissing') });
  else if (input.wards.listed < input.wards.expected)
    out.push({
      kind: 'para',
      content: phrase('wardsIncomplete', { listed: num(input.wards.listed), expected: num(input.wards.expected) }),
    });
  for (const t of labels.timelinessOrder) {
    const group = unitYears.filter((u) => u.timeliness === t);
    if (!group.length) continue;
    const names = group.map((u) =>
      u.date && t === 'muon'
        ? phrase('unitLateDate', { unit: rules(input.unitName(u.unit)), date: rules(date(u.date)) })
        : [rules(input.unitName(u.unit))],
    );
    out.push({
      kind: 'para',
      content: phrase('unitsGroupList', { label: rules(labels.timeliness[t] ?? t), count: num(group.length), units: join(names) }),
    });
  }
  return out;
}

function targetsSection(input: ComposeInput): Block[] {
  const quantitative = input.targets.filter((t) => t.kind === 'dinh-luong');
  const rows = quantitative.map((t): Line[] => {
    const figures = input.submissions.flatMap((s) =>
      s.targets
        .filter((v) => v.target === t.id)
        .map((v) => {
          const city = input.cityReporter(t.id) === s.unit;
          // "16,2%" but "1.250 tấn": the percent sign follows the number, other units after a space.
          const value =
            v.unit === '%'
              ? [submission(formatNumber(v.value)), submission(v.unit)]
              : join([[submission(formatNumber(v.value))], [submission(v.unit)]], 'sentenceSeparator');
          return phrase(city ? 'targetFigureCity' : 'targetFigure', {
            unit: rules(input.unitName(s.unit)),
            value,
            scope: submission(v.scope),
            date: submission(date(v.as_of)),
            source: submission(v.source),
          });
        }),
    );
    return [[plan(t.statement)], figures.length ? join(figures, 'sentenceSeparator') : phrase('targetNoFigure')];
  });
  return [
    { kind: 'heading', level: 1, id: 'muc-tieu', content: phrase('targetsHeading') },
    {
      kind: 'table',
      id: 'bang-muc-tieu',
      caption: phrase('targetsCaption', { year: rules(String(input.year)) }),
      head: [phrase('targetsColTarget'), phrase('targetsColFigures')],
      rows,
      widths: [5, 4],
    },
  ];
}

const appendices = [
  { key: 'I-I', match: (t: Task) => t.appendix === 'I' && t.part === 'I' },
  { key: 'I-II', match: (t: Task) => t.appendix === 'I' && t.part === 'II' },
  { key: 'II', match: (t: Task) => t.appendix === 'II' },
] as const;

function appendixTitle(key: (typeof appendices)[number]['key']): Line {
  if (key === 'II') return [plan('Phụ lục II')];
  return phrase('appendixPart', { appendix: plan(`Phụ lục I, phần ${key === 'I-I' ? 'I' : 'II'}`), name: plan(PART_NAMES[key]!) });
}

function partLines(input: ComposeInput, p: PartLike, s: SubmissionLike | undefined): Block[] {
  const role = join(
    p.roles.map((r) => [rules(input.labels.role(r.role))]),
    'commaSeparator',
  );
  const conditions = p.roles.flatMap((r) => (r.condition ? [[plan(r.condition)]] : []));
  const head = conditions.length
    ? phrase('partUnitCondition', {
        unit: rules(input.unitName(p.unit)),
        role,
        condition: join(conditions),
        status: rules(input.labels.state(p.state)),
      })
    : phrase('partUnit', { unit: rules(input.unitName(p.unit)), role, status: rules(input.labels.state(p.state)) });
  const e = p.entry!;
  const line: Line = [...head];
  const add = (l: Line) => line.push(...phrase('sentenceSeparator'), ...l);
  add([submission(e.summary)]);
  if (e.percent != null) add(phrase('partPercent', { percent: submission(formatNumber(e.percent)) }));
  if (e.reason) add(phrase('partReason', { reason: submission(e.reason) }));
  if (s) add(phrase('partDocument', { document: documentOf(s) }));
  if (e.evidence.length) add(phrase('partEvidence', { evidence: join(e.evidence.map((x) => [submission(x.title)])) }));
  return [{ kind: 'para', content: line }];
}

function taskBlocks(input: ComposeInput, t: Task, yearly: Map<string, SubmissionLike>): Block[] {
  const ty = input.taskYears.get(t.id);
  // The lead cell as printed; a cell printed on several lines (Phụ lục II mục 7 splits its lead by case) keeps them.
  const leadLines = t.lead_as_written.split('\n');
  const out: Block[] = [
    { kind: 'heading', level: 3, id: t.id, content: phrase('taskTitle', { ref: plan(taskRef(t)), title: plan(t.title) }) },
    ...(leadLines.length === 1
      ? [{ kind: 'para' as const, content: phrase('taskLead', { lead: plan(t.lead_as_written) }) }]
      : [
          { kind: 'para' as const, content: phrase('taskLeadLines') },
          ...leadLines.map((l) => ({ kind: 'para' as const, content: [plan(l)] })),
        ]),
  ];
  if (!ty) return out;
  if (ty.mode === 'mot-don-vi' && ty.state)
    out.push({ kind: 'para', content: phrase('taskState', { state: rules(input.labels.state(ty.state)) }) });
  if (ty.mode === 'phan-viec-ha-noi' && !ty.counts.size) out.push({ kind: 'para', content: phrase('taskHanoiPart') });
  if (ty.mode !== 'mot-don-vi' && ty.counts.size) {
    const counts = input.labels.stateOrder
      .filter((s) => ty.counts.has(s))
      .map((s) => phrase('taskCount', { label: rules(input.labels.state(s)), count: num(ty.counts.get(s)!) }));
    out.push({ kind: 'para', content: phrase(ty.mode === 'nhom' ? 'taskCountsLead' : 'taskCountsHanoi', { counts: join(counts) }) });
  }
  const reported = ty.parts.filter((p) => p.entry);
  if (!reported.length) out.push({ kind: 'para', content: phrase('taskNoPart') });
  for (const p of reported) out.push(...partLines(input, p, yearly.get(p.unit)));
  // Parts finished or stopped in an earlier year: the state the rules carry, with the year it was reported.
  for (const p of ty.parts.filter((x) => !x.entry && x.since !== null))
    out.push({
      kind: 'para',
      content: phrase('partCarried', {
        unit: rules(input.unitName(p.unit)),
        role: join(
          p.roles.map((r) => [rules(input.labels.role(r.role))]),
          'commaSeparator',
        ),
        status: rules(input.labels.state(p.state)),
        since: rules(String(p.since)),
      }),
    });
  return out;
}

function tasksSection(input: ComposeInput): Block[] {
  const yearly = new Map(input.submissions.filter((s) => !s.request).map((s) => [s.unit, s]));
  const out: Block[] = [{ kind: 'heading', level: 1, id: 'nhiem-vu', content: phrase('tasksHeading') }];
  // 1. By the plan's sections: the level-3 headings of part II, each with the tasks the site's editorial links
  //    place under it (labelled as such), so a reader can go from a section of the plan to its tasks below.
  const sections = input.blocks.filter((b) => b.kind === 'heading' && b.level === 3 && /^ii-\d+$/.test(b.id));
  out.push({ kind: 'heading', level: 2, id: 'theo-muc', content: phrase('bySectionHeading', { n: rules('1') }) });
  out.push({ kind: 'para', content: phrase('bySectionNote') });
  for (const sec of sections) {
    const inSection = input.tasks.filter((t) =>
      (input.linksByTask.get(t.id)?.paragraphs ?? []).some((p) => p === sec.id || p.startsWith(`${sec.id}-`)),
    );
    const refs = inSection.length ? join(inSection.map((t) => [plan(taskRef(t))])) : phrase('bySectionNone');
    out.push({ kind: 'para', content: phrase('bySectionItem', { section: plan(sec.text), tasks: refs }) });
  }
  // 2–4. By appendix, every task with its state and the parts the units reported.
  appendices.forEach((a, i) => {
    out.push({
      kind: 'heading',
      level: 2,
      id: `phu-luc-${a.key.toLowerCase()}`,
      content: phrase('byAppendixHeading', { n: rules(String(i + 2)), appendix: appendixTitle(a.key) }),
    });
    for (const t of input.tasks.filter(a.match)) out.push(...taskBlocks(input, t, yearly));
  });
  return out;
}

function proposalsSection(input: ComposeInput): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, id: 'de-xuat', content: phrase('proposalsHeading') }];
  const byUnit = new Map<string, SubmissionLike[]>();
  for (const s of input.submissions) if (s.proposals.length) byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), s]);
  if (!byUnit.size) return [...out, { kind: 'para', content: phrase('proposalsNone') }];
  // Registry order, so the list reads the same as the table of units above.
  const order = input.unitYears.map((u) => u.unit).filter((u) => byUnit.has(u));
  order.forEach((unit, i) => {
    // Level 2: directly under the section heading, so the outline never skips a level (h2 → h3 on the web page).
    out.push({
      kind: 'heading',
      level: 2,
      content: phrase('proposalUnit', { n: rules(String(i + 1)), unit: rules(input.unitName(unit)) }),
    });
    for (const s of byUnit.get(unit)!) {
      out.push({ kind: 'para', content: phrase(s.request ? 'proposalSourceAdHoc' : 'proposalSource', { document: documentOf(s) }) });
      for (const p of s.proposals) out.push({ kind: 'para', content: phrase('proposalItem', { text: submission(p) }) });
    }
  });
  return out;
}

export function composeReport(input: ComposeInput): ReportDoc {
  const year = rules(String(input.year));
  return {
    year: input.year,
    sample: input.sample,
    subject: phrase('subject', { year }),
    blocks: [
      { kind: 'para', content: phrase('opening', { year }) },
      { kind: 'para', content: phrase('asOf', { date: rules(date(input.asOf)) }) },
      ...unitsSection(input),
      ...targetsSection(input),
      ...tasksSection(input),
      ...proposalsSection(input),
    ],
  };
}
