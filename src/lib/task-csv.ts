// One row of tasks.csv, shared by the open data (dist/data/tasks.csv, per-agency files) and the task list's
// "download what is shown" (src/scripts/task-list.ts), so a filtered download has exactly the columns of the
// full file. No imports beyond the CSV writer and types: the task list's script bundles this file.
import type { OpenTask } from '../schemas/open-data.ts';
import { toCsv } from './csv.ts';

export const TASK_CSV_HEADER = [
  'id',
  'appendix',
  'part',
  'number',
  'title',
  'lead',
  'lead_ids',
  'coordinating',
  'coordinating_ids',
  'period_start',
  'period_end',
  'period_as_written',
  'url',
];

type Roles = OpenTask['lead'];
const roles = (rs: Roles, nameOf: (id: string) => string) =>
  rs.map((r) => `${nameOf(r.agency)}${r.condition ? ` (${r.condition})` : ''}`).join('; ');

export function taskCsvRow(t: OpenTask, nameOf: (id: string) => string): (string | number | null | undefined)[] {
  return [
    t.id,
    t.appendix,
    t.part,
    t.number,
    t.title,
    roles(t.lead, nameOf),
    t.lead.map((r) => r.agency).join(';'),
    roles(t.coordinating, nameOf),
    t.coordinating.map((r) => r.agency).join(';'),
    t.period?.start,
    t.period?.end,
    t.period_as_written,
    t.url,
  ];
}

/** tasks.csv for any list of tasks, in the order given. */
export const tasksCsv = (tasks: OpenTask[], nameOf: (id: string) => string): string =>
  toCsv(
    TASK_CSV_HEADER,
    tasks.map((t) => taskCsvRow(t, nameOf)),
  );
