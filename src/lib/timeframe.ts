import type { Task } from '../schemas/index.ts';

/** A span of whole calendar years, both ends included. */
export interface YearSpan {
  start: number;
  end: number;
}

/**
 * The scale every timeframe is drawn against. The plan states no single overall period, so the scale runs from the
 * earliest to the latest year written in the appendices' "Thời gian thực hiện" column; the pages say so.
 */
export function planSpan(tasks: Pick<Task, 'period'>[]): YearSpan {
  // Every task page draws against the same scale: computed once per list, not once per page (issue 15: a scan of
  // every task on each of the task pages made the build grow with the square of the plan).
  const hit = spans.get(tasks);
  if (hit) return hit;
  let start = Infinity;
  let end = -Infinity;
  for (const t of tasks) if (t.period) [start, end] = [Math.min(start, t.period.start), Math.max(end, t.period.end)];
  if (start === Infinity) throw new Error('no task states a timeframe: there is no scale to draw against');
  const span = { start, end };
  spans.set(tasks, span);
  return span;
}
const spans = new WeakMap<object, YearSpan>();

export const yearsOf = (s: YearSpan): number[] => Array.from({ length: s.end - s.start + 1 }, (_, i) => s.start + i);

/** "6 năm" for 2025–2030: the plan's ranges include both years. */
export const yearCount = (p: YearSpan): number => p.end - p.start + 1;
