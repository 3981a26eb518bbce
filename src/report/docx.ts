// The report as a Word draft laid out as Nghị định 30/2020/NĐ-CP prescribes for administrative documents (Phụ lục I):
// A4, Times New Roman, margins top/bottom 20 mm, left 30 mm, right 15 mm; quốc hiệu and tiêu ngữ top right, issuing
// body top left; số, ngày and signature left blank for the clerk; page numbers centred in the header from page 2.
// Marked "DỰ THẢO" at the top: a draft for the editor to correct, never an issued document.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { Block, Line, ReportDoc } from './model.ts';
import { textOf } from './model.ts';
import { PHRASES } from './phrases.ts';

/** Page and type as the decree sets them; the tests read these back from the .docx and from the PDF. */
export const LAYOUT = {
  font: 'Times New Roman',
  pageMm: { width: 210, height: 297 },
  marginMm: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
  /** Sizes in points. */
  size: { body: 14, table: 13, national: 12, body2: 12, recipients: 11, recipientsTitle: 12 },
} as const;

const pt = (n: number) => n * 2; // docx sizes are half-points
/** Millimetres to twips, rounded up so that a margin of 15 mm is never 14.99 mm. */
const tw = (mm: number) => Math.ceil((mm * 1440) / 25.4);
const TEXT_WIDTH = tw(LAYOUT.pageMm.width - LAYOUT.marginMm.left - LAYOUT.marginMm.right);
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

interface RunStyle {
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  underline?: boolean | undefined;
}

const runs = (line: Line, size: number, style: RunStyle = {}) =>
  line.map(
    (s) =>
      new TextRun({
        text: s.text,
        size: pt(size),
        ...((s.bold ?? style.bold) ? { bold: true } : {}),
        ...((s.italic ?? style.italic) ? { italics: true } : {}),
        ...(style.underline ? { underline: {} } : {}),
      }),
  );

const fixed = (key: keyof typeof PHRASES): Line => [{ text: PHRASES[key], source: 'template' }];

function para(line: Line, size: number, opts: Omit<IParagraphOptions, 'children'> & RunStyle = {}) {
  const { bold, italic, underline, ...rest } = opts;
  return new Paragraph({ ...rest, children: runs(line, size, { bold, italic, underline }) });
}

/** A short rule under a centred heading, as the decree draws under the issuing body and the trích yếu. */
function rule(widthTwip: number, within: number) {
  const side = Math.max(0, Math.round((within - widthTwip) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 120, line: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/** An empty paragraph: a blank line, or the content of an empty cell (Word requires one in every cell). */
const blank = () => new Paragraph({ children: [] });

function cell(children: (Paragraph | Table)[], width: number, borders: typeof NO_BORDERS | typeof GRID = NO_BORDERS) {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders, verticalAlign: VerticalAlignTable.TOP });
}

/** A full-width table of fixed column widths: the borderless two-column blocks of the decree, and the data tables. */
function fixedTable(widths: number[], borders: typeof NO_BORDERS | typeof GRID, rows: TableRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows,
  });
}

/** Ô 1–4 of the decree: issuing body and số on the left, quốc hiệu, tiêu ngữ, place and date on the right. */
function letterhead(): Table {
  const left = tw(62);
  const right = TEXT_WIDTH - left;
  const c = { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } };
  return fixedTable([left, right], NO_BORDERS, [
    new TableRow({
      children: [
        cell(
          [
            para(fixed('parentBody'), LAYOUT.size.national, c),
            para(fixed('issuingBody'), LAYOUT.size.national, { ...c, bold: true }),
            rule(tw(20), left),
          ],
          left,
        ),
        cell(
          [
            para(fixed('nationalName'), LAYOUT.size.national, { ...c, bold: true }),
            para(fixed('motto'), 13, { ...c, bold: true, underline: true }),
          ],
          right,
        ),
      ],
    }),
    new TableRow({
      children: [
        cell([para(fixed('docNumber'), 13, { ...c, spacing: { before: 120, after: 0 } })], left),
        cell([para(fixed('placeDate'), 14, { ...c, italic: true, spacing: { before: 120, after: 0 } })], right),
      ],
    }),
  ]);
}

