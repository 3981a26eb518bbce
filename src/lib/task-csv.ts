// The columns of tasks.csv, shared by the open data (dist/data/tasks.csv, per-agency files) and the task list's
// "download what is shown" (src/scripts/task-list.ts), so a filtered download has exactly the columns of the
// full file. No imports beyond the CSV writer and types: the task list's script bundles this file.
import type { OpenTask } from '../schemas/open-data.ts';
import { csvOf, type CsvColumns } from './csv.ts';

type Roles = OpenTask['lead'];
const roles = (rs: Roles, nameOf: (id: string) => string) =>
  rs.map((r) => `${nameOf(r.agency)}${r.condition ? ` (${r.condition})` : ''}`).join('; ');

/** The columns of tasks.csv; agency names come from `nameOf`. */
export const taskCsvColumns = (nameOf: (id: string) => string): CsvColumns<OpenTask> => ({
  id: (t) => t.id,
  appendix: (t) => t.appendix,
  part: (t) => t.part,
  number: (t) => t.number,
  title: (t) => t.title,
  lead: (t) => roles(t.lead, nameOf),
  lead_ids: (t) => t.lead.map((r) => r.agency).join(';'),
  coordinating: (t) => roles(t.coordinating, nameOf),
  coordinating_ids: (t) => t.coordinating.map((r) => r.agency).join(';'),
  period_start: (t) => t.period?.start,
  period_end: (t) => t.period?.end,
  period_as_written: (t) => t.period_as_written,
  url: (t) => t.url,
});

/** tasks.csv for any list of tasks, in the order given. */
export const tasksCsv = (tasks: OpenTask[], nameOf: (id: string) => string): string => csvOf(taskCsvColumns(nameOf), tasks);
