// What /nhiem-vu/ offers to filter on, computed once from the data for both the page and its no-JS stylesheet
// (src/pages/nhiem-vu/loc.css.ts), so the form's choices and the CSS rules cannot drift apart. States come from the
// per-unit model, for the overview year (src/lib/progress.ts), so a count of the overview and the list it links to
// are the same tasks.
import type { Agency } from '../schemas/index.ts';
import type { SiteData } from './site-data.ts';
import { overviewOrder, overviewState, type OverviewState, type TaskYear } from './reporting-rules.ts';
import { encodeParts, type Choices } from './task-filter.ts';
import { planSpan, yearsOf } from './timeframe.ts';

export interface TaskListChoices extends Choices {
  /** Bodies that appear in the appendices: choosing any other would always give an empty table. */
  listed: Agency[];
  /** Reporting units that take part in at least one task, in registry order. */
  unitList: Agency[];
  span: { start: number; end: number };
  /** The tasks' overview states and the units' part states of the overview year, in display order. */
  states: OverviewState[];
}

export function taskListChoices(d: SiteData): TaskListChoices {
  const listed = d.agencies.filter((a) => {
    const n = d.tasksByAgency.get(a.id)!;
    return n.lead.length + n.coordinating.length > 0;
  });
  const span = planSpan(d.tasks);
  const views = [...overviewTaskStates(d).values()];
  const present = new Set<OverviewState>(views.flatMap((v) => [overviewState(v), ...v.parts.map((p) => p.state)]));
  const unitList = d.registry.units.filter((u) => (d.participation.byUnit.get(u.id) ?? []).length > 0);
  return {
    listed,
    agencies: listed.map((a) => a.id),
    unitList,
    units: unitList.map((u) => u.id),
    levelOf: (u) => d.registry.level.get(u)!,
    span,
    years: yearsOf(span),
    states: overviewOrder.filter((st) => present.has(st)),
  };
}

/** A row's parts for the filters (src/lib/task-filter.ts encodeParts): a whole level of units in one token. */
export function rowParts(d: SiteData, v: TaskYear): string[] {
  let sizes = levelSizes.get(d);
  if (!sizes) {
    sizes = new Map<string, number>();
    for (const l of d.registry.level.values()) sizes.set(l, (sizes.get(l) ?? 0) + 1);
    levelSizes.set(d, sizes);
  }
  return encodeParts(v.parts, d.registry.level, sizes);
}
const levelSizes = new WeakMap<SiteData, Map<string, number>>();

/** Each task in the overview year (src/lib/site-data.ts overviewYear), whether or not any unit has reported for it. */
export const overviewTaskStates = (d: SiteData): Map<string, TaskYear> => d.reporting.derived.tasks.get(d.reporting.overviewYear)!;
