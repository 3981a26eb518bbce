// The one description of the unit workbook's layout: sheet names, where the document fields and metadata live,
// and which column holds which field of the submission. The writer (write.ts), the reader (read.ts) and the
// browser form all read it, so a column can never mean one thing when written and another when read back.

/** Bumped when the layout changes in a way an older reader could misread; the reader refuses other versions. */
export const TEMPLATE_VERSION = 'bao-cao-don-vi/1';

export const SHEETS = {
  guide: 'Hướng dẫn',
  tasks: 'Nhiệm vụ',
  proposals: 'Đề xuất, kiến nghị',
  targets: 'Số liệu mục tiêu',
  /** Very hidden: unit id, year and template version, which the import trusts over anything typed on the sheets. */
  meta: 'ThongTin',
} as const;

/** Metadata rows on the hidden sheet: label in column A, value in column B. */
export const META = { unit: 1, year: 2, version: 3 } as const;

/**
 * The document fields at the top of the "Nhiệm vụ" sheet. The reader finds them by the label in column A, not by
 * row number, so a row inserted above them does not shift them. `path` is the field in the submission.
 */
export const DOCUMENT_FIELDS = [
  { key: 'number', label: 'Số hiệu văn bản báo cáo', hint: 'ví dụ 123/BC-SXD', required: true, kind: 'text' },
  { key: 'date', label: 'Ngày ký', hint: 'ví dụ 28/11/2026', required: true, kind: 'date' },
  { key: 'signer', label: 'Người ký (nếu có)', hint: 'họ tên, chức vụ', required: false, kind: 'text' },
  { key: 'url', label: 'Đường dẫn văn bản (nếu đã đăng công khai)', hint: 'https://…', required: false, kind: 'text' },
] as const;
export type DocumentKey = (typeof DOCUMENT_FIELDS)[number]['key'];

/** Label of the visible unit and year lines at the top of "Nhiệm vụ" (locked; compared with the metadata). */
export const UNIT_LABEL = 'Đơn vị báo cáo';
export const YEAR_LABEL = 'Năm báo cáo';

/**
 * Where the writer puts the top of "Nhiệm vụ": title, unit and year lines, the document fields one per row, a blank
 * row, then the table's header row. The reader does not rely on these numbers: it finds each row by its label.
 */
export const TASKS_TOP = { title: 1, unit: 2, year: 3, firstField: 4 } as const;
export const TASKS_HEAD_ROW = TASKS_TOP.firstField + DOCUMENT_FIELDS.length + 1;

export interface Column {
  key: string;
  header: string;
  width: number;
  /** Filled by the template and locked; the unit types only in the other columns. */
  locked: boolean;
}

/** "Nhiệm vụ": one row per task the unit takes part in. The header row is found by its first cell. */
export const TASK_COLUMNS = [
  { key: 'task', header: 'Mã nhiệm vụ', width: 12, locked: true },
  { key: 'title', header: 'Nhiệm vụ', width: 48, locked: true },
  { key: 'role', header: 'Vai trò của đơn vị', width: 22, locked: true },
  { key: 'timeframe', header: 'Thời gian thực hiện', width: 12, locked: true },
  { key: 'status', header: 'Trạng thái (chọn trong danh sách)', width: 22, locked: false },
  { key: 'percent', header: 'Tỷ lệ hoàn thành (0–100, chỉ đơn vị chủ trì)', width: 16, locked: false },
  { key: 'summary', header: 'Tóm tắt kết quả', width: 48, locked: false },
  { key: 'reason', header: 'Lý do (nếu chậm, dừng hoặc được thay thế)', width: 30, locked: false },
  { key: 'evidence', header: 'Văn bản chứng minh (mỗi văn bản một dòng, đường dẫn nếu có ở cuối dòng)', width: 44, locked: false },
] as const satisfies readonly Column[];

/** "Đề xuất, kiến nghị": one proposal per row. */
export const PROPOSAL_COLUMNS = [
  { key: 'no', header: 'STT', width: 6, locked: true },
  { key: 'text', header: 'Nội dung đề xuất, kiến nghị', width: 100, locked: false },
] as const satisfies readonly Column[];
/** Empty rows offered for proposals; more can be inserted. */
export const PROPOSAL_ROWS = 30;

/** "Số liệu mục tiêu": one row per quantified target of the plan. */
export const TARGET_COLUMNS = [
  { key: 'target', header: 'Mã mục tiêu', width: 22, locked: true },
  { key: 'measure', header: 'Mục tiêu', width: 48, locked: true },
  { key: 'value', header: 'Giá trị (một số)', width: 12, locked: false },
  { key: 'unit', header: 'Đơn vị', width: 10, locked: false },
  { key: 'as_of', header: 'Số liệu tính đến ngày', width: 14, locked: false },
  { key: 'source', header: 'Nguồn số liệu (văn bản, số, ngày)', width: 40, locked: false },
  { key: 'scope', header: 'Phạm vi số liệu (ví dụ: toàn thành phố, địa bàn phường)', width: 30, locked: false },
] as const satisfies readonly Column[];

export type TaskColumnKey = (typeof TASK_COLUMNS)[number]['key'];
export type TargetColumnKey = (typeof TARGET_COLUMNS)[number]['key'];

/** Spreadsheet letters of a 1-based column number: 1 → A, 26 → Z, 27 → AA. */
export const letterOf = (n: number): string =>
  (n > 26 ? letterOf(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

/** Column letter (A, B, …) of a column key in a list. */
export function columnLetter(columns: readonly Column[], key: string): string {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key}`);
  return letterOf(i + 1);
}

/** Shown in the percent cell of a row the unit does not lead (locked, grey). */
export const NOT_APPLICABLE = 'không áp dụng';
