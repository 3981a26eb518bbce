// Open data for the units and their reports (dist/data/): the registry, every published submission as filed, and
// what the rules derive from them (task states, each unit's part, the unit × year table), with the rule behind each
// state, so outside users see exactly what readers see. Drafts are never included.
import { z } from 'zod';
import {
  openSubmissionSchema,
  openTargetValueSchema,
  openTaskPartSchema,
  openTaskStateSchema,
  openUnitSchema,
  openUnitYearSchema,
  type OpenSubmission,
  type OpenTargetValue,
  type OpenTaskPart,
  type OpenTaskState,
  type OpenUnit,
  type OpenUnitYear,
} from '../schemas/index.ts';
import { roleLabels } from './registry.ts';
import { stateLabels, timelinessLabels } from './reporting-rules.ts';
import type { SiteData } from './site-data.ts';
import { absoluteUrl } from './absolute-url.ts';
import { Chunks, csvTable, eachOf, jsonList, listSchemaText } from './text-file.ts';
import { resultsTaskUrl, taskUrl, unitUrl } from './urls.ts';

export function openUnits(d: SiteData, site: URL): OpenUnit[] {
  return d.registry.units.map((u) => {
    const ward = d.registry.wards?.units.find((w) => w.id === u.id);
    const parts = d.participation.byUnit.get(u.id) ?? [];
    return {
      id: u.id,
      name: u.name,
      level: d.registry.level.get(u.id)!,
      kind: u.kind,
      source: ward && d.registry.wards ? `Nghị quyết số ${d.registry.wards.source.document} ngày ${d.registry.wards.source.date}` : null,
      clause: ward?.clause ?? null,
      code: ward?.code ?? null,
      lead_count: parts.filter((p) => p.leads).length,
      task_count: parts.length,
      url: absoluteUrl(unitUrl(u.id), site),
    };
  });
}

export const openSubmissions = (d: SiteData, site: URL): OpenSubmission[] => [...submissionRows(d, site)];

/** openSubmissions one at a time, for the files written a row at a time (text-file.ts). */
export function* submissionRows(d: SiteData, site: URL): Generator<OpenSubmission> {
  for (const s of d.reporting.submissions) yield openSubmission(s, site);
}

const openSubmission = (s: SiteData['reporting']['submissions'][number], site: URL): OpenSubmission => ({
  year: s.year,
  unit: s.unit,
  kind: s.request ? 'dot-xuat' : 'nam',
  request: s.request ? { document: s.request.document, deadline: s.request.deadline ?? null } : null,
  document: { number: s.document.number, date: s.document.date, signer: s.document.signer ?? null, url: s.document.url ?? null },
  received: s.received ?? null,
  tasks: s.tasks.map((e) => ({
    task: e.task,
    status: e.status,
    summary: e.summary,
    percent: e.percent ?? null,
    reason: e.reason ?? null,
    evidence: e.evidence.map((x) => ({ title: x.title, url: x.url ?? null })),
  })),
  proposals: s.proposals,
  targets: s.targets.map((v) => ({ ...v, source_url: v.source_url ?? null, note: v.note ?? null })),
  url: absoluteUrl(`${unitUrl(s.unit)}#nam-${s.year}`, site),
});

export const openTaskStates = (d: SiteData, site: URL): OpenTaskState[] => [...taskStateRows(d, site)];

/** openTaskStates one at a time. */
export function* taskStateRows(d: SiteData, site: URL): Generator<OpenTaskState> {
  for (const year of d.reporting.years)
    for (const [i, t] of d.tasks.entries()) {
      const v = d.reporting.derived.tasks.get(year)!.get(t.id)!;
      yield {
        year,
        task: t.id,
        mode: v.mode,
        state: v.state,
        state_label: v.state ? stateLabels[v.state] : null,
        lead_unit: v.lead?.unit ?? null,
        counts: Object.fromEntries(v.counts),
        url: absoluteUrl(resultsTaskUrl(year, t.id, i, d.tasks.length), site),
      };
    }
}

