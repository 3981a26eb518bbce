// Writes the pre-filled workbook of one unit and year (ExcelJS, also in the browser form). Locked cells hold what
// the plan says (task, role, timeframe); the unit types only in unlocked cells, with dropdowns and number limits
// where Excel and LibreOffice can enforce them. The reader never relies on those limits: they only help.
import ExcelJS from 'exceljs';
// The statuses without zod: in the browser, zod and the schemas load in their own chunk, after zod's configuration
// (src/scripts/report-schema.ts); a chunk shared with the workbook would build the schemas before it.
import { reportedStatuses } from '../../schemas/report-status.ts';
import {
  DOCUMENT_FIELDS,
  META,
  NOT_APPLICABLE,
  PROPOSAL_COLUMNS,
  PROPOSAL_ROWS,
  SHEETS,
  TARGET_COLUMNS,
  TASKS_HEAD_ROW,
  TASKS_TOP,
  TASK_COLUMNS,
  TEMPLATE_VERSION,
  UNIT_LABEL,
  YEAR_LABEL,
  columnLetter,
  type Column,
} from './layout.ts';
import { evidenceToText, type SubmissionValues, type UnitForm } from './model.ts';

const statusLabels = Object.values(reportedStatuses);
const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } } as const;
const INPUT = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFBE6' } } as const;
const HEAD = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1D4E89' } } as const;
const border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;
// Sheet protection guards against typing over the plan's text by mistake, not against a determined user: no
// password, so anyone may lift it (Review › Unprotect), and the reader checks everything again anyway.
const protection = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  insertRows: true,
  sort: true,
  autoFilter: true,
} as const;

/** "28/11/2026" from "2026-11-28": the date as Vietnamese staff write it; the reader takes both. */
const viDate = (iso: unknown) => (typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('/') : iso);
const str = (v: unknown): string | number | null =>
  v === undefined || v === null ? null : typeof v === 'number' ? v : typeof v === 'string' ? v : JSON.stringify(v);

const textOf = (v: unknown): string => (typeof v === 'string' ? v : '');

function header(ws: ExcelJS.Worksheet, row: number, columns: readonly Column[]) {
  const r = ws.getRow(row);
  columns.forEach((c, i) => {
    const cell = r.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEAD;
    cell.border = border;
    cell.alignment = { wrapText: true, vertical: 'middle' };
    ws.getColumn(i + 1).width = c.width;
  });
  r.height = 45;
}

function inputCell(cell: ExcelJS.Cell) {
  cell.protection = { locked: false };
  cell.fill = INPUT;
  cell.border = border;
  cell.alignment = { wrapText: true, vertical: 'top' };
}

function lockedCell(cell: ExcelJS.Cell) {
  cell.border = border;
  cell.alignment = { wrapText: true, vertical: 'top' };
}

