// Turning what a spreadsheet cell holds into plain text, numbers and dates, whatever Excel or LibreOffice did to it:
// rich text, hyperlinks, formulas (their cached result), numbers stored as text, percent formats (0.4 shown as 40%),
// dates as date cells, serial numbers or text typed "30/11/2026". Pure functions over ExcelJS cell values.
import type { CellValue } from 'exceljs';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (message: string): Parsed<never> => ({ ok: false, message });

/** The text a person sees in the cell, NFC, with Excel's non-breaking spaces as plain ones and the ends trimmed. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string')
    return v
      .normalize('NFC')
      .replace(/\u00a0/g, ' ')
      .replace(/\r\n?/g, '\n')
      .trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isoOf(v);
  // What is left is one of ExcelJS's object values.
  {
    if ('richText' in v && Array.isArray(v.richText)) return cellText(v.richText.map((r) => r.text).join(''));
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: CellValue }).result);
    if ('hyperlink' in v) {
      const text = cellText((v as { text?: CellValue }).text);
      const href = (v as { hyperlink?: unknown }).hyperlink;
      const link = typeof href === 'string' ? href : '';
      // A document title made into a link keeps its address: the submission stores both.
      return /^https?:\/\//i.test(link) && !text.includes(link) ? `${text} ${link}`.trim() : text;
    }
    if ('error' in v) return String((v as { error: string }).error);
    // A kind of cell this reader does not know (a checkbox…) holds no text a unit typed.
    return '';
  }
}

/** The cell's own value, with a formula replaced by its cached result. */
function raw(v: CellValue | undefined): CellValue | undefined {
  if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v))
    return (v as { result?: CellValue }).result;
  return v;
}

export const isBlank = (v: CellValue | undefined): boolean => cellText(v) === '';

/** True when the cell holds a spreadsheet error (#N/A, #VALUE!, …), usually a broken formula. */
export function cellError(v: CellValue | undefined): string | null {
  const r = raw(v);
  return r && typeof r === 'object' && 'error' in r ? String((r as { error: unknown }).error) : null;
}

/**
 * A number as a person may have entered it. A cell formatted as percent holds 0.4 for "40%": with `percent`,
 * that becomes 40. Text is read only when it is unambiguous: "40", "40%", "92,5" or "92.5"; "1.234" could be one
 * thousand two hundred and thirty-four (Vietnamese) or a decimal (English), so it is refused rather than guessed.
 */
export function cellNumber(v: CellValue | undefined, numFmt: string | undefined, percent = false): Parsed<number | null> {
  const r = raw(v);
  const err = cellError(v);
  if (err) return bad(`ô đang báo lỗi ${err} (thường do công thức); hãy ghi thẳng một số`);
  if (r === null || r === undefined || cellText(r) === '') return ok(null);
  if (typeof r === 'number') {
    if (!Number.isFinite(r)) return bad('cần một số');
    return ok(percent && numFmt?.includes('%') ? round(r * 100) : r);
  }
  if (r instanceof Date) return bad(`ô đang là một ngày (${isoOf(r)}); cần một số`);
  let s = cellText(r).replace(/\s+/g, '');
  const pct = s.endsWith('%');
  if (pct) s = s.slice(0, -1);
  if (/^[+-]?\d+$/.test(s)) return ok(Number(s));
  const m = /^([+-]?\d+)[.,](\d+)$/.exec(s);
  if (m && m[2]!.length !== 3) return ok(Number(`${m[1]}.${m[2]}`));
  if (m)
    return bad(
      `"${cellText(r)}" không rõ là số thập phân hay có dấu phân cách hàng nghìn; hãy ghi số không có dấu phân cách hàng nghìn, ví dụ 1234 hoặc 1,234 thành 1234`,
    );
  return bad(`"${cellText(r)}" không phải là một số; chỉ ghi số, ví dụ 40 (không kèm chữ hay đơn vị)`);
}

const round = (n: number) => Math.round(n * 1e9) / 1e9;

function isoOf(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function isoFrom(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? isoOf(date) : null;
}

/**
 * A calendar date as YYYY-MM-DD. Takes a date cell, a date serial number, or text written day first as Vietnamese
 * documents do ("30/11/2026", "30-11-2026", "30.11.2026") or as YYYY-MM-DD. Month-first is never guessed.
 */
export function cellDate(v: CellValue | undefined): Parsed<string | null> {
  const r = raw(v);
  const err = cellError(v);
  if (err) return bad(`ô đang báo lỗi ${err}; hãy ghi ngày dạng ngày/tháng/năm, ví dụ 28/11/2026`);
  if (r === null || r === undefined || cellText(r) === '') return ok(null);
  // Excel stores dates as days since 1899-12-30 in local time; ExcelJS hands them over as UTC midnight.
  // (a second's slack absorbs serials saved as 46000.99999999).
  if (r instanceof Date) return ok(isoOf(new Date(Math.floor((r.getTime() + 1000) / 86_400_000) * 86_400_000)));
  if (typeof r === 'number') {
    if (r > 20000 && r < 80000 && Number.isInteger(r)) return ok(isoOf(new Date(Date.UTC(1899, 11, 30) + r * 86_400_000)));
    return bad(`"${r}" không phải là một ngày; ghi dạng ngày/tháng/năm, ví dụ 28/11/2026`);
  }
  const s = cellText(r);
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (m) {
    const iso = isoFrom(Number(m[3]), Number(m[2]), Number(m[1]));
    return iso ? ok(iso) : bad(`ngày "${s}" không có trên lịch (ghi ngày trước, tháng sau, ví dụ 28/11/2026)`);
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const iso = isoFrom(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? ok(iso) : bad(`ngày "${s}" không có trên lịch`);
  }
  return bad(`"${s}" không phải là một ngày; ghi dạng ngày/tháng/năm, ví dụ 28/11/2026`);
}
