// The Word layout of the consolidated report, read back from the .docx file and from LibreOffice's PDF of it:
// Nghị định 30/2020/NĐ-CP's page, type and parts (Phụ lục I), the "DỰ THẢO" mark and the sample banner.
// The content here is a small fictional report; the draft built from the sample submissions is checked in
// report-draft.test.ts.
import { describe, expect, it } from 'vitest';
import { draftBytes } from '../../src/report/docx.ts';
import { phrase, plan, rules, submission, type ReportDoc } from '../../src/report/model.ts';
import { PHRASES } from '../../src/report/phrases.ts';
import { mm, readDocx } from '../support/docx.ts';
import { A4_PT, TIMES_NEW_ROMAN_FACES, docxToPdf, pdfFacts } from '../support/pdf.ts';

const y = rules('2026');
const small = (sample: boolean): ReportDoc => ({
  year: 2026,
  sample,
  subject: phrase('subject', { year: y }),
  blocks: [
    { kind: 'para', content: phrase('opening', { year: y }) },
    { kind: 'heading', level: 1, content: phrase('tasksHeading') },
    { kind: 'heading', level: 3, content: phrase('taskTitle', { ref: plan('Phụ lục II, mục 1'), title: plan('Nhiệm vụ thử nghiệm') }) },
    {
      kind: 'para',
      content: phrase('partUnit', { unit: rules('Đơn vị thử nghiệm'), role: rules('chủ trì'), status: rules('Đang thực hiện') }),
    },
    { kind: 'para', content: [submission('Đã làm được một phần việc thử nghiệm, ghi ở đây để đo độ dài dòng. '.repeat(40))] },
    {
      kind: 'table',
      caption: phrase('targetsCaption', { year: y }),
      head: [phrase('targetsColTarget'), phrase('targetsColFigures')],
      rows: Array.from({ length: 40 }, (_, i) => [
        [plan(`Mục tiêu thử nghiệm số ${i + 1} với tên dài để xuống dòng trong ô`)],
        [submission('93,5%')],
      ]),
      widths: [5, 4],
    },
  ],
});