export const openTaskParts = (d: SiteData): OpenTaskPart[] => [...taskPartRows(d)];

/** openTaskParts one at a time. */
export function* taskPartRows(d: SiteData): Generator<OpenTaskPart> {
  for (const year of d.reporting.years)
    for (const t of d.tasks)
      for (const p of d.reporting.derived.tasks.get(year)!.get(t.id)!.parts)
        yield {
          year,
          task: t.id,
          unit: p.unit,
          roles: p.roles,
          state: p.state,
          state_label: stateLabels[p.state],
          rule: p.rule,
          reported_status: p.reported,
          summary: p.entry?.summary ?? null,
          percent: p.entry?.percent ?? null,
          reason: p.reason,
        };
}

export const openUnitYears = (d: SiteData, site: URL): OpenUnitYear[] => [...unitYearRows(d, site)];

/** openUnitYears one at a time. */
export function* unitYearRows(d: SiteData, site: URL): Generator<OpenUnitYear> {
  for (const year of d.reporting.years)
    for (const u of d.registry.units) {
      const r = d.reporting.derived.units.get(year)!.get(u.id)!;
      yield {
        year,
        unit: u.id,
        timeliness: r.timeliness,
        timeliness_label: timelinessLabels[r.timeliness],
        document_date: r.date,
        as_of: d.reporting.asOf,
        expected: r.expected,
        covered: r.covered,
        proposals: r.proposals,
        ad_hoc: r.adHoc.length,
        url: absoluteUrl(`${unitUrl(u.id)}#nam-${year}`, site),
      };
    }
}

export function openTargetValues(d: SiteData, site: URL): OpenTargetValue[] {
  return d.targets.flatMap((t) =>
    (d.reporting.figures.get(t.id) ?? []).map((f) => ({
      year: f.year,
      target: t.id,
      reporting_unit: f.unit,
      city_wide: f.cityWide,
      value: f.value.value,
      unit: f.value.unit,
      scope: f.value.scope,
      as_of: f.value.as_of,
      source: f.value.source,
      source_url: f.value.source_url ?? null,
      note: f.value.note ?? null,
      url: absoluteUrl(`${unitUrl(f.unit)}#nam-${f.year}`, site),
    })),
  );
}

/** A row of submissions.csv: one task entry of a submission, or none for a submission without entries. */
type SubmissionRow = { s: OpenSubmission; e: OpenSubmission['tasks'][number] | null };

/**
 * The reporting files of dist/data/, by name, each as what computes it (open-data.ts openDataMakers); empty lists
 * (and header-only CSVs) until a report is published.
 */
