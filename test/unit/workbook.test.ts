// The unit workbook: template → filled as a person would (awkward cases included) → re-saved by LibreOffice →
// imported, and equal to the hand-written YAML. Bad workbooks are each refused naming the sheet and the cell.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { cellDate, cellNumber, cellText } from '../../src/lib/workbook/cells.ts';
import { SHEETS, TASK_COLUMNS, columnLetter } from '../../src/lib/workbook/layout.ts';
import { readWorkbook, statusFromLabel, validateValues } from '../../src/lib/workbook/read.ts';
import { workbookBytes } from '../../src/lib/workbook/write.ts';
import type { UnitForm } from '../../src/lib/workbook/model.ts';
import { submissionSchema } from '../../src/schemas/report.ts';
import { editWorkbook, fillLikeAPerson, hasSoffice, labelRow, resaveWithLibreOffice, rowOf, setFormat } from '../support/workbook.ts';

const form: UnitForm = {
  unit: { id: 'so-xay-dung', name: 'Sở Xây dựng' },
  year: 2026,
  tasks: [
    { id: 'pl2-05', title: 'Xây dựng các khu liên hợp tái chế, xử lý chất thải', leads: false, role: 'Phối hợp', timeframe: '2025–2030' },
    { id: 'pl2-06', title: 'Xây dựng hệ thống thu gom, xử lý nước thải tập trung', leads: true, role: 'Chủ trì', timeframe: '2025–2030' },
    {
      id: 'pl2-07',
      title: 'Xây dựng hệ thống thu gom, xử lý nước thải tại các khu, cụm, làng nghề',
      leads: true,
      role: 'Chủ trì — đối với khu/cụm/làng nghề từ 2 xã (phường) trở lên',
      timeframe: '2025–2030',
    },
    {
      id: 'pl2-08',
      title: 'Xây dựng các dự án bổ cập nước, cải tạo, phục hồi các hồ ao',
      leads: true,
      role: 'Chủ trì',
      timeframe: '2025–2030',
    },
  ],
  targets: [
    { id: 'xu-ly-nuoc-thai-khu-cum-cong-nghiep', measure: 'Tỷ lệ nước thải khu, cụm công nghiệp được xử lý', unit: '%' },
    { id: 'that-thoat-nuoc-cap-nuoc', measure: 'Tỷ lệ thất thoát nước sạch', unit: '%' },
  ],
};
const forms = (unit: string, year: number) => (unit === form.unit.id && year === form.year ? form : null);
const expected = submissionSchema.parse(
  parse(readFileSync(new URL('../fixtures/workbook/so-xay-dung-2026.yaml', import.meta.url), 'utf8')),
);
const col = (k: string) => columnLetter(TASK_COLUMNS, k);

async function importBytes(bytes: Uint8Array, file = 'so-xay-dung.xlsx') {
  return validateValues(await readWorkbook(bytes, file, forms), submissionSchema);
}

