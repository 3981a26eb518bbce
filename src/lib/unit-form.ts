// What one reporting unit is asked about in one year: the tasks it takes part in that are due (in their timeframe,
// past it and not finished, or without a timeframe), each with the unit's role as the plan gives it, and the
// quantified targets. One pure module read by the workbook (new-report --xlsx), the import's checks and the browser
// form, so the three always offer the same rows. Participation itself comes from the registry (src/lib/registry.ts).
import type { Target, Task } from '../schemas/index.ts';
import { finalStatuses } from '../schemas/report-status.ts';
import { periodLabel } from './format.ts';
import type { SiteData } from './site-data.ts';
import type { UnitForm, UnitTask } from './workbook/model.ts';

/** The parts of a unit's participation this module needs (registry.ts's Participant). */
export interface PartLike {
  task: string;
  leads: boolean;
  roles: readonly { role: 'chu-tri' | 'phoi-hop'; via: string; condition: string | null }[];
}

const ROLE_WORDS = { 'chu-tri': 'Chủ trì', 'phoi-hop': 'Phối hợp' } as const;

/** "Chủ trì — đối với …; Phối hợp (qua “Các Sở, ngành liên quan”)": the unit's role, words of the plan kept. */
export function roleText(p: PartLike, unit: string, nameOf: (id: string) => string): string {
  return p.roles
    .map((r) => `${ROLE_WORDS[r.role]}${r.via !== unit ? ` (qua “${nameOf(r.via)}”)` : ''}${r.condition ? ` — ${r.condition}` : ''}`)
    .join('; ');
}

/**
 * Whether a task is asked about in a year: it is within its timeframe, or past it and not yet reported finished
 * (so the report can say why), or the plan gives no timeframe. A task the unit already reported finished is not.
 */
export function isDue(task: Pick<Task, 'period'>, year: number, finished: boolean): boolean {
  if (finished) return false;
  return task.period === null || task.period.start <= year;
}

export interface UnitFormInput {
  unit: { id: string; name: string };
  year: number;
  parts: readonly PartLike[];
  taskById: ReadonlyMap<string, Task>;
  targets: readonly Target[];
  nameOf: (id: string) => string;
  /** Tasks the unit reported "Hoàn thành" or "Dừng hoặc được thay thế" in an earlier year. */
  finished?: ReadonlySet<string>;
  /** Every task the unit takes part in, due or not: what an import accepts (the YAML rules accept the same). */
  all?: boolean;
}

export function unitForm({ unit, year, parts, taskById, targets, nameOf, finished, all = false }: UnitFormInput): UnitForm {
  const tasks: UnitTask[] = [];
  for (const p of parts) {
    const t = taskById.get(p.task);
    if (!t || (!all && !isDue(t, year, finished?.has(t.id) ?? false))) continue;
    tasks.push({ id: t.id, title: t.title, leads: p.leads, role: roleText(p, unit.id, nameOf), timeframe: periodLabel(t) });
  }
  return {
    unit,
    year,
    tasks,
    targets: targets.filter((t) => t.kind === 'dinh-luong').map((t) => ({ id: t.id, measure: t.measure, unit: t.unit })),
  };
}

/** Tasks a unit reported finished in a year before `year` (its latest earlier status is final), from the site's data. */
export function finishedBefore(site: Pick<SiteData, 'reporting'>, unit: string, year: number): Map<string, number> {
  const last = new Map<string, { year: number; final: boolean }>();
  for (const y of [...site.reporting.yearly.keys()].filter((y) => y < year).sort((a, b) => a - b))
    for (const e of site.reporting.yearly.get(y)?.get(unit)?.tasks ?? []) last.set(e.task, { year: y, final: finalStatuses.has(e.status) });
  return new Map([...last].filter(([, v]) => v.final).map(([k, v]) => [k, v.year]));
}

/** What a unit's form is built from: the site's data (unitFormOf), or the part of it the report loader has. */
export interface FormSource {
  unitById: ReadonlyMap<string, { id: string; name: string }>;
  partsOf: (unit: string) => readonly PartLike[];
  taskById: ReadonlyMap<string, Task>;
  targets: readonly Target[];
  nameOf: (id: string) => string;
}

/** The form of one reporting unit for one year, or null when the id is not a reporting unit. */
export function formOfUnit(
  src: FormSource,
  unitId: string,
  year: number,
  opts: { all?: boolean; finished?: ReadonlySet<string> } = {},
): UnitForm | null {
  const unit = src.unitById.get(unitId);
  if (!unit) return null;
  return unitForm({
    unit: { id: unit.id, name: unit.name },
    year,
    parts: src.partsOf(unit.id),
    taskById: src.taskById,
    targets: src.targets,
    nameOf: src.nameOf,
    ...(opts.finished ? { finished: opts.finished } : {}),
    all: opts.all ?? false,
  });
}

/**
 * The form of one reporting unit for one year from the site's data, or null when the id is not a reporting unit.
 * `finished` replaces the tasks read from the site's reports (new-report reads the site without them, so that a
 * broken report elsewhere cannot stop a unit from getting its template, and counts the reports that read cleanly).
 */
export function unitFormOf(
  site: SiteData,
  unitId: string,
  year: number,
  opts: { all?: boolean; finished?: ReadonlySet<string> } = {},
): UnitForm | null {
  const src: FormSource = {
    unitById: site.registry.unitById,
    partsOf: (unit) => site.participation.byUnit.get(unit) ?? [],
    taskById: site.taskById,
    targets: site.targets,
    nameOf: (id) => site.agencyById.get(id)?.name ?? site.registry.unitById.get(id)?.name ?? id,
  };
  return formOfUnit(src, unitId, year, {
    all: opts.all ?? false,
    finished: opts.finished ?? new Set(finishedBefore(site, unitId, year).keys()),
  });
}
