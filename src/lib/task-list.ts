// What /nhiem-vu/ offers to filter on, computed once from the data for both the page and its no-JS stylesheet
// (src/pages/nhiem-vu/loc.css.ts), so the form's choices and the CSS rules cannot drift apart.
import type { Agency } from '../schemas/index.ts';
import type { SiteData } from './site-data.ts';
import { stateOrder, type StateId, type TaskYear } from './reporting-rules.ts';
import type { Choices } from './task-filter.ts';
import { planSpan, yearsOf } from './timeframe.ts';

export interface TaskListChoices extends Choices {
  /** Bodies that appear in the appendices: choosing any other would always give an empty table. */
  listed: Agency[];
  span: { start: number; end: number };
  /** States of single-lead tasks in the latest year with reports, in display order; empty while none is published. */
  states: StateId[];
}

export function taskListChoices(d: SiteData): TaskListChoices {
  const listed = d.agencies.filter((a) => {
    const n = d.tasksByAgency.get(a.id)!;
    return n.lead.length + n.coordinating.length > 0;
  });
  const span = planSpan(d.tasks);
  const latest = latestTaskStates(d);
  const states = latest ? stateOrder.filter((st) => [...latest.values()].some((x) => x.state === st)) : [];
  return { listed, agencies: listed.map((a) => a.id), span, years: yearsOf(span), states };
}

/** Each task in the latest year with reports, or null while none is published. */
export function latestTaskStates(d: SiteData): Map<string, TaskYear> | null {
  const year = d.reporting.years.at(-1);
  return year === undefined ? null : d.reporting.derived.tasks.get(year)!;
}
