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
  const periods = tasks.flatMap((t) => (t.period ? [t.period] : []));
  if (periods.length === 0) throw new Error('no task states a timeframe: there is no scale to draw against');
  return { start: Math.min(...periods.map((p) => p.start)), end: Math.max(...periods.map((p) => p.end)) };
}

export const yearsOf = (s: YearSpan): number[] => Array.from({ length: s.end - s.start + 1 }, (_, i) => s.start + i);

/** "6 năm" for 2025–2030: the plan's ranges include both years. */
export const yearCount = (p: YearSpan): number => p.end - p.start + 1;
