// Reads a filled unit workbook back into a submission, the same plain values a YAML file would give, and says in
// Vietnamese what is wrong where: file, sheet, cell, task and what to write. Rows are found by their task code and
// fields by their column header, so sorting rows, inserting blank rows or re-saving in LibreOffice changes nothing.
// The values are then checked by the SAME zod schema as the YAML (validateValues), with every issue mapped back
// to the cell it came from.
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { reportedStatuses } from '../../schemas/report.ts';
import type { Problem } from '../data-file.ts';
import { cellDate, cellNumber, cellText, isBlank, type Parsed } from './cells.ts';
import {
  DOCUMENT_FIELDS,
  META,
  NOT_APPLICABLE,
  PROPOSAL_COLUMNS,
  SHEETS,
  TARGET_COLUMNS,
  TASK_COLUMNS,
  TEMPLATE_VERSION,
  UNIT_LABEL,
  YEAR_LABEL,
  letterOf,
  type Column,
} from './layout.ts';
import { evidenceFromText, type SubmissionValues, type UnitForm } from './model.ts';

type Status = keyof typeof reportedStatuses;
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const fold = (s: string) => norm(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
const labelList = Object.values(reportedStatuses)
  .map((l) => `"${l}"`)
  .join(', ');

/** Status code of a cell: the exact label from the dropdown (or the code itself); anything else is an error. */
export function statusFromLabel(text: string): Parsed<Status | null> {
  if (text === '') return { ok: true, value: null };
  for (const [code, label] of Object.entries(reportedStatuses) as [Status, string][])
    if (norm(label) === norm(text) || code === norm(text)) return { ok: true, value: code };
  const near = (Object.entries(reportedStatuses) as [Status, string][]).find(([, label]) => fold(label) === fold(text));
  return {
    ok: false,
    message: near
      ? `"${text}" được gõ tay, không đúng nhãn trong danh sách; hãy bấm vào ô và chọn "${near[1]}" trong danh sách`
      : `"${text}" không phải một trạng thái; hãy bấm vào ô và chọn trong danh sách: ${labelList}`,
  };
}

/** Where a value came from, for messages: `Sheet "Nhiệm vụ", ô E10`, plus the task or target it belongs to. */
export interface CellRef {
  sheet: string;
  cell: string;
  /** "nhiệm vụ pl2-07", "mục tiêu …", "đề xuất thứ 2". */
  item?: string;
}
export const cellRefText = (r: CellRef): string => [`Sheet "${r.sheet}", ô ${r.cell}`, r.item].filter(Boolean).join(' › ');

export interface WorkbookRead {
  file: string;
  /** Null when the workbook cannot be read at all (not a workbook, not our template, a sheet missing). */
  values: SubmissionValues | null;
  problems: Problem[];
  /** The cell a path of the submission came from (["tasks", 2, "status"] → E12 of "Nhiệm vụ"). */
  locate: (path: readonly PropertyKey[]) => CellRef | null;
}

const key = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** Find each expected header in the header row (by text, so a moved column is still found). */
function columnsOf(ws: ExcelJS.Worksheet, row: number, columns: readonly Column[]): Map<string, number> | string[] {
  const found = new Map<string, number>();
  const r = ws.getRow(row);
  for (let c = 1; c <= Math.max(r.cellCount, columns.length); c++) {
    const text = norm(cellText(r.getCell(c).value));
    const col = columns.find((x) => norm(x.header) === text);
    if (col && !found.has(col.key)) found.set(col.key, c);
  }
  const missing = columns.filter((c) => !found.has(c.key)).map((c) => c.header);
  return missing.length ? missing : found;
}

/** A workbook opened in memory (the async part: unzipping), or why it could not be opened. */
export type OpenedWorkbook = { ok: true; wb: ExcelJS.Workbook } | { ok: false };

/** Open .xlsx bytes. Kept apart from reading so that a synchronous loader can take workbooks opened beforehand. */
export async function openWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<OpenedWorkbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load((bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) as unknown as ArrayBuffer);
    return { ok: true, wb };
  } catch {
    return { ok: false };
  }
}

