// The report of one year from the one data module: the Word draft (src/cli/draft-report.ts) and the printable public
// page (/ket-qua/<year>/in/) both start here, so they say the same things from the same data.
import type { SiteData } from '../lib/site-data.ts';
import { roleLabels } from '../lib/registry.ts';
import { stateLabels, stateOrder, timelinessLabels, type StateId } from '../lib/reporting-rules.ts';
import { composeReport } from './compose.ts';
import type { ReportDoc } from './model.ts';
import { printParts, type PrintPart } from './print-parts.ts';

/** Years a report can be drafted for: those with published submissions. */
export const reportYears = (data: SiteData): number[] => data.reporting.years.filter((y) => data.reporting.derived.units.has(y));

export function reportForYear(data: SiteData, year: number): ReportDoc {
  const { reporting, registry } = data;
  const units = reporting.derived.units.get(year);
  const tasks = reporting.derived.tasks.get(year);
  if (!units || !tasks) throw new Error(`Chưa có báo cáo nào của năm ${year}; các năm đã có: ${reportYears(data).join(', ') || 'chưa có'}`);
  const name = (id: string) => registry.unitById.get(id)?.name ?? data.agencyById.get(id)?.name ?? id;
  return composeReport({
    year,
    sample: reporting.sample,
    asOf: reporting.asOf,
    blocks: data.blocks,
    tasks: data.tasks,
    targets: data.targets,
    linksByTask: data.linksByTask,
    unitName: name,
    taskYears: tasks,
    unitYears: registry.units.map((u) => units.get(u.id)!),
    submissions: reporting.submissions.filter((s) => s.year === year),
    labels: {
      state: (id) => stateLabels[id as StateId] ?? id,
      role: (id) => (roleLabels as Record<string, string>)[id] ?? id,
      timeliness: timelinessLabels,
      timelinessOrder: Object.keys(timelinessLabels),
      stateOrder,
    },
    cityReporter: (id) => {
      const t = data.targetById.get(id) as { reporter?: string | null } | undefined;
      return t?.reporter ?? null;
    },
    wards: { listed: registry.wardCount.listed, expected: registry.wardCount.expected },
  });
}

// The printable report's parts (print-parts.ts) of the year asked last: a year's parts are rendered one after
// another, and keeping one year only holds one document in memory, not ten (35 MB of text each at 20,000 tasks).
let lastPrint: { data: SiteData; year: number; doc: ReportDoc; parts: PrintPart[] } | null = null;

/** The year's report and its printable parts (/ket-qua/<năm>/in/, /ket-qua/<năm>/in/trang/<n>/). */
export function printedReport(data: SiteData, year: number): { doc: ReportDoc; parts: PrintPart[] } {
  if (lastPrint?.data !== data || lastPrint.year !== year) {
    const doc = reportForYear(data, year);
    lastPrint = { data, year, doc, parts: printParts(doc) };
  }
  return lastPrint;
}