function guideSheet(wb: ExcelJS.Workbook, form: UnitForm) {
  const ws = wb.addWorksheet(SHEETS.guide, { properties: { tabColor: { argb: 'FF1D4E89' } } });
  ws.getColumn(1).width = 110;
  const lines = [
    `Báo cáo kết quả thực hiện Kế hoạch thực hiện Nghị quyết 122/NQ-CP, năm ${form.year}`,
    `Đơn vị: ${form.unit.name}`,
    '',
    'Cách điền:',
    `1. Sheet "${SHEETS.tasks}": điền số hiệu và ngày ký văn bản báo cáo ở đầu sheet. Ngày viết dạng ngày/tháng/năm, ví dụ 28/11/${form.year}.`,
    `2. Mỗi dòng là một nhiệm vụ đơn vị tham gia (chủ trì hoặc phối hợp) trong năm ${form.year}. Các cột mã, tên nhiệm vụ, vai trò và thời gian đã khóa: không sửa.`,
    `3. Cột "Trạng thái": bấm vào ô rồi chọn trong danh sách (${statusLabels.join('; ')}). Không gõ chữ khác.`,
    '4. Cột "Tỷ lệ hoàn thành": chỉ nhiệm vụ đơn vị chủ trì, ghi một số từ 0 đến 100 (ví dụ 40). Để trống nếu văn bản báo cáo không nêu.',
    '5. "Tóm tắt kết quả": đúng như văn bản báo cáo ghi. "Lý do": bắt buộc khi trạng thái là "Dừng hoặc được thay thế" hoặc khi nhiệm vụ đã hết thời gian thực hiện mà chưa hoàn thành.',
    '6. "Văn bản chứng minh": mỗi văn bản một dòng trong ô (Alt+Enter để xuống dòng); nếu văn bản đã đăng công khai, ghi đường dẫn https://… ở cuối dòng.',
    '7. Nhiệm vụ nào văn bản báo cáo không nhắc đến: để trống cả dòng.',
    `8. Sheet "${SHEETS.proposals}": mỗi đề xuất, kiến nghị một dòng.`,
    `9. Sheet "${SHEETS.targets}": chỉ điền số liệu đơn vị có, kèm đơn vị tính, ngày số liệu, nguồn và phạm vi (ví dụ "địa bàn phường"). Giá trị là một số; số thập phân dùng dấu phẩy như Excel tiếng Việt hiển thị.`,
    '',
    'Chỉ ghi những gì văn bản báo cáo đã ban hành ghi. Không có thông tin thì để trống, không đoán.',
    'Không đổi tên các sheet và không xóa sheet nào: trang web nhận biết tệp theo tên sheet.',
    '',
    'Điền xong: lưu tệp (giữ định dạng .xlsx) và gửi về Sở Nông nghiệp và Môi trường cùng văn bản báo cáo.',
    'Tệp được kiểm tra tự động; nếu có chỗ chưa đúng, thông báo sẽ nêu tên sheet, ô và cách sửa.',
  ];
  lines.forEach((t, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = t;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
}

function tasksSheet(wb: ExcelJS.Workbook, form: UnitForm, values: SubmissionValues | undefined) {
  const ws = wb.addWorksheet(SHEETS.tasks, { views: [{ state: 'frozen', ySplit: 0 }] });
  const title = ws.getCell(TASKS_TOP.title, 1);
  title.value = `Báo cáo năm ${form.year} — ${form.unit.name}`;
  title.font = { bold: true, size: 14 };
  ws.getCell(TASKS_TOP.unit, 1).value = UNIT_LABEL;
  ws.getCell(TASKS_TOP.unit, 2).value = `${form.unit.name} (mã: ${form.unit.id})`;
  ws.getCell(TASKS_TOP.year, 1).value = YEAR_LABEL;
  ws.getCell(TASKS_TOP.year, 2).value = form.year;
  ws.getCell(TASKS_TOP.year, 2).alignment = { horizontal: 'left' };
  DOCUMENT_FIELDS.forEach((f, i) => {
    const row = TASKS_TOP.firstField + i;
    const label = ws.getCell(row, 1);
    label.value = f.label;
    label.font = { bold: f.required };
    const cell = ws.getCell(row, 2);
    inputCell(cell);
    cell.value = str(f.key === 'date' ? viDate(values?.document[f.key]) : values?.document[f.key]);
    // Dates as text: "28/11/2026" survives every locale, whereas a date cell shows 11/28 to some Excel installs.
    if (f.kind === 'date') cell.numFmt = '@';
    ws.getCell(row, 3).value = f.hint;
    ws.getCell(row, 3).font = { italic: true, color: { argb: 'FF555555' } };
  });
  const headRow = TASKS_HEAD_ROW;
  header(ws, headRow, TASK_COLUMNS);
  ws.views = [{ state: 'frozen', ySplit: headRow, xSplit: 1 }];
  const entries = new Map((values?.tasks ?? []).map((t) => [t.task, t]));
  const percentCol = columnLetter(TASK_COLUMNS, 'percent');
  const statusCol = columnLetter(TASK_COLUMNS, 'status');
  form.tasks.forEach((t, i) => {
    const r = ws.getRow(headRow + 1 + i);
    const e = entries.get(t.id);
    const cells: Record<string, unknown> = {
      task: t.id,
      title: t.title,
      role: t.role,
      timeframe: t.timeframe,
      status: e?.status ? (reportedStatuses[e.status as keyof typeof reportedStatuses] ?? e.status) : null,
      percent: t.leads ? (e?.percent ?? null) : NOT_APPLICABLE,
      summary: e?.summary ?? null,
      reason: e?.reason ?? null,
      evidence: Array.isArray(e?.evidence) && e.evidence.length ? evidenceToText(e.evidence) : null,
    };
    TASK_COLUMNS.forEach((c, j) => {
      const cell = r.getCell(j + 1);
      cell.value = str(cells[c.key]);
      if (c.locked || (c.key === 'percent' && !t.leads)) {
        lockedCell(cell);
        if (c.key === 'percent') {
          cell.fill = GREY;
          cell.font = { italic: true, color: { argb: 'FF555555' } };
        }
      } else inputCell(cell);
    });
    ws.getCell(`${statusCol}${r.number}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      // An inline list: it survives renaming or re-saving, and the labels are short enough for Excel's 255 limit.
      formulae: [`"${statusLabels.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Trạng thái không có trong danh sách',
      error: `Chọn một trong: ${statusLabels.join('; ')}`,
      showInputMessage: true,
      promptTitle: 'Trạng thái',
      prompt: 'Bấm mũi tên để chọn trong danh sách',
    };
    if (t.leads)
      ws.getCell(`${percentCol}${r.number}`).dataValidation = {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [0, 100],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Tỷ lệ phải từ 0 đến 100',
        error: 'Ghi một số từ 0 đến 100, ví dụ 40 (không ghi chữ, không ghi dấu %)',
      };
  });
  return ws;
}

function proposalsSheet(wb: ExcelJS.Workbook, values: SubmissionValues | undefined) {
  const ws = wb.addWorksheet(SHEETS.proposals);
  header(ws, 1, PROPOSAL_COLUMNS);
  const list = (values?.proposals ?? []).map((p) => (typeof p === 'string' ? p : textOf((p as { text?: unknown } | null)?.text)));
  for (let i = 0; i < Math.max(PROPOSAL_ROWS, list.length + 5); i++) {
    const r = ws.getRow(2 + i);
    lockedCell(r.getCell(1));
    r.getCell(1).value = i + 1;
    inputCell(r.getCell(2));
    r.getCell(2).value = list[i] ?? null;
  }
  return ws;
}

function targetsSheet(wb: ExcelJS.Workbook, form: UnitForm, values: SubmissionValues | undefined) {
  const ws = wb.addWorksheet(SHEETS.targets);
  header(ws, 1, TARGET_COLUMNS);
  const given = new Map((values?.targets ?? []).map((t) => [t.target, t]));
  const valueCol = columnLetter(TARGET_COLUMNS, 'value');
  form.targets.forEach((t, i) => {
    const r = ws.getRow(2 + i);
    const v = given.get(t.id);
    const cells: Record<string, unknown> = {
      target: t.id,
      measure: t.measure,
      value: v?.value ?? null,
      unit: v?.unit ?? t.unit,
      as_of: viDate(v?.as_of) ?? null,
      source: v?.source ?? null,
      scope: v?.scope ?? null,
    };
    TARGET_COLUMNS.forEach((c, j) => {
      const cell = r.getCell(j + 1);
      cell.value = str(cells[c.key]);
      if (c.locked) lockedCell(cell);
      else inputCell(cell);
      if (c.key === 'as_of') cell.numFmt = '@';
    });
    ws.getCell(`${valueCol}${r.number}`).dataValidation = {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [-1e12, 1e12],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Giá trị phải là một số',
      error: 'Ghi một số, ví dụ 92,5; đơn vị ghi ở cột bên cạnh',
    };
  });
  return ws;
}

/** Build the workbook in memory. `values` pre-fills it (the form's download, or a submission already on file). */
export async function buildWorkbook(form: UnitForm, values?: SubmissionValues): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kế hoạch 122 Hà Nội';
  wb.title = `Báo cáo năm ${form.year} — ${form.unit.name}`;
  // Fixed dates: the same plan, unit and year give the same workbook, whatever the clock says.
  wb.created = new Date(Date.UTC(form.year, 0, 1));
  wb.modified = wb.created;
  guideSheet(wb, form);
  const sheets = [tasksSheet(wb, form, values), proposalsSheet(wb, values), targetsSheet(wb, form, values)];
  const meta = wb.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
  meta.getCell(META.unit, 1).value = 'unit';
  meta.getCell(META.unit, 2).value = form.unit.id;
  meta.getCell(META.year, 1).value = 'year';
  meta.getCell(META.year, 2).value = form.year;
  meta.getCell(META.version, 1).value = 'template';
  meta.getCell(META.version, 2).value = TEMPLATE_VERSION;
  for (const ws of [...sheets, meta]) await ws.protect('', protection);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return wb;
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(form: UnitForm, values?: SubmissionValues): Promise<Uint8Array> {
  const wb = await buildWorkbook(form, values);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
