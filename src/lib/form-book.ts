// What the browser form (/nop-bao-cao/) needs to offer a reporting unit its rows for any accepted year. The page
// carries only what every unit shares (the years, the quantified targets); the list of units comes from
// /nop-bao-cao/don-vi.json and a unit's tasks from its own small file, /nop-bao-cao/don-vi/<unit>.json, fetched when the unit is chosen, so the page does not
// grow with the plan (issue 15: with every unit's tasks in the page it was 2.4 MB at 5,000 tasks). The client picks a
// unit's due rows with the same rule as the workbook (unit-form.ts isDue), so the form, the .xlsx it downloads and
// `new-report --xlsx` always show the same tasks.
import type { Target, Task } from '../schemas/index.ts';
import { periodLabel } from './format.ts';
import type { SiteData } from './site-data.ts';
import { finishedBefore, isDue, roleText, type PartLike } from './unit-form.ts';
import type { UnitForm } from './workbook/model.ts';

/** The JSON block of the form page. */
export interface FormIndex {
  years: number[];
  defaultYear: number;
  targets: { id: string; measure: string; unit: string | null }[];
  /** Folder of the units' files (base path included), ending in "/". */
  unitsUrl: string;
  /** The list of units for the picker, [id, name] in registry order (unitListFile), base path included. */
  unitList: string;
}

/** One unit's file: every task it takes part in, due or not in a given year (formFromUnit decides). */
export interface UnitBook {
  id: string;
  name: string;
  tasks: { id: string; title: string; timeframe: string; start: number | null; leads: boolean; role: string }[];
  /**
   * Task id → the years in which it is not asked about, because the unit's latest report before that year said it
   * was finished or stopped (unit-form.ts finishedBefore, year by year: a task reported finished and reopened later
   * is asked about again).
   */
  finished: Record<string, number[]>;
}

export interface UnitBookInput {
  unit: { id: string; name: string };
  parts: readonly PartLike[];
  taskById: ReadonlyMap<string, Task>;
  nameOf: (id: string) => string;
  finished?: Record<string, number[]>;
}

export function unitBook(i: UnitBookInput): UnitBook {
  return {
    id: i.unit.id,
    name: i.unit.name,
    tasks: i.parts.flatMap((p) => {
      const t = i.taskById.get(p.task);
      if (!t) return [];
      return [
        {
          id: t.id,
          title: t.title,
          timeframe: periodLabel(t),
          start: t.period?.start ?? null,
          leads: p.leads,
          role: roleText(p, i.unit.id, i.nameOf),
        },
      ];
    }),
    finished: i.finished ?? {},
  };
}

/** The quantified targets every form asks about. */
export const formTargets = (targets: readonly Target[]): FormIndex['targets'] =>
  targets.filter((t) => t.kind === 'dinh-luong').map((t) => ({ id: t.id, measure: t.measure, unit: t.unit }));

/** The unit's form for a year, from its file: the client's side of unit-form.ts. */
export function formFromUnit(book: UnitBook, targets: FormIndex['targets'], year: number): UnitForm {
  return {
    unit: { id: book.id, name: book.name },
    year,
    tasks: book.tasks.flatMap((t) => {
      const done = book.finished[t.id]?.includes(year) ?? false;
      if (!isDue({ period: t.start === null ? null : { start: t.start, end: t.start } }, year, done)) return [];
      return [{ id: t.id, title: t.title, leads: t.leads, role: t.role, timeframe: t.timeframe }];
    }),
    targets,
  };
}

/** The form page's block: the accepted years, the one being reported on, the targets. */
export function formIndexOf(site: SiteData, urls: { units: string; list: string }): FormIndex {
  const { first, last } = site.reporting.accepted;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  // The year being reported on: the as-of date's year (reproducible: the commit's date, never the build clock).
  const current = Number(site.reporting.asOf.slice(0, 4));
  return {
    years,
    defaultYear: Math.min(last, Math.max(first, current)),
    targets: formTargets(site.targets),
    unitsUrl: urls.units,
    unitList: urls.list,
  };
}

/** Every reporting unit's file, by file name (<unit>.json): computed once per build. */
export function unitBookFiles(site: SiteData): Record<string, string> {
  const { years } = formIndexOf(site, { units: '', list: '' });
  const finishedIn = (unit: string) => {
    const out: Record<string, number[]> = {};
    for (const y of years) for (const task of finishedBefore(site, unit, y).keys()) (out[task] ??= []).push(y);
    return out;
  };
  const nameOf = (id: string) => site.agencyById.get(id)?.name ?? site.registry.unitById.get(id)?.name ?? id;
  return Object.fromEntries(
    site.registry.units.map((u) => [
      `${u.id}.json`,
      JSON.stringify(
        unitBook({
          unit: u,
          parts: site.participation.byUnit.get(u.id) ?? [],
          taskById: site.taskById,
          nameOf,
          finished: finishedIn(u.id),
        }),
      ),
    ]),
  );
}

/**
 * The picker's list of units, [id, name] in registry order: a file of its own (/nop-bao-cao/don-vi.json), because at
 * national scale it alone would weigh a page down (about 130 bytes a unit as <option>s: 0.94 MB at 7,000 units), and
 * the form cannot be used without the script that fetches it anyway.
 */
export const unitListFile = (site: SiteData): string => JSON.stringify(site.registry.units.map((u) => [u.id, u.name]));
