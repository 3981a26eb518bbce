import { z } from 'zod';

/** Vietnamese text: trimmed, never empty, stored as NFC so that search, filters and comparisons see one form. */
export const text = z
  .string({ error: 'cần một đoạn chữ' })
  .trim()
  .min(1, { error: 'không được để trống' })
  .transform((s) => s.normalize('NFC'));

/** An ASCII identifier that is also safe as a URL segment: "so-xay-dung", "pl2-07". */
export const slug = z.string({ error: 'cần một mã (chuỗi chữ)' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "so-xay-dung"',
});

/** A calendar year inside any plausible reporting horizon of this plan. */
export const year = z
  .number({ error: 'cần một năm, viết bằng số, ví dụ 2026' })
  .int({ error: 'năm phải là số nguyên' })
  .min(2000, { error: 'năm phải từ 2000 trở đi' })
  .max(2100, { error: 'năm phải trước 2100' });

/** Paragraph or heading anchor in the plan text, e.g. "ii-4-b-p2". Checked against the plan by the integrity pass. */
export const planAnchor = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'mã đoạn văn không hợp lệ' });
