// The Word draft of the consolidated report, built by the command staff run (npm run draft-report) from the fictional
// sample submissions, then read back from the .docx: every run traced to one of the four sources, every task, every
// unit that reported and every proposal present, and LibreOffice opens it and prints it to A4 in Times New Roman.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSiteData, type SiteData } from '../../src/lib/site-data.ts';
import { roleLabels } from '../../src/lib/registry.ts';
import { stateLabels, timelinessLabels } from '../../src/lib/reporting-rules.ts';
import { draftBytes } from '../../src/report/docx.ts';
import { reportForYear } from '../../src/report/from-site.ts';
import { readDocx, type Docx } from '../support/docx.ts';
import { A4_PT, TIMES_NEW_ROMAN_FACES, docxToPdf, pdfFacts } from '../support/pdf.ts';
import { submissionText, traceRun, vocabulary, type Vocabulary } from '../support/report-trace.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join('test', 'fixtures', 'reports');
const YEAR = 2026;
// The date "not received" is judged against is the commit's; fixed here so the test reads the same on any day.
const AS_OF = '2026-12-15';

let data: SiteData;
let docx: Docx;
let bytes: Buffer;
let vocab: Vocabulary;
let files: ReturnType<typeof submissionText>['files'];
let out: string;
const seconds: Record<string, number> = {};

beforeAll(() => {
  process.env.AS_OF_DATE = AS_OF;
  const read = readSiteData(ROOT, { reportsDir: SAMPLE });
  if (!read.data) throw new Error(read.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n'));
  data = read.data;
  out = mkdtempSync(join(tmpdir(), 'hn122-draft-'));
  // The command as staff run it (npm run draft-report -- 2026 --mau --out …), on the project's own Node.
  const started = performance.now();
  const r = spawnSync(process.execPath, ['src/cli/draft-report.ts', String(YEAR), '--mau', '--out', join(out, 'du-thao.docx')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, AS_OF_DATE: AS_OF },
  });
  seconds.cli = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`draft-report failed:\n${r.stdout}\n${r.stderr}`);
  bytes = readFileSync(join(out, 'du-thao.docx'));
  docx = readDocx(bytes);
  const subs = submissionText(join(ROOT, SAMPLE, String(YEAR)));
  files = subs.files;
  const rulesWords = [
    ...Object.values(stateLabels),
    ...Object.values(timelinessLabels),
    ...Object.values(roleLabels),
    ...data.registry.units.map((u) => u.name),
  ];
  vocab = vocabulary(data, rulesWords, subs.strings);
}, 120_000);
afterAll(() => {
  delete process.env.AS_OF_DATE;
  rmSync(out, { recursive: true, force: true });
});

const texts = () => docx.paragraphs.map((p) => p.text);
/** The paragraphs of one task: from its heading to the next task or section heading. */
function taskSection(title: string): string[] {
  const all = texts();
  const at = all.findIndex((t) => t.endsWith(`. ${title}`));
  if (at < 0) return [];
  const next = all.findIndex(
    (t, i) => i > at && (/^Phụ lục .*, mục \d+\. /.test(t) || /^(I|II|III|IV)\. [A-ZĐ]/.test(t) || /^\d\. /.test(t)),
  );
  return all.slice(at, next < 0 ? undefined : next);
}

