import { z } from 'zod';
import { isoDate, slug, text, webLink, year } from './common.ts';

export { isoDate, webLink };

// One published annual report: content/results/<year>.yaml. Staff write these by hand, so every field carries a
// Vietnamese description (it becomes the editor tooltip in content/results.schema.json) and every error message
// says what is expected, with an example.

// The status vocabulary is the one of unit submissions (src/schemas/report.ts); this old single-file format is
// being replaced by per-unit submissions (issue 10) and only reads the same words.
import { reportedStatusIds as statusIds, reportedStatusSchema, statusList, evidenceSchema, sampleFlag } from './report.ts';
export { reportedStatuses, finalStatuses, reportedStatusSchema, evidenceSchema, sampleFlag, type ReportedStatus, type Evidence } from './report.ts';

const number = (what: string) =>
  z.number({ error: `${what} phải là một số, ví dụ 92.5 (dùng dấu chấm thập phân, không dùng dấu phẩy, không kèm đơn vị)` });

export const taskResultSchema = z
  .object({
    // Same id format as src/schemas/task.ts (more digits only past 99 rows, as in the benchmark's synthetic plans).
    task: z
      .string({ error: 'cần mã nhiệm vụ, ví dụ pl2-07' })
      .regex(/^pl(1-(i|ii)|2)-\d{2,}$/, { error: 'mã nhiệm vụ có dạng pl1-i-01, pl1-ii-01 hoặc pl2-01 (xem địa chỉ trang nhiệm vụ trên trang web)' })
      .describe('Mã nhiệm vụ, ví dụ pl2-07 (là phần cuối địa chỉ trang /nhiem-vu/pl2-07/)'),
    status: reportedStatusSchema.describe(`Trạng thái theo báo cáo. Một trong: ${statusList}`),
    summary: text.describe('Tóm tắt ngắn kết quả trong năm, đúng như báo cáo ghi'),
    percent: number('tỷ lệ hoàn thành')
      .min(0, { error: 'tỷ lệ hoàn thành phải từ 0 đến 100' })
      .max(100, { error: 'tỷ lệ hoàn thành phải từ 0 đến 100' })
      .nullable()
      .optional()
      .describe('Tỷ lệ hoàn thành (0–100), chỉ khi báo cáo nêu. Bỏ trống nếu không có'),
    reason: text
      .nullable()
      .optional()
      .describe(
        'Lý do, bắt buộc khi: trạng thái là dung-hoac-thay-the; nhiệm vụ đã hết thời gian thực hiện mà chưa hoàn thành (ví dụ đã được gia hạn); hoặc nhiệm vụ đã báo cáo hoàn thành nay quay lại đang thực hiện. Lý do được hiển thị công khai',
      ),
    evidence: z.array(evidenceSchema).default([]).describe('Văn bản, đường dẫn chứng minh kết quả'),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.status === 'hoan-thanh' && r.percent != null && r.percent < 100)
      ctx.addIssue({ code: 'custom', path: ['percent'], message: `nhiệm vụ "hoan-thanh" thì tỷ lệ hoàn thành phải là 100 (hoặc bỏ trống); đang ghi ${r.percent}` });
    if (r.status === 'dung-hoac-thay-the' && !r.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'trạng thái "dung-hoac-thay-the" cần ghi lý do (trường reason): dừng vì sao, hoặc được thay bằng nhiệm vụ, văn bản nào' });
  })
  .describe('Kết quả của một nhiệm vụ trong năm báo cáo');

export const targetValueSchema = z
  .object({
    target: slug.describe('Mã mục tiêu, ví dụ chat-thai-ran-sinh-hoat-do-thi (là phần cuối địa chỉ trang /muc-tieu/…/)'),
    value: number('giá trị').describe('Giá trị đo được, là một số, ví dụ 92.5'),
    unit: text.describe('Đơn vị, phải trùng đơn vị của mục tiêu, ví dụ "%"'),
    as_of: isoDate.describe('Ngày mà số liệu phản ánh, dạng NĂM-THÁNG-NGÀY, ví dụ 2026-10-31'),
    source: text.describe('Nguồn số liệu: văn bản, số, ngày, cơ quan, ví dụ "Báo cáo số 456/BC-SNNMT ngày 15/11/2026 của Sở Nông nghiệp và Môi trường"'),
    source_url: webLink.nullable().optional().describe('Đường dẫn tới nguồn số liệu, nếu có (https://…)'),
    note: text.nullable().optional().describe('Ghi chú về cách tính hoặc phạm vi số liệu, nếu báo cáo nêu'),
  })
  .strict()
  .describe('Số liệu của một mục tiêu định lượng');

