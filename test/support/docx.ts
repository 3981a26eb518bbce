// Reads a .docx as Word would: unzips it and walks word/document.xml, so tests check the file a clerk opens, not the
// model it was made from. Only what the tests need: paragraphs with their runs, the section's page setup, headers.
import { strFromU8, unzipSync } from 'fflate';

export interface DocxRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Size in points, when the run sets one. */
  size: number | null;
}

export interface DocxParagraph {
  text: string;
  runs: DocxRun[];
  /** Inside a table cell. */
  inTable: boolean;
  alignment: string | null;
}

export interface Docx {
  files: Record<string, string>;
  paragraphs: DocxParagraph[];
  /** w:sectPr of the body: page size and margins in twips, and whether page 1 has its own header. */
  page: { width: number; height: number; top: number; bottom: number; left: number; right: number; titlePage: boolean };
  /** Fonts named in styles.xml's defaults (ascii, hAnsi, cs, eastAsia). */
  defaultFonts: string[];
  /** Default run size in points. */
  defaultSize: number | null;
  /** Every w:rFonts value anywhere in the document, styles and headers. */
  allFonts: string[];
  headers: { type: string; xml: string }[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const attr = (xml: string, name: string): string | null => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1] ?? null;
const num = (xml: string, name: string) => Number(attr(xml, name) ?? NaN);

function paragraphsOf(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  // Track table depth by walking open/close tags of tables and paragraphs in document order.
  const re = /<w:tbl>|<\/w:tbl>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p(?:\s[^>]*)?\/>/g;
  let depth = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[0] === '<w:tbl>') depth++;
    else if (m[0] === '</w:tbl>') depth--;
    else {
      const body = m[1] ?? '';
      const runs: DocxRun[] = [];
      for (const r of body.matchAll(/<w:r>([\s\S]*?)<\/w:r>|<w:r\s[^>]*>([\s\S]*?)<\/w:r>/g)) {
        const inner = r[1] ?? r[2] ?? '';
        const text = [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
          .map((t) => (t[1] !== undefined ? decode(t[1]) : t[0] === '<w:tab/>' ? '\t' : '\n'))
          .join('');
        const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(inner)?.[1] ?? '';
        const on = (tag: string) => new RegExp(`<w:${tag}(?:\\s+w:val="(?:true|1|on)")?\\s*/>`).test(rPr);
        const size = /<w:sz w:val="(\d+)"/.exec(rPr)?.[1];
        runs.push({
          text,
          bold: on('b'),
          italic: on('i'),
          underline: /<w:u\s[^>]*w:val="(?!none)[^"]+"/.test(rPr) || /<w:u\s*\/>/.test(rPr),
          size: size ? Number(size) / 2 : null,
        });
      }
      const jc = /<w:pPr>[\s\S]*?<w:jc w:val="([^"]+)"/.exec(body)?.[1] ?? null;
      out.push({ text: runs.map((r) => r.text).join(''), runs, inTable: depth > 0, alignment: jc });
    }
  }
  return out;
}

export function readDocx(bytes: Uint8Array): Docx {
  const zip = unzipSync(bytes);
  const files = Object.fromEntries(
    Object.entries(zip)
      .filter(([n]) => n.endsWith('.xml') || n.endsWith('.rels'))
      .map(([n, b]) => [n, strFromU8(b)]),
  );
  const doc = files['word/document.xml'];
  if (!doc) throw new Error('not a Word document: word/document.xml is missing');
  const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(doc)?.[0] ?? '';
  const pgSz = /<w:pgSz[^>]*>/.exec(sect)?.[0] ?? '';
  const pgMar = /<w:pgMar[^>]*>/.exec(sect)?.[0] ?? '';
  const styles = files['word/styles.xml'] ?? '';
  const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)?.[1] ?? '';
  const defaultFonts =
    (/<w:rFonts[^>]*>/.exec(defaults)?.[0] ?? '').match(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]*)"/g)?.map((a) => a.split('"')[1]!) ?? [];
  const defaultSize = /<w:sz w:val="(\d+)"/.exec(defaults)?.[1];
  const rels = files['word/_rels/document.xml.rels'] ?? '';
  const headers = [...sect.matchAll(/<w:headerReference[^>]*>/g)].map((h) => {
    const id = attr(h[0], 'r:id');
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
    return { type: attr(h[0], 'w:type') ?? 'default', xml: files[`word/${target?.[1] ?? target?.[2]}`] ?? '' };
  });
  const allFonts = [
    ...new Set(
      Object.values(files)
        .flatMap((x) => [...x.matchAll(/<w:rFonts[^>]*>/g)].map((m) => m[0]))
        .flatMap((m) => [...m.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]*)"/g)].map((a) => a[1]!)),
    ),
  ];
  return {
    files,
    paragraphs: paragraphsOf(doc.slice(0, doc.lastIndexOf('<w:sectPr'))),
    page: {
      width: num(pgSz, 'w:w'),
      height: num(pgSz, 'w:h'),
      top: num(pgMar, 'w:top'),
      bottom: num(pgMar, 'w:bottom'),
      left: num(pgMar, 'w:left'),
      right: num(pgMar, 'w:right'),
      titlePage: /<w:titlePg(?:\s+w:val="(?:true|1|on)")?\s*\/>/.test(sect),
    },
    defaultFonts,
    defaultSize: defaultSize ? Number(defaultSize) / 2 : null,
    allFonts,
    headers,
  };
}

/** Millimetres in twips, to compare page setup with the decree's figures. */
export const mm = (twips: number) => (twips / 1440) * 25.4;
