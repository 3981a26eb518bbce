// PDF checks with real parts: LibreOffice (headless) converts a .docx as a clerk's office suite would, and the PDF
// is read back for its pages, page size and embedded fonts. The PDF is parsed directly (LibreOffice writes its page
// and font dictionaries uncompressed), so the check needs no poppler-utils; a PDF that cannot be read that way fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SOFFICE } from './libreoffice.ts';

export interface PdfFacts {
  bytes: number;
  pages: number;
  /** Every page's MediaBox as [width, height] in points. */
  sizes: [number, number][];
  /** Base font names without the subset prefix ("LiberationSerif-Bold"). */
  fonts: string[];
  /** First bytes say PDF and the file ends with %%EOF: a reader can open it. */
  wellFormed: boolean;
}

/** A4 in points (210 × 297 mm). */
export const A4_PT: [number, number] = [595.28, 841.89];

/**
 * Times New Roman as LibreOffice renders it: the font itself where installed (Windows, or Debian's
 * ttf-mscorefonts-installer), else the metric-compatible substitute that fontconfig maps it to (Liberation Serif,
 * Debian's fonts-liberation2; same widths, so the same line and page breaks). Any other font means some text fell
 * back to a different face, which the check must catch.
 */
export const TIMES_NEW_ROMAN_FACES = /^(TimesNewRoman(PS)?(MT)?|Times-?New-?Roman|LiberationSerif|Tinos)(-|,|$)/;

/**
 * LibreOffice Writer and Liberation Serif 2 from Debian; a fresh CI machine (root, apt) gets them on first use, as
 * Chromium and Calc are got. Writer is looked for by its library: soffice alone may be Calc only.
 */
export function ensureWriter(): void {
  const writer = join(SOFFICE, '..', '..', 'lib', 'libreoffice', 'program', 'libswlo.so');
  const fonts = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf';
  if (existsSync(SOFFICE) && (existsSync(writer) || process.platform !== 'linux') && (existsSync(fonts) || process.platform !== 'linux'))
    return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get'))
    throw new Error(
      `LibreOffice Writer not found. Install Debian's packages (sudo apt-get install libreoffice-writer-nogui fonts-liberation2) or set SOFFICE_PATH.`,
    );
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'libreoffice-writer-nogui', 'fonts-liberation2'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** poppler-utils from Debian (pdftotext), installed on first use like LibreOffice. */
export function ensurePoppler(): void {
  if (existsSync('/usr/bin/pdftotext')) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get'))
    throw new Error("pdftotext not found. Install Debian's package: sudo apt-get install poppler-utils");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'poppler-utils'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** The text of each page of a PDF, laid out as printed (pdftotext -layout), for checking what a page shows. */
export function pdfPages(pdf: Uint8Array): string[] {
  ensurePoppler();
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // pdftotext ends each page with a form feed.
  return text.split('\f').slice(0, -1);
}

/** Converts a .docx (bytes) with LibreOffice headless and returns the PDF's bytes. */
export function docxToPdf(docx: Uint8Array): Buffer {
  ensureWriter();
  const dir = mkdtempSync(join(tmpdir(), 'hn122-docx-'));
  try {
    const input = join(dir, 'du-thao.docx');
    writeFileSync(input, docx);
    // A profile of its own: two conversions sharing the default profile (another test, a person's open LibreOffice)
    // wait on each other's lock or fail silently.
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const out = join(dir, basename(input, '.docx') + '.pdf');
    if (!existsSync(out)) throw new Error('LibreOffice did not write a PDF');
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfFacts(pdf: Buffer): PdfFacts {
  const s = pdf.toString('latin1');
  const pages = [...s.matchAll(/\/Type\s*\/Page(?![s\w])/g)].length;
  const sizes = [...s.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m): [number, number] => [
    Number(m[3]) - Number(m[1]),
    Number(m[4]) - Number(m[2]),
  ]);
  const fonts = [...new Set([...s.matchAll(/\/BaseFont\s*\/([^\s/<>[\]]+)/g)].map((m) => m[1]!.replace(/^[A-Z]{6}\+/, '')))];
  return { bytes: pdf.length, pages, sizes, fonts, wellFormed: s.startsWith('%PDF-') && /%%EOF\s*$/.test(s) };
}
