// Which yearly report is due next and which are overdue, as of the date of the commit being built (src/lib/as-of.ts),
// never the build machine's clock. Section IV.4: every Sở, ban, ngành and every UBND phường, xã sends its results
// before 01 December each year; ministries do not report to Hanoi and are not reporting units here.
import { timeliness, yearlyDeadline } from './reporting-rules.ts';

export interface YearDue {
  year: number;
  /** The deadline, YYYY-MM-DD (the report must be dated before it). */
  deadline: string;
  /** Reporting units whose yearly report for that year the site has, and those it has not. */
  received: string[];
  missing: string[];
}

export interface Deadlines {
  asOf: string;
  /** The next yearly report not yet due. */
  next: { year: number; deadline: string };
  /** Years whose deadline has passed, newest first, each with the units not received. */
  passed: YearDue[];
}

/** `units` are the reporting units' ids; `has(year, unit)` says whether that unit's yearly report is published. */
export function deadlines(asOf: string, firstYear: number, units: string[], has: (year: number, unit: string) => boolean): Deadlines {
  const y = Number(asOf.slice(0, 4));
  const nextYear = timeliness(y, null, asOf) === 'chua-den-han' ? y : y + 1;
  const passed: YearDue[] = [];
  for (let year = nextYear - 1; year >= firstYear; year--) {
    const received = units.filter((u) => has(year, u));
    passed.push({ year, deadline: yearlyDeadline(year), received, missing: units.filter((u) => !has(year, u)) });
  }
  return { asOf, next: { year: nextYear, deadline: yearlyDeadline(nextYear) }, passed };
}
