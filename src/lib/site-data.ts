import { getCollection, type CollectionEntry } from 'astro:content';
import type { Agency, PlanBlock, Target, Task, TaskLink } from '../schemas/index.ts';
import { DataError } from './data-file.ts';
import { checkIntegrity } from './integrity.ts';
import { resultsForSite, type Results } from './results.ts';

export interface PlanPart {
  entry: CollectionEntry<'plan'>;
  blocks: PlanBlock[];
}

export interface AgencyTasks {
  lead: Task[];
  coordinating: Task[];
}

export interface SiteData {
  parts: PlanPart[];
  blocks: PlanBlock[];
  blockById: Map<string, PlanBlock>;
  agencies: Agency[];
  agencyById: Map<string, Agency>;
  tasks: Task[];
  taskById: Map<string, Task>;
  targets: Target[];
  targetById: Map<string, Target>;
  linksByTask: Map<string, TaskLink>;
  tasksByAgency: Map<string, AgencyTasks>;
  tasksByTarget: Map<string, Task[]>;
  tasksByParagraph: Map<string, Task[]>;
  /** Published annual reports and the state of every task in each report year (src/lib/results.ts). */
  results: Results;
}

const taskOrder = (t: Task) => (t.appendix === 'I' ? 0 : 1000) + (t.part === 'II' ? 100 : 0) + t.number;

async function load(): Promise<SiteData> {
  const planEntries = (await getCollection('plan')).sort((a, b) => a.data.order - b.data.order);
  const parts = planEntries.map((entry) => ({ entry, blocks: entry.data.blocks }));
  const blocks = parts.flatMap((p) => p.blocks);
  const agencies = (await getCollection('agencies')).map((e) => e.data);
  const tasks = (await getCollection('tasks')).map((e) => e.data).sort((a, b) => taskOrder(a) - taskOrder(b));
  const targets = (await getCollection('targets')).map((e) => e.data);
  const links = (await getCollection('links')).map((e) => e.data);

  const problems = checkIntegrity({ agencies, tasks, targets, links, anchors: new Set(blocks.map((b) => b.id)) });
  if (problems.length) throw new DataError(problems);

  const tasksByAgency = new Map<string, AgencyTasks>(agencies.map((a) => [a.id, { lead: [], coordinating: [] }]));
  for (const t of tasks) {
    for (const id of new Set(t.lead.map((r) => r.agency))) tasksByAgency.get(id)!.lead.push(t);
    for (const id of new Set(t.coordinating.map((r) => r.agency))) tasksByAgency.get(id)!.coordinating.push(t);
  }
  const linksByTask = new Map(links.map((l) => [l.id, l]));
  const tasksByTarget = new Map<string, Task[]>(targets.map((t) => [t.id, []]));
  const tasksByParagraph = new Map<string, Task[]>();
  for (const t of tasks) {
    const l = linksByTask.get(t.id);
    for (const id of l?.targets ?? []) tasksByTarget.get(id)!.push(t);
    for (const p of l?.paragraphs ?? []) tasksByParagraph.set(p, [...(tasksByParagraph.get(p) ?? []), t]);
  }
  return {
    parts,
    blocks,
    blockById: new Map(blocks.map((b) => [b.id, b])),
    agencies,
    agencyById: new Map(agencies.map((a) => [a.id, a])),
    tasks,
    taskById: new Map(tasks.map((t) => [t.id, t])),
    targets,
    targetById: new Map(targets.map((t) => [t.id, t])),
    linksByTask,
    tasksByAgency,
    tasksByTarget,
    tasksByParagraph,
    results: resultsForSite({ tasks, targets }),
  };
}

let cached: Promise<SiteData> | undefined;
/** All content, validated across files; loaded once per build. Throws DataError, which stops the build. */
export const siteData = (): Promise<SiteData> => (cached ??= load());
