// The progress overview (home page, each year page): how many tasks are in each state, by appendix and by reporting
// unit, Hanoi's part only, from the per-unit model (src/lib/reporting-rules.ts). Every count comes with the task-list
// URL that shows exactly those tasks (the same filter functions as /nhiem-vu/, src/lib/task-filter.ts) and with
// words a screen reader can read out of context ("12 nhiệm vụ chưa báo cáo thuộc Phụ lục II").
import type { Agency, ReportingLevel } from '../schemas/index.ts';
import { overviewLabels, overviewOrder, overviewState, stateOrder, type OverviewState, type StateId } from './reporting-rules.ts';
import type { SiteData } from './site-data.ts';
import { EMPTY, stateToQuery, type FilterState, type Part } from './task-filter.ts';
import { url } from './urls.ts';

export interface Count<S extends string = OverviewState> {
  state: S;
  n: number;
  /** The task list filtered to exactly these tasks. */
  href: string;
  /** What the link says to assistive technology. */
  label: string;
}

export interface AppendixProgress {
  part: Part;
  /** "Phụ lục I, phần I". */
  name: string;
  total: number;
  counts: Count[];
}

export interface UnitProgress {
  unit: Agency;
  level: ReportingLevel;
  /** Tasks the unit takes part in. */
  total: number;
  /** Whether its yearly report for the year is published. */
  reported: boolean;
  counts: Count<StateId>[];
}

export interface Progress {
  year: number;
  /** Reporting units, and how many of them have a published yearly report for the year. */
  unitCount: number;
  reportedCount: number;
  /** States present, in display order: the table's rows and the chart's series. */
  states: OverviewState[];
  appendices: AppendixProgress[];
  /** Every task, by state (the table's last column). */
  total: Count[];
  taskCount: number;
  units: UnitProgress[];
}

export const APPENDIX_PARTS: readonly { part: Part; name: string }[] = [
  { part: '1-i', name: 'Phụ lục I, phần I' },
  { part: '1-ii', name: 'Phụ lục I, phần II' },
  { part: '2', name: 'Phụ lục II' },
];

const partOf = (t: { appendix: string; part: string | null }): Part => (t.appendix === 'II' ? '2' : t.part === 'I' ? '1-i' : '1-ii');

/** "12 nhiệm vụ chưa báo cáo", "4 nhiệm vụ có các đơn vị ở trạng thái khác nhau": a count in words. */
export function countWords(n: number, s: OverviewState): string {
  if (s === 'khac-nhau') return `${n} nhiệm vụ có các đơn vị ở trạng thái khác nhau`;
  if (s === 'khong-co-don-vi') return `${n} nhiệm vụ không có đơn vị của Thành phố tham gia`;
  return `${n} nhiệm vụ ${overviewLabels[s].toLowerCase()}`;
}

/** /nhiem-vu/ filtered: the URL a GET submission of its form makes. */
export const taskListHref = (f: Partial<FilterState>): string => `${url('nhiem-vu/')}${stateToQuery({ ...EMPTY, ...f })}`;

const cache = new WeakMap<SiteData, Map<number, Progress>>();

/** The year's progress, computed once per year and build: the year's pages each show a slice of its units. */
export function progress(d: SiteData, year: number): Progress {
  const perYear = cache.get(d) ?? new Map<number, Progress>();
  cache.set(d, perYear);
  let p = perYear.get(year);
  if (!p) {
    p = computeProgress(d, year);
    perYear.set(year, p);
  }
  return p;
}

function computeProgress(d: SiteData, year: number): Progress {
  const views = d.reporting.derived.tasks.get(year)!;
  const yearly = d.reporting.yearly.get(year);
  const stateOf = new Map(d.tasks.map((t) => [t.id, overviewState(views.get(t.id)!)]));
  const count = (ids: string[]) => {
    const m = new Map<OverviewState, number>();
    for (const id of ids) m.set(stateOf.get(id)!, (m.get(stateOf.get(id)!) ?? 0) + 1);
    return m;
  };
  const all = count(d.tasks.map((t) => t.id));
  const states = overviewOrder.filter((s) => all.has(s));
  const label = (n: number, s: OverviewState, where: string) => `${countWords(n, s)} ${where}`;
  const appendices = APPENDIX_PARTS.map(({ part, name }) => {
    const ids = d.tasks.filter((t) => partOf(t) === part).map((t) => t.id);
    const c = count(ids);
    return {
      part,
      name,
      total: ids.length,
      counts: states.map((state) => ({
        state,
        n: c.get(state) ?? 0,
        href: taskListHref({ part, state }),
        label: label(c.get(state) ?? 0, state, `thuộc ${name}`),
      })),
    };
  });
  const partsOf = new Map<string, { state: StateId }[]>();
  for (const v of views.values()) for (const p of v.parts) partsOf.set(p.unit, [...(partsOf.get(p.unit) ?? []), p]);
  const units = d.registry.units.flatMap((u) => {
    const parts = partsOf.get(u.id) ?? [];
    if (parts.length === 0) return [];
    const c = new Map<StateId, number>();
    for (const p of parts) c.set(p.state, (c.get(p.state) ?? 0) + 1);
    return [
      {
        unit: u,
        level: d.registry.level.get(u.id)!,
        total: parts.length,
        reported: yearly?.has(u.id) ?? false,
        counts: stateOrder
          .filter((s) => c.has(s))
          .map((state) => ({
            state,
            n: c.get(state)!,
            href: taskListHref({ unit: u.id, state }),
            label: label(c.get(state)!, state, `với phần việc của ${u.name}`),
          })),
      },
    ];
  });
  return {
    year,
    unitCount: d.registry.units.length,
    reportedCount: yearly?.size ?? 0,
    states,
    appendices,
    total: states.map((state) => ({
      state,
      n: all.get(state)!,
      href: taskListHref({ state }),
      label: label(all.get(state)!, state, 'trong cả hai phụ lục'),
    })),
    taskCount: d.tasks.length,
    units,
  };
}