describe('npm run draft-report -- 2026 --mau', () => {
  it('writes a draft that carries DỰ THẢO and the sample banner on its first page', () => {
    expect(texts()[0]).toBe('DỰ THẢO');
    expect(texts()[1]).toMatch(/^DỮ LIỆU MẪU — KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC\./);
    expect(data.reporting.sample).toBe(true);
  });

  it('says nothing that does not come from a fixed phrase, the plan, the rules or a submission', () => {
    const runs = docx.paragraphs.flatMap((p) => p.runs.map((r) => r.text)).filter((t) => t !== '');
    expect(runs.length).toBeGreaterThan(200);
    const untraced = runs.filter((t) => traceRun(t, vocab) === null);
    expect(untraced).toEqual([]);
    const bySource = new Map<string, number>();
    for (const t of runs) bySource.set(traceRun(t, vocab)!, (bySource.get(traceRun(t, vocab)!) ?? 0) + 1);
    // Each of the four sources is actually used, so the trace is not passing on one catch-all set.
    expect([...bySource.keys()].sort()).toEqual(['plan', 'rules', 'submission', 'template']);
  });

  it('would catch a sentence written anywhere else', async () => {
    const doc = reportForYear(data, YEAR);
    doc.blocks.push({ kind: 'para', content: [{ text: 'Nhìn chung, các đơn vị đã hoàn thành tốt nhiệm vụ.', source: 'template' }] });
    const rogue = readDocx(await draftBytes(doc));
    const untraced = rogue.paragraphs.flatMap((p) => p.runs.map((r) => r.text)).filter((t) => t !== '' && traceRun(t, vocab) === null);
    expect(untraced).toEqual(['Nhìn chung, các đơn vị đã hoàn thành tốt nhiệm vụ.']);
  });

  it('lists every task of the plan, with its state or its units counted by state', () => {
    const all = texts();
    for (const t of data.tasks) {
      const section = taskSection(t.title);
      expect(section.length, t.id).toBeGreaterThan(1);
      const ty = data.reporting.derived.tasks.get(YEAR)!.get(t.id)!;
      if (ty.mode === 'mot-don-vi') expect(section, t.id).toContain(`Trạng thái: ${stateLabels[ty.state!]}.`);
    }
    expect(all.filter((t) => /^Phụ lục .*, mục \d+\. /.test(t))).toHaveLength(data.tasks.length);
  });

  it('gives, under each task, the part of every unit that reported on it, with its summary and document', () => {
    let checked = 0;
    for (const f of files) {
      const s = f.data as {
        unit: string;
        draft?: boolean;
        request?: unknown;
        document: { number: string };
        tasks?: { task: string; summary: string }[];
      };
      // Drafts are never published, so never compiled; ad-hoc reports carry no task parts into the year's states.
      if (s.draft || s.request) continue;
      const name = data.registry.unitById.get(s.unit)!.name;
      for (const e of s.tasks ?? []) {
        const section = taskSection(data.taskById.get(e.task)!.title).join('\n');
        expect(section, `${f.file} ${e.task}`).toContain(`- ${name} (`);
        expect(section, `${f.file} ${e.task}`).toContain(e.summary.normalize('NFC'));
        expect(section, `${f.file} ${e.task}`).toContain(`số ${s.document.number}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('says which units reported on time, late or not at all, naming every reporting unit once', () => {
    const all = texts();
    const start = all.indexOf('I. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ');
    const end = all.findIndex((t, i) => i > start && /^II\. /.test(t));
    const section = all.slice(start, end).join('\n');
    for (const u of data.registry.units) expect(section, u.id).toContain(u.name);
    const rows = data.reporting.derived.units.get(YEAR)!;
    const counts = new Map<string, number>();
    for (const r of rows.values()) counts.set(r.timeliness, (counts.get(r.timeliness) ?? 0) + 1);
    for (const [t, n] of counts) expect(section).toContain(`${timelinessLabels[t as keyof typeof timelinessLabels]}: ${n} đơn vị: `);
  });

  it('carries every "đề xuất, kiến nghị" word for word, under its unit', () => {
    const all = texts();
    const start = all.indexOf('IV. ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ');
    const section = all.slice(start);
    let n = 0;
    for (const f of files) {
      const s = f.data as { unit: string; draft?: boolean; proposals?: string[] };
      if (s.draft) continue;
      const name = data.registry.unitById.get(s.unit)!.name;
      for (const p of s.proposals ?? []) {
        const at = section.indexOf(`- ${p.normalize('NFC')}`);
        expect(at, `${f.file}: ${p}`).toBeGreaterThan(0);
        const heading = section.slice(0, at).findLast((t) => /^\d+\. /.test(t));
        expect(heading, p).toMatch(new RegExp(`^\\d+\\. ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        n++;
      }
    }
    expect(n).toBeGreaterThan(0);
  });

  it('opens in LibreOffice and prints to A4 in Times New Roman', () => {
    const started = performance.now();
    const pdf = pdfFacts(docxToPdf(bytes));
    seconds.pdf = (performance.now() - started) / 1000;
    console.log(
      `draft-report ${YEAR} (sample): ${(bytes.length / 1024).toFixed(1)} KB .docx in ${seconds.cli!.toFixed(1)} s; ` +
        `PDF ${pdf.pages} pages A4, ${(pdf.bytes / 1024).toFixed(0)} KB in ${seconds.pdf.toFixed(1)} s; fonts ${pdf.fonts.join(', ')}`,
    );
    expect(pdf.wellFormed).toBe(true);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    for (const [w, h] of pdf.sizes) {
      expect(w).toBeCloseTo(A4_PT[0], 0);
      expect(h).toBeCloseTo(A4_PT[1], 0);
    }
    expect(pdf.fonts.filter((f) => !TIMES_NEW_ROMAN_FACES.test(f))).toEqual([]);
  }, 180_000);
});

describe('npm run draft-report: mistakes staff make', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['src/cli/draft-report.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, AS_OF_DATE: AS_OF },
    });
  it('asks for the year in Vietnamese', () => {
    const r = run();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Cần ghi năm báo cáo, ví dụ: npm run draft-report -- 2026/);
  }, 60_000);
  it('says which years have reports when the year has none', () => {
    const r = run('2029', '--mau');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Chưa có báo cáo nào của các đơn vị cho năm 2029 trong dữ liệu mẫu; các năm đã có: 2025, 2026\./);
  }, 60_000);
});
