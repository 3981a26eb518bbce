// Opens CSV files the way a journalist does, in a real spreadsheet: LibreOffice Calc headless imports each file
// (UTF-8, comma, formulas evaluated, as on a default desktop) and saves it as flat ODS XML, which says for every
// cell whether it holds a formula, a number or text.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

/** LibreOffice Calc from Debian; a fresh CI machine (root, apt) gets it on first use, like Chromium. */
export function ensureLibreOffice(): void {
  if (existsSync(SOFFICE)) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get'))
    throw new Error(
      `LibreOffice not found at ${SOFFICE}. Install Debian's package (sudo apt-get install libreoffice-calc-nogui) or set SOFFICE_PATH.`,
    );
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'libreoffice-calc-nogui'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

export interface Cell {
  /** "string", "float", "percentage", … as Calc typed the cell on import. */
  type: string;
  text: string;
  /** The formula Calc stored for the cell, if it read the cell as one. */
  formula: string | null;
}

const unescape = (s: string) =>
  s.replace(/&(quot|apos|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[e]!);

function readFods(xml: string): Cell[][] {
  const rows: Cell[][] = [];
  for (const row of xml.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: Cell[] = [];
    for (const c of row[1]!.matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const attrs = c[1]!;
      const get = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
      const text = [...(c[2] ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)]
        .map((m) => unescape(m[1]!.replace(/<[^>]+>/g, '')))
        .join('\n');
      const cell = { type: get('office:value-type') ?? '', text, formula: get('table:formula') ? unescape(get('table:formula')!) : null };
      const repeat = Math.min(Number(get('table:number-columns-repeated') ?? 1), 64);
      for (let i = 0; i < repeat; i++) cells.push(cell);
    }
    rows.push(cells);
  }
  return rows;
}

/** Every CSV file opened in LibreOffice Calc, by file name (base name), as rows of cells. */
export function openCsvInCalc(files: string[]): Map<string, Cell[][]> {
  ensureLibreOffice();
  const out = mkdtempSync(join(tmpdir(), 'hn122-calc-'));
  try {
    // Tokens: comma, double quote, UTF-8, from line 1, no column types, vi-VN, quoted fields not forced to text,
    // detect special numbers, …, and the 13th, "evaluate formulas", on: the worst case a reader's settings allow.
    const filter = 'CSV:44,34,76,1,,1066,false,true,false,false,false,-1,true';
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${join(out, 'profile')}`,
        '--headless',
        `--infilter=${filter}`,
        '--convert-to',
        'fods',
        '--outdir',
        out,
        ...files,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 120_000,
      },
    );
    return new Map(files.map((f) => [basename(f), readFods(readFileSync(join(out, basename(f).replace(/\.csv$/, '.fods')), 'utf8'))]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** "file row:col formula" for every cell that Calc read as a formula. */
export function formulasIn(sheets: Map<string, Cell[][]>): string[] {
  const found: string[] = [];
  for (const [file, rows] of sheets)
    rows.forEach((r, i) => r.forEach((c, j) => c.formula && found.push(`${file} ${i + 1}:${j + 1} ${c.formula}`)));
  return found;
}
