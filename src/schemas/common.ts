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

/** A calendar date written YYYY-MM-DD, as YAML and JSON Schema understand it; rejects 2026-02-30. */
export const isoDate = z
  .string({ error: 'cần một ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-30' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'ngày phải viết dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-30 (không viết 30/11/2026)' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { error: 'ngày này không có trên lịch (kiểm tra tháng từ 01 đến 12 và số ngày của tháng)' },
  );

/** Links must open in any browser and must not run code: http(s) only. */
export const webLink = z
  .httpUrl({ error: 'đường dẫn phải là địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://' })
  // The URL parser quietly accepts "https://x.vn/a xem thêm" by encoding the space; a link must be the address alone.
  .regex(/^[^\s"<>`{}|\\^]+$/, { error: 'đường dẫn chỉ gồm địa chỉ web, không có dấu cách hay các ký tự " < > ` { } | \\ ^; ghi chú hãy để ở trường khác' });