/** Ô 9a (nơi nhận) on the left and ô 7 (signature: position, signature, name) left blank on the right. */
function signoff(): Table {
  const left = Math.round(TEXT_WIDTH * 0.45);
  const right = TEXT_WIDTH - left;
  return fixedTable([left, right], NO_BORDERS, [
    new TableRow({
      cantSplit: true,
      children: [
        cell(
          [
            para(fixed('recipientsTitle'), LAYOUT.size.recipientsTitle, { bold: true, italic: true, spacing: { before: 120, after: 0 } }),
            para(fixed('recipientCity'), LAYOUT.size.recipients, { spacing: { after: 0 } }),
            para(fixed('recipientArchive'), LAYOUT.size.recipients, { spacing: { after: 0 } }),
          ],
          left,
        ),
        cell([blank(), blank(), blank(), blank(), blank()], right),
      ],
    }),
  ]);
}

function table(b: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  const total = b.widths.reduce((a, w) => a + w, 0);
  const widths = b.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const size = LAYOUT.size.table;
  const cellPara = (line: Line, bold = false) => para(line, size, { bold, spacing: { before: 40, after: 40 } });
  return [
    para(b.caption, size, { alignment: AlignmentType.CENTER, bold: true, keepNext: true, spacing: { before: 120, after: 60 } }),
    fixedTable(widths, GRID, [
      new TableRow({ tableHeader: true, cantSplit: true, children: b.head.map((h, i) => cell([cellPara(h, true)], widths[i]!, GRID)) }),
      ...b.rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c.length ? [cellPara(c)] : [blank()], widths[i]!, GRID)) }),
      ),
    ]),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function block(b: Block): (Paragraph | Table)[] {
  const size = LAYOUT.size.body;
  switch (b.kind) {
    case 'heading':
      return [
        para(b.content, size, {
          bold: true,
          keepNext: true,
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: b.level === 1 ? 0 : tw(10) },
          spacing: { before: b.level === 1 ? 240 : 120, after: 120 },
        }),
      ];
    case 'para':
      return [para(b.content, size, { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: tw(10) } })];
    case 'table':
      return table(b);
  }
}

export function draftDocument(doc: ReportDoc): Document {
  const size = LAYOUT.size.body;
  const mm = LAYOUT.marginMm;
  const children: (Paragraph | Table)[] = [
    para(fixed('draftMark'), size, {
      bold: true,
      alignment: AlignmentType.RIGHT,
      spacing: { after: 120 },
      border: { top: THIN, bottom: THIN, left: THIN, right: THIN },
      indent: { left: TEXT_WIDTH - tw(32) },
    }),
  ];
  if (doc.sample)
    children.push(
      para(fixed('sampleBanner'), size, {
        bold: true,
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        border: { top: { ...THIN, size: 18 }, bottom: { ...THIN, size: 18 }, left: { ...THIN, size: 18 }, right: { ...THIN, size: 18 } },
      }),
    );
  children.push(
    letterhead(),
    para(fixed('docType'), size, { bold: true, alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 } }),
    para(doc.subject, size, { bold: true, alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
    rule(tw(40), TEXT_WIDTH),
    ...doc.blocks.flatMap(block),
    para(fixed('closing'), size, { alignment: AlignmentType.JUSTIFIED, keepNext: true, indent: { firstLine: tw(10) } }),
    signoff(),
  );
  return new Document({
    creator: PHRASES.issuingBody,
    title: `${PHRASES.draftMark} ${PHRASES.docType} ${textOf(doc.subject)}`,
    styles: {
      default: {
        document: {
          run: { font: LAYOUT.font, size: pt(size) },
          paragraph: { spacing: { before: 0, after: 120, line: 264 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // A4 in twips, as Word writes it (210 × 297 mm rounded to whole twips).
            size: { width: 11906, height: 16838 },
            margin: {
              top: tw(mm.top),
              bottom: tw(mm.bottom),
              left: tw(mm.left),
              right: tw(mm.right),
              header: tw(mm.header),
              footer: tw(mm.footer),
            },
          },
        },
        headers: {
          // The decree numbers pages from the second, centred at the top, in the body's type.
          first: new Header({ children: [blank()] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(size) })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export const draftBytes = (doc: ReportDoc): Promise<Buffer> => Packer.toBuffer(draftDocument(doc));