/**
 * Read one workbook. `form`, when given, says what the unit takes part in that year: a row for another task is
 * refused, and only rows the unit leads may carry a percent.
 */
export async function readWorkbook(
  bytes: ArrayBuffer | Uint8Array,
  file: string,
  form?: (unit: string, year: number) => UnitForm | null,
): Promise<WorkbookRead> {
  return readOpened(await openWorkbook(bytes), file, form);
}

/** The synchronous part of readWorkbook, over a workbook already opened. */
export function readOpened(opened: OpenedWorkbook, file: string, form?: (unit: string, year: number) => UnitForm | null): WorkbookRead {
  const problems: Problem[] = [];
  const cells = new Map<string, CellRef>();
  const fail = (where: string, message: string): WorkbookRead => ({
    file,
    values: null,
    locate: () => null,
    problems: [...problems, { file, line: null, where, message, severity: 'error' }],
  });
  const add = (ref: CellRef, message: string) => problems.push({ file, line: null, where: cellRefText(ref), message, severity: 'error' });

  if (!opened.ok)
    return fail(
      '',
      'không mở được tệp: tệp hỏng hoặc không phải tệp Excel .xlsx. Nếu tệp là .xls (Excel 97–2003) hoặc .ods, hãy mở rồi "Lưu thành" dạng Excel Workbook (.xlsx)',
    );
  const wb = opened.wb;
  const names = wb.worksheets.map((w) => w.name);
  const sheet = (name: string) => wb.worksheets.find((w) => w.name.normalize('NFC').trim() === name);
  const missingSheet = (name: string) =>
    fail(
      `Sheet "${name}"`,
      `không tìm thấy sheet "${name}" (các sheet trong tệp: ${names.map((n) => `"${n}"`).join(', ')}). Sheet có thể đã bị đổi tên hoặc xóa: hãy đổi tên lại đúng "${name}", hoặc điền lại trên mẫu mới`,
    );

  const meta = sheet(SHEETS.meta);
  if (!meta)
    return fail(
      '',
      `tệp không phải mẫu báo cáo do trang web tạo (thiếu phần thông tin ẩn ghi mã đơn vị và năm). Hãy tải mẫu của đơn vị (npm run new-report hoặc trang /nop-bao-cao/) rồi điền vào đó`,
    );
  const unit = cellText(meta.getCell(META.unit, 2).value);
  const year = Number(cellText(meta.getCell(META.year, 2).value));
  const version = cellText(meta.getCell(META.version, 2).value);
  if (version !== TEMPLATE_VERSION)
    return fail(
      '',
      `mẫu tệp thuộc phiên bản "${version || 'không rõ'}", trang web đọc phiên bản "${TEMPLATE_VERSION}". Hãy chép nội dung sang mẫu mới tải`,
    );
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(unit) || !Number.isInteger(year))
    return fail('', 'phần thông tin ẩn của tệp (mã đơn vị, năm) đã bị sửa hoặc hỏng; hãy điền lại trên mẫu mới tải');

  const unitForm = form ? form(unit, year) : null;
  if (form && !unitForm)
    return fail('', `mã đơn vị "${unit}" trong tệp không phải một đơn vị báo cáo của năm ${year} trong danh sách đơn vị`);

  const ws = sheet(SHEETS.tasks);
  if (!ws) return missingSheet(SHEETS.tasks);
  const wsProposals = sheet(SHEETS.proposals);
  if (!wsProposals) return missingSheet(SHEETS.proposals);
  const wsTargets = sheet(SHEETS.targets);
  if (!wsTargets) return missingSheet(SHEETS.targets);

  // Top of "Nhiệm vụ": rows found by the label in column A.
  const labelRow = new Map<string, number>();
  let headRow = 0;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const a = norm(cellText(row.getCell(1).value));
    if (!headRow && a === norm(TASK_COLUMNS[0].header)) headRow = n;
    else if (!headRow && a && !labelRow.has(a)) labelRow.set(a, n);
  });
  const unitRow = labelRow.get(norm(UNIT_LABEL));
  if (unitRow) {
    const shown = cellText(ws.getCell(unitRow, 2).value);
    const m = /\(mã: ([a-z0-9-]+)\)/.exec(shown);
    if (m && m[1] !== unit)
      add(
        { sheet: SHEETS.tasks, cell: `B${unitRow}` },
        `ô ghi đơn vị "${m[1]}" nhưng tệp là mẫu của đơn vị "${unit}". Mỗi đơn vị dùng mẫu của chính mình: hãy tải mẫu của "${m[1]}" nếu đó là đơn vị của anh/chị`,
      );
  }
  const yearRow = labelRow.get(norm(YEAR_LABEL));
  if (yearRow) {
    const shown = cellText(ws.getCell(yearRow, 2).value);
    if (shown && shown !== String(year))
      add({ sheet: SHEETS.tasks, cell: `B${yearRow}` }, `ô ghi năm ${shown} nhưng tệp là mẫu năm ${year}; hãy dùng mẫu của năm ${shown}`);
  }

  const document: Record<string, unknown> = {};
  for (const f of DOCUMENT_FIELDS) {
    const row = labelRow.get(norm(f.label));
    if (!row)
      return fail(`Sheet "${SHEETS.tasks}"`, `không tìm thấy dòng "${f.label}" ở đầu sheet (cột A); đừng xóa hay sửa các dòng tiêu đề này`);
    const ref: CellRef = { sheet: SHEETS.tasks, cell: `B${row}`, item: f.label.toLowerCase() };
    cells.set(key(['document', f.key]), ref);
    const v = ws.getCell(row, 2).value;
    if (f.kind === 'date') {
      const d = cellDate(v);
      if (d.ok) document[f.key] = d.value ?? undefined;
      else add(ref, d.message);
    } else {
      const t = cellText(v);
      if (t) document[f.key] = t;
    }
  }

  if (!headRow)
    return fail(
      `Sheet "${SHEETS.tasks}"`,
      `không tìm thấy dòng tiêu đề bảng (ô cột A ghi "${TASK_COLUMNS[0].header}"); đừng sửa hay xóa dòng tiêu đề`,
    );
  const cols = columnsOf(ws, headRow, TASK_COLUMNS);
  if (Array.isArray(cols))
    return fail(
      `Sheet "${SHEETS.tasks}", dòng ${headRow}`,
      `thiếu cột ${cols.map((c) => `"${c}"`).join(', ')} trong dòng tiêu đề; đừng xóa cột hay sửa tiêu đề cột`,
    );
  const at = (row: number, k: string) => `${letterOf(cols.get(k)!)}${row}`;

  const taskById = new Map(unitForm?.tasks.map((t) => [t.id, t]));
  const tasks: SubmissionValues['tasks'] = [];
  const rows: { entry: SubmissionValues['tasks'][number]; refs: Record<string, CellRef>; order: number }[] = [];
  const seen = new Map<string, number>();
  const inputs = TASK_COLUMNS.filter((c) => !c.locked).map((c) => c.key);
  for (let n = headRow + 1; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    const get = (k: string) => row.getCell(cols.get(k)!);
    const code = cellText(get('task').value).toLowerCase();
    const filled = inputs.filter((k) => !isBlank(get(k).value) && !(k === 'percent' && norm(cellText(get(k).value)) === NOT_APPLICABLE));
    if (!code) {
      if (filled.length)
        add(
          { sheet: SHEETS.tasks, cell: at(n, 'task') },
          `dòng ${n} có nội dung (ô ${at(n, filled[0]!)}) nhưng ô mã nhiệm vụ trống; đừng chép nội dung ra ngoài các dòng có sẵn mã nhiệm vụ`,
        );
      continue;
    }
    const item = `nhiệm vụ ${code}`;
    const ref = (k: string): CellRef => ({ sheet: SHEETS.tasks, cell: at(n, k), item });
    if (seen.has(code)) {
      add(ref('task'), `nhiệm vụ ${code} đã có ở dòng ${seen.get(code)}; mỗi nhiệm vụ chỉ một dòng — gộp hai dòng làm một`);
      continue;
    }
    seen.set(code, n);
    const planned = taskById.get(code);
    if (unitForm && !planned) {
      add(
        ref('task'),
        `đơn vị không tham gia nhiệm vụ "${code}" năm ${year} (hoặc mã không có trong Kế hoạch); chỉ báo cáo các nhiệm vụ có sẵn trong mẫu. Nếu đơn vị có làm việc này, ghi vào sheet "${SHEETS.proposals}"`,
      );
      continue;
    }
    if (!filled.length) continue; // not mentioned in the unit's report
    const refs = Object.fromEntries(TASK_COLUMNS.map((c) => [c.key, ref(c.key)]));
    const entry: SubmissionValues['tasks'][number] = { task: code };
    const status = statusFromLabel(cellText(get('status').value));
    if (status.ok) entry.status = status.value ?? undefined;
    else add(ref('status'), status.message);
    const pc = get('percent');
    if (planned && !planned.leads) {
      const t = cellText(pc.value);
      if (t && norm(t) !== NOT_APPLICABLE)
        add(
          ref('percent'),
          `đơn vị chỉ phối hợp trong nhiệm vụ này, nên không ghi tỷ lệ hoàn thành (chỉ đơn vị chủ trì ghi); hãy xóa "${t}"`,
        );
    } else if (norm(cellText(pc.value)) !== NOT_APPLICABLE) {
      const p = cellNumber(pc.value, pc.numFmt, true);
      if (!p.ok) add(ref('percent'), `tỷ lệ hoàn thành: ${p.message}`);
      else if (p.value !== null) entry.percent = p.value;
    }
    for (const k of ['summary', 'reason'] as const) {
      const t = cellText(get(k).value);
      if (t) entry[k] = t;
    }
    const ev = cellText(get('evidence').value);
    if (ev) entry.evidence = evidenceFromText(ev);
    rows.push({ entry, refs, order: unitForm ? unitForm.tasks.findIndex((t) => t.id === code) : n });
  }
  // The plan's order, not the sheet's: sorting the rows in Excel must not change the submission.
  rows.sort((a, b) => a.order - b.order);
  rows.forEach(({ entry, refs }, i) => {
    for (const [k, r] of Object.entries(refs)) cells.set(key(['tasks', i, k]), r);
    cells.set(key(['tasks', i]), refs['task']!);
    tasks.push(entry);
  });

  const proposals: unknown[] = [];
  const pcols = columnsOf(wsProposals, 1, PROPOSAL_COLUMNS);
  if (Array.isArray(pcols))
    return fail(`Sheet "${SHEETS.proposals}", dòng 1`, `thiếu cột ${pcols.map((c) => `"${c}"`).join(', ')}; đừng sửa dòng tiêu đề`);
  for (let n = 2; n <= wsProposals.rowCount; n++) {
    const t = cellText(wsProposals.getRow(n).getCell(pcols.get('text')!).value);
    if (!t) continue;
    cells.set(key(['proposals', proposals.length]), {
      sheet: SHEETS.proposals,
      cell: `${letterOf(pcols.get('text')!)}${n}`,
      item: `đề xuất thứ ${proposals.length + 1}`,
    });
    proposals.push(t);
  }

  const targets: SubmissionValues['targets'] = [];
  const tcols = columnsOf(wsTargets, 1, TARGET_COLUMNS);
  if (Array.isArray(tcols))
    return fail(`Sheet "${SHEETS.targets}", dòng 1`, `thiếu cột ${tcols.map((c) => `"${c}"`).join(', ')}; đừng sửa dòng tiêu đề`);
  const knownTargets = new Set(unitForm?.targets.map((t) => t.id));
  const tseen = new Map<string, number>();
  for (let n = 2; n <= wsTargets.rowCount; n++) {
    const row = wsTargets.getRow(n);
    const get = (k: string) => row.getCell(tcols.get(k)!);
    const code = cellText(get('target').value);
    // The unit column is pre-filled from the plan, so it alone does not make a row a figure.
    const filled = ['value', 'as_of', 'source', 'scope'].some((k) => !isBlank(get(k).value));
    if (!code || !filled) continue;
    const item = `mục tiêu ${code}`;
    const ref = (k: string): CellRef => ({ sheet: SHEETS.targets, cell: `${letterOf(tcols.get(k)!)}${n}`, item });
    if (tseen.has(code)) {
      add(ref('target'), `mục tiêu ${code} đã có ở dòng ${tseen.get(code)}; mỗi mục tiêu chỉ một dòng`);
      continue;
    }
    tseen.set(code, n);
    if (unitForm && !knownTargets.has(code)) {
      add(ref('target'), `mã mục tiêu "${code}" không có trong Kế hoạch; chỉ điền vào các dòng có sẵn`);
      continue;
    }
    const i = targets.length;
    for (const c of TARGET_COLUMNS) cells.set(key(['targets', i, c.key]), ref(c.key));
    cells.set(key(['targets', i]), ref('target'));
    const entry: SubmissionValues['targets'][number] = { target: code };
    const v = cellNumber(get('value').value, get('value').numFmt, false);
    if (v.ok) entry.value = v.value ?? undefined;
    else add(ref('value'), `giá trị: ${v.message}`);
    const d = cellDate(get('as_of').value);
    if (d.ok) entry.as_of = d.value ?? undefined;
    else add(ref('as_of'), d.message);
    for (const k of ['unit', 'source', 'scope'] as const) {
      const t = cellText(get(k).value);
      if (t) entry[k] = t;
    }
    targets.push(entry);
  }

  const values: SubmissionValues = { unit, year, document, tasks, proposals, targets };
  const locate = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n > 0; n--) {
      const ref = cells.get(key(path.slice(0, n)));
      if (ref) return ref;
    }
    return null;
  };
  return { file, values, problems, locate };
}

