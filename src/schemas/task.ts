import { z } from 'zod';
import { ID_MAX, slug, text, year } from './common.ts';

/** One agency in a task's lead or coordinating cell, with the condition the source attaches, if any. */
export const agencyRoleSchema = z
  .object({
    /** Id of an agency in content/agencies.yaml. */
    agency: slug,
    /** Condition text, verbatim, e.g. "đối với khu/cụm/làng nghề từ 2 xã (phường) trở lên". */
    condition: text.optional(),
  })
  .strict();

export const periodSchema = z
  .object({ start: year, end: year })
  .strict()
  .refine((p) => p.end >= p.start, { error: 'năm kết thúc phải không sớm hơn năm bắt đầu', path: ['end'] });

export const taskSchema = z
  .object({
    /** pl1-i-NN, pl1-ii-NN (Phụ lục I, parts I/II) or pl2-NN (Phụ lục II); more digits once a list passes 99 rows. */
    id: z
      .string()
      .regex(/^pl(1-(i|ii)|2)-\d{2,}$/, { error: 'mã nhiệm vụ có dạng pl1-i-01, pl1-ii-01 hoặc pl2-01' })
      .max(ID_MAX, { error: `mã nhiệm vụ dài quá ${ID_MAX} ký tự (mã là tên thư mục trang nhiệm vụ); hãy viết dạng pl2-07` }),
    appendix: z.enum(['I', 'II']),
    /** Part of Phụ lục I ("I" đã được phê duyệt, "II" mở mới); null in Phụ lục II, which has no parts. */
    part: z.enum(['I', 'II']).nullable(),
    /** The row number (TT) as printed. */
    number: z.number().int().positive(),
    /** Title, verbatim. */
    title: text,
    /** The lead cell exactly as printed; "\n" separates entries printed on separate lines. */
    lead_as_written: text,
    lead: z.array(agencyRoleSchema).min(1, { error: 'nhiệm vụ phải có ít nhất một cơ quan chủ trì' }),
    /** The coordinating cell exactly as printed, or null when the cell is blank. */
    coordinating_as_written: text.nullable(),
    coordinating: z.array(agencyRoleSchema),
    /** The timeframe cell exactly as printed ("2024- 2030"), or null when the source leaves it blank. */
    period_as_written: text.nullable(),
    /** Start and end years read from the timeframe cell; null when the source states none. */
    period: periodSchema.nullable(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const expected =
      t.appendix === 'I'
        ? `pl1-${(t.part ?? '').toLowerCase()}-${String(t.number).padStart(2, '0')}`
        : `pl2-${String(t.number).padStart(2, '0')}`;
    if (t.id !== expected)
      ctx.addIssue({ code: 'custom', path: ['id'], message: `mã phải là "${expected}" theo phụ lục, phần và số thứ tự` });
    if ((t.appendix === 'I') !== (t.part !== null))
      ctx.addIssue({ code: 'custom', path: ['part'], message: 'Phụ lục I có phần I hoặc II; Phụ lục II không chia phần (null)' });
    if ((t.period === null) !== (t.period_as_written === null))
      ctx.addIssue({ code: 'custom', path: ['period'], message: 'thời gian thực hiện chỉ để trống khi văn bản để trống' });
    if ((t.coordinating.length === 0) !== (t.coordinating_as_written === null))
      ctx.addIssue({ code: 'custom', path: ['coordinating'], message: 'cơ quan phối hợp chỉ để trống khi văn bản để trống' });
  });

export type Task = z.output<typeof taskSchema>;
export type AgencyRole = z.output<typeof agencyRoleSchema>;
