// What the browser form (/nop-bao-cao/) needs to offer every reporting unit its rows for any accepted year, in one
// small JSON block on the page: each task once, each unit's participations as [task, leads, role]. The client
// picks a unit's due rows with the same rule as the workbook (unit-form.ts isDue), so the form, the .xlsx it
// downloads and `new-report --xlsx` always show the same tasks.
import type { Target, Task } from '../schemas/index.ts';
import { periodLabel } from './format.ts';
import type { SiteData } from './site-data.ts';
import { finishedBefore, isDue, roleText, type PartLike } from './unit-form.ts';
import type { UnitForm } from './workbook/model.ts';

export interface FormBook {
  years: number[];
  defaultYear: number;
  tasks: { id: string; title: string; timeframe: string; start: number | null }[];
  targets: { id: string; measure: string; unit: string | null }[];
  /** Every distinct role text once: 126 wards share the same few (the page stays small on a phone). */
  roles: string[];
  units: {
    id: string;
    name: string;
    /** [task id, 1 if the unit leads, index of the unit's role in words in `roles`] */
    parts: [string, 0 | 1, number][];
    /** Task id → the year the unit reported it finished, for tasks no longer asked about after that year. */
    finished: Record<string, number>;
  }[];
}

export interface FormBookInput {
  years: number[];
  defaultYear: number;
  units: readonly { id: string; name: string }[];
  partsOf: (unit: string) => readonly PartLike[];
  tasks: readonly Task[];
  targets: readonly Target[];
  nameOf: (id: string) => string;
  finishedOf?: (unit: string) => Record<string, number>;
}

export function formBook(i: FormBookInput): FormBook {
  const roles: string[] = [];
  const roleIndex = new Map<string, number>();
  const role = (text: string) => {
    if (!roleIndex.has(text)) roleIndex.set(text, roles.push(text) - 1);
    return roleIndex.get(text)!;
  };
  return {
    years: i.years,
    defaultYear: i.defaultYear,
    tasks: i.tasks.map((t) => ({ id: t.id, title: t.title, timeframe: periodLabel(t), start: t.period?.start ?? null })),
    targets: i.targets.filter((t) => t.kind === 'dinh-luong').map((t) => ({ id: t.id, measure: t.measure, unit: t.unit })),
    roles,
    units: i.units.map((u) => ({
      id: u.id,
      name: u.name,
      parts: i.partsOf(u.id).map((p) => [p.task, p.leads ? 1 : 0, role(roleText(p, u.id, i.nameOf))] as [string, 0 | 1, number]),
      finished: i.finishedOf?.(u.id) ?? {},
    })),
  };
}

/** The unit's form for a year, from the book: the client's side of unit-form.ts. */
export function formFromBook(book: FormBook, unitId: string, year: number): UnitForm | null {
  const unit = book.units.find((u) => u.id === unitId);
  if (!unit) return null;
  const taskById = new Map(book.tasks.map((t) => [t.id, t]));
  return {
    unit: { id: unit.id, name: unit.name },
    year,
    tasks: unit.parts.flatMap(([id, leads, role]) => {
      const t = taskById.get(id);
      const done = unit.finished[id];
      if (!t || !isDue({ period: t.start === null ? null : { start: t.start, end: t.start } }, year, done !== undefined && done < year))
        return [];
      return [{ id, title: t.title, leads: leads === 1, role: book.roles[role] ?? '', timeframe: t.timeframe }];
    }),
    targets: book.targets,
  };
}

/** The book of the whole site: every reporting unit, for every accepted year. */
export function formBookOf(site: SiteData): FormBook {
  const { first, last } = site.reporting.accepted;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  // The year being reported on: the as-of date's year (reproducible: the commit's date, never the build clock).
  const current = Number(site.reporting.asOf.slice(0, 4));
  return formBook({
    years,
    defaultYear: Math.min(last, Math.max(first, current)),
    units: site.registry.units,
    partsOf: (id) => site.participation.byUnit.get(id) ?? [],
    tasks: site.tasks,
    targets: site.targets,
    nameOf: (id) => site.agencyById.get(id)?.name ?? site.registry.unitById.get(id)?.name ?? id,
    finishedOf: (id) => Object.fromEntries(finishedBefore(site, id, last + 1)),
  });
}
