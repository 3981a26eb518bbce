// PDF checks with real parts: LibreOffice (headless) converts a .docx as a clerk's office suite would, and the PDF
// is read back for its pages, page size and embedded fonts. The PDF is parsed directly (LibreOffice writes its page
// and font dictionaries uncompressed), so the check needs no poppler-utils; a PDF that cannot be read that way fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

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

export function sofficePath(): string | null {
  for (const p of ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'])
    if (existsSync(p)) return p;
  return null;
}

/** Converts a .docx (bytes) with LibreOffice headless and returns the PDF's bytes. */
export function docxToPdf(docx: Uint8Array): Buffer {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui (.ci/run does this)');
  const dir = mkdtempSync(join(tmpdir(), 'hn122-docx-'));
  try {
    const input = join(dir, 'du-thao.docx');
    writeFileSync(input, docx);
    // A profile of its own: two conversions sharing the default profile (another test, a person's open LibreOffice)
    // wait on each other's lock or fail silently.
    execFileSync(
      soffice,
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
  const sizes = [...s.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map(
    (m): [number, number] => [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])],
  );
  const fonts = [...new Set([...s.matchAll(/\/BaseFont\s*\/([^\s/<>[\]]+)/g)].map((m) => m[1]!.replace(/^[A-Z]{6}\+/, '')))];
  return { bytes: pdf.length, pages, sizes, fonts, wellFormed: s.startsWith('%PDF-') && /%%EOF\s*$/.test(s) };
}
