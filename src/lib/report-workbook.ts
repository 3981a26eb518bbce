// A filled unit workbook committed as content/reports/<năm>/<mã đơn vị>.xlsx is a submission exactly like the YAML:
// the same schema, the same checks against the plan and the registry (reports.ts checkSubmission), with problems
// named by sheet and cell instead of line. The editor can so publish a unit's file as received, through the
// repository's web interface, without converting it.
//
// Opening a workbook is asynchronous (ExcelJS unzips it), while the data module reads synchronously, so the two
// steps are apart: openReportWorkbooks() opens every .xlsx under the reports folder beforehand, and the loader reads
// the opened workbooks. siteData() and the CLIs do the first step for the loader; a loader given no opened workbook
// says so rather than skipping the file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { submissionSchema } from '../schemas/report.ts';
import type { Problem } from './data-file.ts';
import { checkSubmission, type LoadedSubmission, type ReportContext } from './reports.ts';
import { formOfUnit, type FormSource } from './unit-form.ts';
import { cellRefText, openWorkbook, readOpened, validateValues, type OpenedWorkbook } from './workbook/read.ts';

/** <mã đơn vị>.xlsx: a yearly report. (Ad-hoc reports and the consolidated report stay YAML.) */
export const WORKBOOK_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.xlsx$/;

export type OpenedWorkbooks = ReadonlyMap<string, OpenedWorkbook>;

/** Open every <năm>/<mã đơn vị>.xlsx under a reports folder, keyed by full path. A missing folder opens none. */
export async function openReportWorkbooks(full: string): Promise<OpenedWorkbooks> {
  const out = new Map<string, OpenedWorkbook>();
  if (!existsSync(full)) return out;
  for (const y of readdirSync(full, { withFileTypes: true })) {
    if (!y.isDirectory() || !/^\d{4}$/.test(y.name)) continue;
    for (const f of readdirSync(join(full, y.name), { withFileTypes: true }))
      if (f.isFile() && WORKBOOK_FILE.test(f.name)) {
        const path = join(full, y.name, f.name);
        out.set(path, await openWorkbook(readFileSync(path)));
      }
  }
  return out;
}

/** Read and check one committed workbook, as readReportFile does a YAML file. */
export function readWorkbookReport(
  path: string,
  folderYear: number,
  ctx: ReportContext,
  root: string,
  opened: OpenedWorkbook | undefined,
): { problems: Problem[]; submission?: LoadedSubmission } {
  const file = relative(root, path) || path;
  const name = path.split(/[\\/]/).pop()!;
  const error = (message: string): Problem => ({ file, line: null, where: '', message, severity: 'error' });
  if (existsSync(path.replace(/\.xlsx$/, '.yaml')))
    return {
      problems: [
        error(
          `đơn vị đã có tệp ${name.replace(/\.xlsx$/, '.yaml')} cho năm ${folderYear}: mỗi đơn vị một năm chỉ có một tệp, .xlsx hoặc .yaml. Xóa một trong hai tệp`,
        ),
      ],
    };
  if (!opened)
    return {
      problems: [error('tệp bảng tính chưa được mở trước khi đọc (lỗi của chương trình: hãy dùng siteData() hoặc openReportWorkbooks)')],
    };
  const src: FormSource = {
    unitById: ctx.registry.unitById,
    partsOf: (unit) => ctx.participation.byUnit.get(unit) ?? [],
    taskById: new Map(ctx.tasks.map((t) => [t.id, t])),
    targets: ctx.targets,
    nameOf: (id) => ctx.agencies.find((a) => a.id === id)?.name ?? ctx.registry.unitById.get(id)?.name ?? id,
  };
  const read = readOpened(opened, file, (unit, year) => formOfUnit(src, unit, year, { all: true }));
  const { problems } = validateValues(read, submissionSchema);
  if (problems.length || !read.values) return { problems };
  return checkSubmission(
    {
      file,
      data: read.values,
      problems: [],
      lineOf: () => null,
      placeOf: (p) => {
        const ref = read.locate(p);
        return ref ? cellRefText(ref) : null;
      },
    },
    name,
    folderYear,
    ctx,
  );
}