/** What to write in a required cell left empty, by field. */
const EMPTY_HINTS: Record<string, string> = {
  number: 'ghi số hiệu văn bản báo cáo, ví dụ 123/BC-SXD',
  date: 'ghi ngày ký văn bản, dạng ngày/tháng/năm, ví dụ 28/11/2026',
  status: `bấm vào ô và chọn trạng thái trong danh sách (${labelList})`,
  summary: 'ghi tóm tắt kết quả, đúng như văn bản báo cáo',
  reason: 'ghi lý do (vì sao dừng, chậm, hoặc được thay bằng nhiệm vụ, văn bản nào)',
  value: 'ghi giá trị, là một số',
  unit: 'ghi đơn vị tính, ví dụ %',
  as_of: 'ghi ngày mà số liệu phản ánh, ví dụ 31/10/2026',
  source: 'ghi nguồn số liệu: văn bản, số, ngày, cơ quan',
  scope: 'ghi phạm vi số liệu, ví dụ "toàn thành phố" hoặc "địa bàn phường"',
};

/** Check the values with a submission schema (the YAML's), every issue placed at its cell. */
export function validateValues<S extends z.ZodType>(read: WorkbookRead, schema: S): { data: z.output<S> | null; problems: Problem[] } {
  if (!read.values) return { data: null, problems: read.problems };
  const result = schema.safeParse(read.values);
  if (result.success) return { data: read.problems.length ? null : result.data, problems: read.problems };
  const problems = result.error.issues.map((issue): Problem => {
    const ref = read.locate(issue.path);
    const where = ref ? cellRefText(ref) : `trường ${issue.path.join('.')}`;
    let found: unknown = read.values;
    for (const k of issue.path) found = found && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[k] : undefined;
    const field = String(issue.path.at(-1) ?? '');
    // The schema speaks of YAML fields and codes; an empty cell is better answered with what to put in it.
    const message =
      issue.code === 'unrecognized_keys'
        ? `có trường không được phép (${issue.keys.join(', ')})`
        : found === undefined && ref
          ? `ô còn trống: ${EMPTY_HINTS[field] ?? 'cần điền ô này'}`
          : issue.message;
    return { file: read.file, line: null, where, message, severity: 'error' };
  });
  // A cell already reported by the reader (e.g. an unreadable date) is not reported again as "missing".
  const seen = new Set(read.problems.map((p) => p.where));
  return { data: null, problems: [...read.problems, ...problems.filter((p) => !seen.has(p.where))] };
}
