// How one year's results are paged (issue 15): the year page and its later pages (/ket-qua/<năm>/trang/<n>/) each
// hold one slice of the tasks (PAGE_SIZE), of the units' proposals and of the units' reports (UNIT_PAGE_SIZE). Computed once per year
// and build, not on each of the year's pages.
import type { Agency } from '../schemas/index.ts';
import { pageCount, UNIT_PAGE_SIZE } from './paging.ts';
import { unitsByLevel } from './registry.ts';
import type { SiteData } from './site-data.ts';

export interface YearPaging {
  /** Pages of the year's results: the longest of its three lists decides. */
  last: number;
  /** Reporting units, level by level. */
  units: Agency[];
  /** The units whose report of the year has proposals, in the same order. */
  withProposals: { unit: Agency; proposals: string[] }[];
}

const cache = new WeakMap<SiteData, Map<number, YearPaging>>();

export function yearPaging(d: SiteData, year: number): YearPaging {
  const perYear = cache.get(d) ?? new Map<number, YearPaging>();
  cache.set(d, perYear);
  let paging = perYear.get(year);
  if (!paging) {
    const byUnit = d.reporting.derived.units.get(year)!;
    const units = unitsByLevel(d.registry);
    const withProposals = units.flatMap((unit) => {
      const { proposals } = byUnit.get(unit.id)!;
      return proposals.length ? [{ unit, proposals }] : [];
    });
    paging = {
      units,
      withProposals,
      last: Math.max(pageCount(d.tasks.length), pageCount(units.length, UNIT_PAGE_SIZE), pageCount(withProposals.length, UNIT_PAGE_SIZE)),
    };
    perYear.set(year, paging);
  }
  return paging;
}
