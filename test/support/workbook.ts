// Shared by the workbook tests: fill a template the way a person does in Excel or LibreOffice, and re-save it
// through real LibreOffice (headless), as a unit's staff would before sending it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

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
    if (!found && String(row.getCell(1).value ?? '').trim() === code) found = n;
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
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--calc', '--convert-to', 'xlsx:Calc Office Open XML', '--outdir', join(dir, 'out'), join(src, name)],
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
