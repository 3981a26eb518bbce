import { z } from 'zod';
import {
  agencyKinds,
  openAgencySchema,
  openTargetSchema,
  openTaskSchema,
  type OpenAgency,
  type OpenTarget,
  type OpenTask,
} from '../schemas/index.ts';
import { absoluteUrl } from './absolute-url.ts';
import { reportingOpenDataMakers } from './reporting-open-data.ts';
import { taskCsvColumns, tasksCsv } from './task-csv.ts';
import { Chunks, csvTable, jsonList, jsonText, listSchemaText } from './text-file.ts';
import type { SiteData } from './site-data.ts';
import { agencyUrl, planUrl, targetUrl, taskUrl } from './urls.ts';

const abs = absoluteUrl;

export function openTasks(d: SiteData, site: URL): OpenTask[] {
  return d.tasks.map((t) => ({
    id: t.id,
    appendix: t.appendix,
    part: t.part,
    number: t.number,
    title: t.title,
    lead: t.lead,
    lead_as_written: t.lead_as_written,
    coordinating: t.coordinating,
    coordinating_as_written: t.coordinating_as_written,
    period: t.period,
    period_as_written: t.period_as_written,
    url: abs(taskUrl(t.id), site),
  }));
}

export function openAgencies(d: SiteData, site: URL): OpenAgency[] {
  return d.agencies.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    kind_label: agencyKinds[a.kind],
    lead_count: d.tasksByAgency.get(a.id)!.lead.length,
    coordinating_count: d.tasksByAgency.get(a.id)!.coordinating.length,
    url: abs(agencyUrl(a.id), site),
  }));
}

export function openTargets(d: SiteData, site: URL): OpenTarget[] {
  return d.targets.map((t) => ({
    id: t.id,
    kind: t.kind,
    statement: t.statement,
    measure: t.measure,
    value: t.kind === 'dinh-luong' ? t.value : null,
    unit: t.kind === 'dinh-luong' ? t.unit : null,
    comparison: t.kind === 'dinh-luong' ? t.comparison : null,
    stretch_value: t.kind === 'dinh-luong' ? (t.stretch?.value ?? null) : null,
    deadline: t.kind === 'dinh-luong' ? t.deadline : null,
    every_years: t.kind === 'dinh-ky' ? t.every_years : null,
    paragraph: t.paragraph,
    paragraph_url: abs(planUrl(t.paragraph), site),
    url: abs(targetUrl(t.id), site),
  }));
}

/**
 * The tasks of each body, one pair of files per body that leads or coordinates any (dist/data/co-quan/<id>.csv
 * and .json): what a reader on that body's page downloads, with no script needed. Same columns as tasks.csv.
 * Each file is computed when the build writes it (data-files.ts).
 */
export function agencyTaskFiles(d: SiteData, site: URL): Record<string, () => string> {
  let all: Map<string, OpenTask> | undefined;
  const out: Record<string, () => string> = {};
  for (const a of d.agencies) {
    const { lead, coordinating } = d.tasksByAgency.get(a.id)!;
    const ids = new Set([...lead, ...coordinating].map((t) => t.id));
    if (ids.size === 0) continue;
    // In plan order, from each task's place: filtering the whole plan for each body grew with bodies × tasks.
    const list = () => {
      all ??= new Map(openTasks(d, site).map((t) => [t.id, t]));
      return [...ids].sort((x, y) => d.taskIndex.get(x)! - d.taskIndex.get(y)!).map((id) => all!.get(id)!);
    };
    out[`${a.id}.json`] = () => jsonText(list());
    out[`${a.id}.csv`] = () => tasksCsv(list(), (id) => d.agencyById.get(id)!.name);
  }
  return out;
}

/**
 * Every file written to dist/data/, by name, each as what computes it: the build writes one file at a time
 * (data-files.ts), so only the file being written is in memory, with what it is made from.
 */
export function openDataMakers(d: SiteData, site: URL): Record<string, () => string | Chunks> {
  const schema = (s: z.ZodType) => () => listSchemaText(s);
  return {
    'tasks.json': () => jsonList(openTasks(d, site)),
    'tasks.csv': () =>
      csvTable(
        taskCsvColumns((id) => d.agencyById.get(id)!.name),
        openTasks(d, site),
      ),
    'agencies.json': () => jsonList(openAgencies(d, site)),
    'agencies.csv': () =>
      csvTable<OpenAgency>(
        {
          id: (a) => a.id,
          name: (a) => a.name,
          kind: (a) => a.kind,
          kind_label: (a) => a.kind_label,
          lead_count: (a) => a.lead_count,
          coordinating_count: (a) => a.coordinating_count,
          url: (a) => a.url,
        },
        openAgencies(d, site),
      ),
    'targets.json': () => jsonList(openTargets(d, site)),
    'targets.csv': () =>
      csvTable<OpenTarget>(
        {
          id: (t) => t.id,
          kind: (t) => t.kind,
          measure: (t) => t.measure,
          statement: (t) => t.statement,
          comparison: (t) => t.comparison,
          value: (t) => t.value,
          unit: (t) => t.unit,
          stretch_value: (t) => t.stretch_value,
          deadline: (t) => t.deadline,
          every_years: (t) => t.every_years,
          paragraph: (t) => t.paragraph,
          url: (t) => t.url,
        },
        openTargets(d, site),
      ),
    'tasks.schema.json': schema(openTaskSchema),
    'agencies.schema.json': schema(openAgencySchema),
    'targets.schema.json': schema(openTargetSchema),
    ...reportingOpenDataMakers(d, site),
  };
}

/** Every file written to dist/data/, by name, computed at once (tests, tools). */
export function openDataFiles(d: SiteData, site: URL): Record<string, string> {
  return Object.fromEntries(
    Object.entries(openDataMakers(d, site)).map(([name, make]) => {
      const text = make();
      return [name, text instanceof Chunks ? Buffer.from(text.bytes()).toString('utf8') : text];
    }),
  );
}