describe('Word draft layout (Nghị định 30/2020/NĐ-CP)', async () => {
  const bytes = await draftBytes(small(true));
  const docx = readDocx(bytes);
  const texts = docx.paragraphs.map((p) => p.text);

  it('is A4 with the decree margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm', () => {
    expect(mm(docx.page.width)).toBeCloseTo(210, 0);
    expect(mm(docx.page.height)).toBeCloseTo(297, 0);
    for (const [side, lo, hi] of [
      ['top', 20, 25],
      ['bottom', 20, 25],
      ['left', 30, 35],
      ['right', 15, 20],
    ] as const) {
      expect(mm(docx.page[side]), side).toBeGreaterThanOrEqual(lo);
      expect(mm(docx.page[side]), side).toBeLessThanOrEqual(hi);
    }
  });

  it('sets Times New Roman everywhere, body 13–14 pt, and no run outside 11–14 pt', () => {
    expect(docx.defaultFonts).toEqual(['Times New Roman', 'Times New Roman', 'Times New Roman', 'Times New Roman']);
    expect(docx.allFonts).toEqual(['Times New Roman']);
    expect(docx.defaultSize).toBeGreaterThanOrEqual(13);
    expect(docx.defaultSize).toBeLessThanOrEqual(14);
    const sizes = docx.paragraphs.flatMap((p) => p.runs.map((r) => r.size ?? docx.defaultSize!));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(14);
  });

  it('marks "DỰ THẢO" first, then the sample banner, then the letterhead', () => {
    expect(texts[0]).toBe('DỰ THẢO');
    expect(texts[1]).toMatch(/^DỮ LIỆU MẪU — KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC\./);
    expect(texts.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeGreaterThan(1);
  });

  it('has quốc hiệu, tiêu ngữ underlined, issuing body, blank số and date, BÁO CÁO and trích yếu', () => {
    const motto = docx.paragraphs.find((p) => p.text === 'Độc lập - Tự do - Hạnh phúc')!;
    expect(motto.runs.every((r) => r.underline && r.bold)).toBe(true);
    const nation = docx.paragraphs.find((p) => p.text === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
    expect(nation.inTable && nation.runs.every((r) => r.bold)).toBe(true);
    expect(texts).toContain('UBND THÀNH PHỐ HÀ NỘI');
    expect(docx.paragraphs.find((p) => p.text === 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG')!.runs[0]!.bold).toBe(true);
    // Số and ngày stay blank for the clerk: no digits in the number, day or month.
    expect(texts.find((t) => t.startsWith('Số:'))).toMatch(/^Số:\s{3,}\/BC-SNNMT$/);
    expect(texts.find((t) => t.startsWith('Hà Nội, ngày'))).toMatch(/^Hà Nội, ngày\s{3,}tháng\s{3,}năm 20…$/);
    expect(docx.paragraphs.find((p) => p.text.startsWith('Hà Nội, ngày'))!.runs[0]!.italic).toBe(true);
    const type = texts.indexOf('BÁO CÁO');
    expect(texts[type + 1]).toBe(PHRASES.subject.replace('{year}', '2026'));
  });

  it('ends with nơi nhận and a signature block left blank', () => {
    const at = texts.indexOf('Nơi nhận:');
    expect(at).toBeGreaterThan(texts.indexOf('BÁO CÁO'));
    expect(texts.slice(at + 1, at + 3)).toEqual([PHRASES.recipientCity, PHRASES.recipientArchive]);
    expect(texts.slice(at + 3).every((t) => t === '')).toBe(true);
  });

  it('numbers pages in the header from page 2, not on page 1', () => {
    expect(docx.page.titlePage).toBe(true);
    const first = docx.headers.find((h) => h.type === 'first')!;
    const other = docx.headers.find((h) => h.type === 'default')!;
    expect(first.xml).not.toMatch(/PAGE/);
    expect(other.xml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
  });

  it('repeats table headers on each page and never splits a row', () => {
    // Data tables are the ruled ones; the letterhead and the sign-off are borderless layout tables.
    const tables = docx.files['word/document.xml']!.split('<w:tbl>')
      .slice(1)
      .filter((t) => /<w:tblBorders><w:top w:val="single"/.test(t));
    expect(tables.length).toBe(1);
    for (const t of tables) {
      const rows = t.split('<w:tr>').slice(1);
      expect(rows.length).toBe(41);
      expect(rows[0]).toMatch(/<w:tblHeader\/>/);
      expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    }
  });

  it('has no sample banner when built from real submissions', async () => {
    const real = readDocx(await draftBytes(small(false)));
    expect(real.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/DỮ LIỆU MẪU/);
    expect(real.paragraphs[0]!.text).toBe('DỰ THẢO');
  });

  it('opens in LibreOffice and prints to A4 PDF in Times New Roman (or its metric twin), nothing in a fallback font', () => {
    const started = performance.now();
    const facts = pdfFacts(docxToPdf(bytes));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `report-docx: ${bytes.length} B .docx → ${facts.bytes} B PDF, ${facts.pages} pages, fonts ${facts.fonts.join(', ')}, ${seconds.toFixed(1)} s`,
    );
    expect(facts.wellFormed).toBe(true);
    expect(facts.pages).toBeGreaterThanOrEqual(2);
    expect(facts.sizes.length).toBeGreaterThanOrEqual(facts.pages);
    for (const [w, h] of facts.sizes) {
      expect(w).toBeCloseTo(A4_PT[0], 0);
      expect(h).toBeCloseTo(A4_PT[1], 0);
    }
    expect(facts.fonts.length).toBeGreaterThan(0);
    expect(facts.fonts.filter((f) => !TIMES_NEW_ROMAN_FACES.test(f))).toEqual([]);
  }, 120_000);
});