export const reportDocumentSchema = z
  .object({
    number: text.describe('Số hiệu văn bản báo cáo, ví dụ "123/BC-UBND"'),
    date: isoDate.describe('Ngày ký văn bản, dạng NĂM-THÁNG-NGÀY'),
    issuer: text.describe('Cơ quan ban hành, ví dụ "UBND thành phố Hà Nội"'),
    title: text.nullable().optional().describe('Trích yếu của văn bản, nếu có'),
    url: webLink.nullable().optional().describe('Đường dẫn tới văn bản đã đăng công khai (https://…). Bỏ trống nếu chưa đăng'),
  })
  .strict()
  .describe('Văn bản báo cáo đã ban hành');

export const reportFileSchema = z
  .object({
    sample: sampleFlag,
    year: year.describe('Năm báo cáo, ví dụ 2026. Phải trùng tên tệp (2026.yaml)'),
    document: reportDocumentSchema,
    published: isoDate.describe('Ngày công bố báo cáo, dạng NĂM-THÁNG-NGÀY'),
    note: text.nullable().optional().describe('Ghi chú chung về báo cáo, nếu có'),
    tasks: z.array(taskResultSchema).default([]).describe('Kết quả từng nhiệm vụ. Nhiệm vụ không có trong danh sách được hiển thị là "Chưa báo cáo"'),
    targets: z.array(targetValueSchema).default([]).describe('Số liệu các mục tiêu định lượng'),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.document.date > r.published)
      ctx.addIssue({ code: 'custom', path: ['published'], message: `ngày công bố (${r.published}) không thể trước ngày ký văn bản (${r.document.date})` });
    if (r.document.date < `${r.year}-01-01`)
      ctx.addIssue({ code: 'custom', path: ['document', 'date'], message: `báo cáo năm ${r.year} không thể ký trước năm ${r.year}; đang ghi ${r.document.date}` });
    r.targets.forEach((v, i) => {
      if (v.as_of > r.published)
        ctx.addIssue({ code: 'custom', path: ['targets', i, 'as_of'], message: `số liệu không thể tính đến ngày ${v.as_of}, sau ngày công bố báo cáo (${r.published})` });
      if (v.unit === '%' && (v.value < 0 || v.value > 100))
        ctx.addIssue({ code: 'custom', path: ['targets', i, 'value'], message: `tỷ lệ phần trăm phải từ 0 đến 100; đang ghi ${v.value}` });
    });
  })
  .describe('Báo cáo kết quả thực hiện Kế hoạch trong một năm (content/results/<năm>.yaml)');

export type ReportFile = z.output<typeof reportFileSchema>;
export type TaskResult = z.output<typeof taskResultSchema>;
export type TargetValue = z.output<typeof targetValueSchema>;

// Public open-data records (dist/data/results.json, target-values.json). One row per report year and task, with
// the state the site shows and the rule that produced it, so that outside users see exactly what readers see.

export const openResultSchema = z
  .object({
    year: z.number().int().describe('Năm báo cáo'),
    task: z.string().describe('Mã nhiệm vụ, xem tasks.json'),
    state: z.string().describe('Trạng thái trang web hiển thị (mã): trạng thái báo cáo hoặc trạng thái tính theo quy tắc'),
    state_label: z.string().describe('Tên trạng thái'),
    rule: z.string().describe('Mã quy tắc đã quyết định trạng thái (xem /ket-qua/#quy-tac)'),
    reported_status: z.enum(statusIds).nullable().describe('Trạng thái báo cáo ghi; null nếu báo cáo năm đó không nhắc đến nhiệm vụ'),
    summary: z.string().nullable().describe('Tóm tắt kết quả theo báo cáo'),
    percent: z.number().nullable().describe('Tỷ lệ hoàn thành theo báo cáo, nếu có'),
    reason: z.string().nullable().describe('Lý do ghi trong báo cáo, nếu có'),
    evidence: z.array(z.object({ title: z.string(), url: z.string().nullable() })).describe('Văn bản chứng minh'),
    report_document: z.string().describe('Số hiệu văn bản báo cáo'),
    report_date: z.string().describe('Ngày ký văn bản báo cáo (YYYY-MM-DD)'),
    report_issuer: z.string().describe('Cơ quan ban hành báo cáo'),
    published: z.string().describe('Ngày công bố (YYYY-MM-DD)'),
    url: z.string().describe('Trang kết quả năm đó'),
  })
  .describe('Trạng thái của một nhiệm vụ trong một năm báo cáo');

export const openTargetValueSchema = z
  .object({
    year: z.number().int().describe('Năm báo cáo'),
    target: z.string().describe('Mã mục tiêu, xem targets.json'),
    value: z.number(),
    unit: z.string(),
    as_of: z.string().describe('Ngày số liệu phản ánh (YYYY-MM-DD)'),
    source: z.string().describe('Nguồn số liệu'),
    source_url: z.string().nullable(),
    note: z.string().nullable(),
    report_document: z.string().describe('Số hiệu văn bản báo cáo chứa số liệu'),
    url: z.string().describe('Trang của mục tiêu'),
  })
  .describe('Một giá trị đã báo cáo của một mục tiêu định lượng');

export type OpenResult = z.infer<typeof openResultSchema>;
export type OpenTargetValue = z.infer<typeof openTargetValueSchema>;