describe('cells', () => {
  it('reads text from rich text, formulas and links, NFC and trimmed', () => {
    expect(cellText({ richText: [{ text: 'Đã ' }, { text: 'xong' }] })).toBe('Đã xong');
    expect(cellText({ formula: 'A1', result: 'Hoàn thành' })).toBe('Hoàn thành');
    expect(cellText('  Hoàn thành\u00a0'.normalize('NFD'))).toBe('Hoàn thành');
  });
  it('reads percents, decimal commas, and refuses ambiguous or wordy numbers', () => {
    expect(cellNumber(0.4, '0%', true)).toEqual({ ok: true, value: 40 });
    expect(cellNumber(0.4, 'General', true)).toEqual({ ok: true, value: 0.4 });
    expect(cellNumber('40%', undefined, true)).toEqual({ ok: true, value: 40 });
    expect(cellNumber('92,5', undefined)).toEqual({ ok: true, value: 92.5 });
    expect(cellNumber('1.234', undefined).ok).toBe(false);
    expect(cellNumber('khoảng 40', undefined)).toMatchObject({
      ok: false,
      message: expect.stringContaining('không phải là một số') as string,
    });
    expect(cellNumber({ error: '#VALUE!' }, undefined).ok).toBe(false);
  });
  it('reads dates day first, as date cells and as serials, never month first', () => {
    expect(cellDate('30/11/2026')).toEqual({ ok: true, value: '2026-11-30' });
    expect(cellDate('3.9.2026')).toEqual({ ok: true, value: '2026-09-03' });
    expect(cellDate('2026-11-30')).toEqual({ ok: true, value: '2026-11-30' });
    expect(cellDate(new Date(Date.UTC(2026, 10, 30)))).toEqual({ ok: true, value: '2026-11-30' });
    expect(cellDate(46356)).toEqual({ ok: true, value: '2026-11-30' });
    expect(cellDate('11/30/2026').ok).toBe(false);
    expect(cellDate('30/02/2026').ok).toBe(false);
  });
  it('maps the dropdown labels to the schema codes, and refuses a mistyped label with the right one', () => {
    expect(statusFromLabel('Hoàn thành')).toEqual({ ok: true, value: 'hoan-thanh' });
    expect(statusFromLabel(' hoàn  thành ')).toEqual({ ok: true, value: 'hoan-thanh' });
    expect(statusFromLabel('hoan thanh')).toMatchObject({ ok: false, message: expect.stringContaining('chọn "Hoàn thành"') as string });
    expect(statusFromLabel('Xong')).toMatchObject({ ok: false, message: expect.stringContaining('Chưa bắt đầu') as string });
  });
});

describe('workbook round trip', () => {
  it('an untouched template imports as an empty submission, asking for the document fields', async () => {
    const { problems } = await importBytes(await workbookBytes(form));
    expect(problems.map((p) => p.where)).toEqual(['Sheet "Nhiệm vụ", ô B4 › số hiệu văn bản báo cáo', 'Sheet "Nhiệm vụ", ô B5 › ngày ký']);
    expect(problems[0]!.message).toMatch(/^ô còn trống/);
  });

  it('a workbook re-made from the YAML imports as the same YAML', async () => {
    const { data, problems } = await importBytes(await workbookBytes(form, expected));
    expect(problems).toEqual([]);
    expect(data).toEqual(expected);
  });

  // CI installs LibreOffice (.ci/run), so there the test always runs; elsewhere it is skipped, never silently passed.
  it.skipIf(!hasSoffice() && !process.env.CI)(
    'filled as a person would, re-saved by LibreOffice, imports as the hand-written YAML',
    async () => {
      const filled = resaveWithLibreOffice(await fillLikeAPerson(await workbookBytes(form)));
      const { data, problems } = await importBytes(filled);
      expect(problems).toEqual([]);
      expect(data).toEqual(expected);
    },
    120_000,
  );
});

