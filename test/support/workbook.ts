// Shared by the workbook tests: fill a template the way a person does in Excel or LibreOffice, and re-save it
// through real LibreOffice (headless), as a unit's staff would before sending it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { cellText } from '../../src/lib/workbook/cells.ts';
import { SHEETS, TASK_COLUMNS, columnLetter } from '../../src/lib/workbook/layout.ts';

const col = (k: string) => columnLetter(TASK_COLUMNS, k);

export const hasSoffice = (): boolean => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Open the bytes, let `edit` change cells as a person would, and save again with ExcelJS. */
export async function editWorkbook(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => unknown): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  await edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The row (1-based) holding a code in column A of a sheet. */
export function rowOf(ws: ExcelJS.Worksheet, code: string): number {
  let found = 0;
  ws.eachRow((row, n) => {
    if (!found && cellText(row.getCell(1).value) === code) found = n;
  });
  if (!found) throw new Error(`no row ${code} in ${ws.name}`);
  return found;
}

/** The row whose column A holds a label (the document fields at the top of "Nhiệm vụ"). */
export const labelRow = rowOf;

/** Swap two rows' contents and styles, as sorting does. */
export function swapRows(ws: ExcelJS.Worksheet, a: number, b: number) {
  const ra = ws.getRow(a);
  const rb = ws.getRow(b);
  const n = Math.max(ra.cellCount, rb.cellCount);
  for (let c = 1; c <= n; c++) {
    const x = ra.getCell(c);
    const y = rb.getCell(c);
    const [v, s] = [x.value, { ...x.style }];
    x.value = y.value;
    x.style = { ...y.style };
    y.value = v;
    y.style = s;
  }
}

/** Re-save through LibreOffice Calc, headless, with a private profile so that parallel runs do not collide. */
export function resaveWithLibreOffice(bytes: Uint8Array, name = 'bao-cao.xlsx'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'lo-resave-'));
  try {
    const src = join(dir, 'in');
    mkdirSync(src);
    writeFileSync(join(src, name), bytes);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--calc',
        '--convert-to',
        'xlsx:Calc Office Open XML',
        '--outdir',
        join(dir, 'out'),
        join(src, name),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    return new Uint8Array(readFileSync(join(dir, 'out', name)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Give one cell a number format, as Format › Cells does. (ExcelJS shares one style object between cells loaded with
 * the same style, so assigning cell.numFmt would reformat all of them: a thing no spreadsheet user can do.)
 */
export function setFormat(cell: ExcelJS.Cell, numFmt: string) {
  cell.style = { ...cell.style, numFmt };
}

/**
 * Fill a template so that it says what test/fixtures/workbook/so-xay-dung-2026.yaml says, typing each value the
 * awkward way a person may: a date as text, a percent in a % cell, rich text, a formula, rows sorted, a blank row.
 */
export async function fillLikeAPerson(template: Uint8Array): Promise<Uint8Array> {
  return editWorkbook(template, (wb) => {
    const ws = wb.getWorksheet(SHEETS.tasks)!;
    ws.getCell(`B${labelRow(ws, 'Số hiệu văn bản báo cáo')}`).value = '  99/BC-MAU ';
    // A date typed as text, day first, as Vietnamese documents write it.
    ws.getCell(`B${labelRow(ws, 'Ngày ký')}`).value = '30/11/2026';
    // Rich text (part bold), as pasted from Word.
    ws.getCell(`B${labelRow(ws, 'Người ký (nếu có)')}`).value = {
      richText: [{ text: 'Nguyễn Văn Mẫu', font: { bold: true } }, { text: ', Phó Giám đốc' }],
    };
    const r6 = rowOf(ws, 'pl2-06');
    ws.getCell(`${col('status')}${r6}`).value = 'Đang thực hiện';
    // 40 typed into a cell formatted as percent: the cell holds 0.4.
    ws.getCell(`${col('percent')}${r6}`).value = 0.4;
    setFormat(ws.getCell(`${col('percent')}${r6}`), '0%');
    // NFD text (a macOS keyboard) must come out NFC.
    ws.getCell(`${col('summary')}${r6}`).value = 'Đã hoàn thành thiết kế cơ sở; đang lựa chọn nhà thầu (dữ liệu mẫu).'.normalize('NFD');
    ws.getCell(`${col('evidence')}${r6}`).value =
      'Quyết định số 1/QĐ-MAU ngày 05/9/2026 https://example.gov.vn/van-ban/1\nBiên bản nghiệm thu mẫu';
    const r8 = rowOf(ws, 'pl2-08');
    ws.getCell(`${col('status')}${r8}`).value = 'Hoàn thành';
    // A formula whose cached value is the number.
    ws.getCell(`${col('percent')}${r8}`).value = { formula: '50*2', result: 100 };
    ws.getCell(`${col('summary')}${r8}`).value = 'Đã hoàn thành cải tạo hồ mẫu.';
    const r5 = rowOf(ws, 'pl2-05');
    ws.getCell(`${col('status')}${r5}`).value = 'Đang thực hiện';
    ws.getCell(`${col('summary')}${r5}`).value = 'Đã góp ý hồ sơ dự án khu liên hợp (dữ liệu mẫu).';
    // Rows sorted differently and a blank row left in the middle.
    swapRows(ws, r5, r8);
    ws.spliceRows(r6 + 1, 0, []);

    const wp = wb.getWorksheet(SHEETS.proposals)!;
    wp.getCell('B2').value = 'Đề nghị bố trí vốn cho dự án mẫu.';
    wp.getCell('B4').value = 'Đề nghị hướng dẫn cách tính tỷ lệ nước thải được xử lý.'; // B3 left empty

    const wt = wb.getWorksheet(SHEETS.targets)!;
    const rt = rowOf(wt, 'xu-ly-nuoc-thai-khu-cum-cong-nghiep');
    wt.getCell(`C${rt}`).value = '92,5'; // a number typed as text with a decimal comma
    wt.getCell(`E${rt}`).value = new Date(Date.UTC(2026, 9, 31)); // a real date cell
    setFormat(wt.getCell(`E${rt}`), 'dd/mm/yyyy');
    wt.getCell(`F${rt}`).value = { text: 'Báo cáo số 98/BC-MAU ngày 01/11/2026 (dữ liệu mẫu)', hyperlink: 'mailto:x@example.gov.vn' };
    wt.getCell(`G${rt}`).value = 'toàn thành phố';
  });
}