export function reportingOpenDataMakers(d: SiteData, site: URL): Record<string, () => string | Chunks> {
  const schema = (s: z.ZodType) => () => listSchemaText(s);
  const units = () => openUnits(d, site);
  // The long lists are made a row at a time as their file is written: no list of every row is ever held.
  const submissions = () => submissionRows(d, site);
  const states = () => taskStateRows(d, site);
  const parts = () => taskPartRows(d);
  const unitYears = () => unitYearRows(d, site);
  const values = () => openTargetValues(d, site);
  const roles = (p: OpenTaskPart) =>
    p.roles
      .map((r) => `${roleLabels[r.role]}${r.via !== p.unit ? ` (qua ${r.via})` : ''}${r.condition ? `: ${r.condition}` : ''}`)
      .join('; ');
  return {
    'units.json': () => jsonList(units()),
    'units.csv': () =>
      csvTable<OpenUnit>(
        {
          id: (u) => u.id,
          name: (u) => u.name,
          level: (u) => u.level,
          kind: (u) => u.kind,
          source: (u) => u.source,
          clause: (u) => u.clause,
          code: (u) => u.code,
          lead_count: (u) => u.lead_count,
          task_count: (u) => u.task_count,
          url: (u) => u.url,
        },
        units(),
      ),
    'units.schema.json': schema(openUnitSchema),
    'submissions.json': () => jsonList(submissions()),
    // One row per task entry; a submission without entries still has its row, so no report disappears from the CSV.
    'submissions.csv': () =>
      csvTable<SubmissionRow>(
        {
          year: ({ s }) => s.year,
          unit: ({ s }) => s.unit,
          kind: ({ s }) => s.kind,
          document_number: ({ s }) => s.document.number,
          document_date: ({ s }) => s.document.date,
          received: ({ s }) => s.received,
          task: ({ e }) => e?.task,
          status: ({ e }) => e?.status,
          summary: ({ e }) => e?.summary,
          percent: ({ e }) => e?.percent,
          reason: ({ e }) => e?.reason,
          evidence: ({ e }) => e?.evidence.map((x) => x.title).join('; '),
          proposals: ({ s }) => s.proposals.join(' | '),
          url: ({ s }) => s.url,
        },
        eachOf(submissions(), (s): SubmissionRow[] => (s.tasks.length === 0 ? [{ s, e: null }] : s.tasks.map((e) => ({ s, e })))),
      ),
    'submissions.schema.json': schema(openSubmissionSchema),
    'task-states.json': () => jsonList(states()),
    'task-states.csv': () =>
      csvTable<OpenTaskState>(
        {
          year: (s) => s.year,
          task: (s) => s.task,
          mode: (s) => s.mode,
          state: (s) => s.state,
          state_label: (s) => s.state_label,
          lead_unit: (s) => s.lead_unit,
          counts: (s) =>
            Object.entries(s.counts)
              .map(([k, n]) => `${k}: ${n}`)
              .join('; '),
          url: (s) => s.url,
        },
        states(),
      ),
    'task-states.schema.json': schema(openTaskStateSchema),
    'task-parts.json': () => jsonList(parts()),
    'task-parts.csv': () => {
      // One address per task, not per row (a task has a row per unit and year).
      const taskHref = new Map(d.tasks.map((t) => [t.id, absoluteUrl(taskUrl(t.id), site)]));
      return csvTable<OpenTaskPart>(
        {
          year: (p) => p.year,
          task: (p) => p.task,
          unit: (p) => p.unit,
          roles: (p) => roles(p),
          state: (p) => p.state,
          state_label: (p) => p.state_label,
          rule: (p) => p.rule,
          reported_status: (p) => p.reported_status,
          summary: (p) => p.summary,
          percent: (p) => p.percent,
          reason: (p) => p.reason,
          task_url: (p) => taskHref.get(p.task)!,
        },
        parts(),
      );
    },
    'task-parts.schema.json': schema(openTaskPartSchema),
    'unit-years.json': () => jsonList(unitYears()),
    'unit-years.csv': () =>
      csvTable<OpenUnitYear>(
        {
          year: (r) => r.year,
          unit: (r) => r.unit,
          timeliness: (r) => r.timeliness,
          timeliness_label: (r) => r.timeliness_label,
          document_date: (r) => r.document_date,
          as_of: (r) => r.as_of,
          expected: (r) => r.expected.join(';'),
          covered: (r) => r.covered.join(';'),
          missing: (r) => r.expected.filter((x) => !r.covered.includes(x)).join(';'),
          proposals: (r) => r.proposals.join(' | '),
          ad_hoc: (r) => r.ad_hoc,
          url: (r) => r.url,
        },
        unitYears(),
      ),
    'unit-years.schema.json': schema(openUnitYearSchema),
    'target-values.json': () => jsonList(values()),
    'target-values.csv': () =>
      csvTable<OpenTargetValue>(
        {
          year: (v) => v.year,
          target: (v) => v.target,
          reporting_unit: (v) => v.reporting_unit,
          city_wide: (v) => (v.city_wide ? 'true' : 'false'),
          value: (v) => v.value,
          unit: (v) => v.unit,
          scope: (v) => v.scope,
          as_of: (v) => v.as_of,
          source: (v) => v.source,
          source_url: (v) => v.source_url,
          note: (v) => v.note,
          url: (v) => v.url,
        },
        values(),
      ),
    'target-values.schema.json': schema(openTargetValueSchema),
  };
}