describe('bad workbooks are refused, naming sheet and cell', () => {
  const bad = async (edit: (wb: ExcelJS.Workbook) => void) =>
    (await importBytes(await editWorkbook(await fillLikeAPerson(await workbookBytes(form)), edit))).problems;
  const tasks = (wb: ExcelJS.Workbook) => wb.getWorksheet(SHEETS.tasks)!;

  it('a label typed instead of picked', async () => {
    const problems = await bad((wb) => (tasks(wb).getCell(`${col('status')}${rowOf(tasks(wb), 'pl2-06')}`).value = 'dang thuc hien'));
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([expect.any(String)]);
    expect(problems[0]!.where).toMatch(/^Sheet "Nhiệm vụ", ô E\d+ › nhiệm vụ pl2-06$/);
    expect(problems[0]!.message).toContain('chọn "Đang thực hiện"');
  });

  it('percent 140', async () => {
    const problems = await bad((wb) => {
      const c = tasks(wb).getCell(`${col('percent')}${rowOf(tasks(wb), 'pl2-06')}`);
      c.value = 140;
      setFormat(c, 'General');
    });
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([expect.any(String)]);
    expect(problems[0]!.where).toMatch(/^Sheet "Nhiệm vụ", ô F\d+ › nhiệm vụ pl2-06$/);
    expect(problems[0]!.message).toContain('0 đến 100');
  });

  it('text in a number cell', async () => {
    const problems = await bad((wb) => (tasks(wb).getCell(`${col('percent')}${rowOf(tasks(wb), 'pl2-06')}`).value = 'gần xong'));
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([expect.any(String)]);
    expect(problems[0]!.where).toMatch(/^Sheet "Nhiệm vụ", ô F\d+/);
    expect(problems[0]!.message).toContain('"gần xong" không phải là một số');
    const target = await bad((wb) => {
      const ws = wb.getWorksheet(SHEETS.targets)!;
      ws.getCell(`C${rowOf(ws, 'xu-ly-nuoc-thai-khu-cum-cong-nghiep')}`).value = '92,5%  tăng';
    });
    expect(target.map((p) => p.where)).toEqual([
      expect.stringMatching(/^Sheet "Số liệu mục tiêu", ô C\d+ › mục tiêu xu-ly-nuoc-thai-khu-cum-cong-nghiep$/),
    ]);
  });

  it('a task the unit does not take part in', async () => {
    const problems = await bad((wb) => {
      const ws = tasks(wb);
      const n = rowOf(ws, 'pl2-07');
      ws.getCell(`A${n}`).value = 'pl2-01';
      ws.getCell(`${col('status')}${n}`).value = 'Hoàn thành';
    });
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([expect.any(String)]);
    expect(problems[0]!.where).toMatch(/^Sheet "Nhiệm vụ", ô A\d+ › nhiệm vụ pl2-01$/);
    expect(problems[0]!.message).toContain('không tham gia nhiệm vụ "pl2-01"');
  });

  it("another unit's code", async () => {
    const problems = await bad((wb) => (tasks(wb).getCell('B2').value = 'Sở Y tế (mã: so-y-te)'));
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([expect.any(String)]);
    expect(problems[0]!.where).toBe('Sheet "Nhiệm vụ", ô B2');
    expect(problems[0]!.message).toContain('"so-y-te"');
    const hidden = await importBytes(
      await editWorkbook(await workbookBytes(form, expected), (wb) => (wb.getWorksheet(SHEETS.meta)!.getCell('B1').value = 'so-y-te')),
    );
    expect(hidden.problems.map((p) => p.message)).toEqual([expect.stringContaining('"so-y-te" trong tệp không phải một đơn vị báo cáo')]);
  });

  it('a sheet renamed', async () => {
    const problems = await bad((wb) => (tasks(wb).name = 'Nhiem vu'));
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([expect.any(String)]);
    expect(problems[0]!.where).toBe('Sheet "Nhiệm vụ"');
    expect(problems[0]!.message).toContain('"Nhiem vu"');
  });

  it('a missing reason, a wrong date and a percent from a coordinating unit, all at once', async () => {
    const problems = await bad((wb) => {
      const ws = tasks(wb);
      ws.getCell(`${col('status')}${rowOf(ws, 'pl2-06')}`).value = 'Dừng hoặc được thay thế';
      ws.getCell(`B${labelRow(ws, 'Ngày ký')}`).value = '31/11/2026';
      ws.getCell(`${col('percent')}${rowOf(ws, 'pl2-05')}`).value = 50;
    });
    expect(problems.map((p) => p.where).sort()).toEqual([
      expect.stringMatching(/^Sheet "Nhiệm vụ", ô B5 › ngày ký$/),
      expect.stringMatching(/^Sheet "Nhiệm vụ", ô F\d+ › nhiệm vụ pl2-05$/),
      expect.stringMatching(/^Sheet "Nhiệm vụ", ô H\d+ › nhiệm vụ pl2-06$/),
    ]);
  });

  it('not a workbook at all', async () => {
    const { problems } = await importBytes(new TextEncoder().encode('unit: so-xay-dung'));
    expect(problems[0]!.message).toContain('không mở được tệp');
  });
});

describe('YAML text of a submission', () => {
  it('reads back as the same submission, whatever the strings hold', async () => {
    const { submissionYaml } = await import('../../src/lib/workbook/yaml-text.ts');
    const tricky = { ...expected, proposals: ['“Trích dẫn” # không phải chú thích', '- gạch đầu dòng: có hai chấm', 'dòng 1\ndòng 2'] };
    expect(submissionSchema.parse(parse(submissionYaml(tricky, { header: ['Tạo từ bảng tính'] })))).toEqual(tricky);
  });
});
