import { z } from 'zod';
import { isoDate, slug, text, webLink, year } from './common.ts';
import { reportedStatuses, reportedStatusIds, statusList } from './report-status.ts';

// What a reporting unit sends to Sở Nông nghiệp và Môi trường (section IV.4 of the plan), one file per submission:
//   content/reports/<năm>/<mã đơn vị>.yaml                          the yearly report, due before 01/12
//   content/reports/<năm>/<mã đơn vị>--dot-xuat-<YYYY-MM-DD>.yaml   an ad-hoc report ("đột xuất khi có yêu cầu")
// and the consolidated report Sở NN&MT or UBND Thành phố issues for a year:
//   content/reports/<năm>/tong-hop.yaml
// Staff write these by hand (or through the workbook, issue 12), so every field carries a Vietnamese description (it
// becomes the editor tooltip in content/report.schema.json) and every error message says what to write instead.
// Checks that need the plan, the registry or the file name live in src/lib/reports.ts.

// The statuses themselves carry no zod: the report form's script needs them before it needs any schema.
export * from './report-status.ts';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().trim();

export const reportedStatusSchema = z.enum(reportedStatusIds, {
  error: (issue) => {
    // Staff often type the label they see on the site ("Hoàn thành"); point them to its code.
    const typed = typeof issue.input === 'string' ? fold(issue.input) : '';
    const match = reportedStatusIds.find((s) => fold(reportedStatuses[s]) === typed || s.replace(/-/g, ' ') === typed);
    return match
      ? `trạng thái ghi bằng mã không dấu: hãy ghi "${match}" (nghĩa là "${reportedStatuses[match]}")`
      : `trạng thái phải là một trong: ${statusList}`;
  },
});

/** The first and last year a report may cover: the plan's year, and the last end year of any task (checked in reports.ts). */
export const FIRST_REPORT_YEAR = 2025;

/** Names of files in content/reports/<year>/. The unit id is checked against the registry, the date against the content. */
export const CONSOLIDATED_FILE = 'tong-hop.yaml';
export const SUBMISSION_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*?)(?:--dot-xuat-(\d{4}-\d{2}-\d{2}))?\.yaml$/;

const number = (what: string, example = '92.5') =>
  z.number({
    error: `${what} phải là một số, ví dụ ${example} (dùng dấu chấm thập phân, không dùng dấu phẩy, không kèm đơn vị, không dùng dấu chấm ngăn cách hàng nghìn)`,
  });

export const evidenceSchema = z
  .object({
    title: text.describe('Tên văn bản hoặc tài liệu chứng minh, ví dụ "Quyết định số 1234/QĐ-UBND ngày 05/9/2026 phê duyệt Đề án …"'),
    url: webLink.nullable().optional().describe('Đường dẫn tới văn bản, nếu đã đăng công khai (https://…). Bỏ trống nếu không có'),
  })
  .strict()
  .describe('Một văn bản hoặc đường dẫn làm bằng chứng');

export const taskIdSchema = z.string({ error: 'cần mã nhiệm vụ, ví dụ pl2-07' }).regex(/^pl(1-(i|ii)|2)-\d{2,}$/, {
  error: 'mã nhiệm vụ có dạng pl1-i-01, pl1-ii-01 hoặc pl2-01 (xem địa chỉ trang nhiệm vụ trên trang web)',
});

/** The unit's own part of one task. The role (chủ trì, phối hợp) comes from the plan, never from this entry. */
export const submissionTaskSchema = z
  .object({
    task: taskIdSchema.describe('Mã nhiệm vụ, ví dụ pl2-07 (là phần cuối địa chỉ trang /nhiem-vu/pl2-07/)'),
    status: reportedStatusSchema.describe(`Trạng thái phần việc của đơn vị. Một trong: ${statusList}`),
    summary: text.describe('Tóm tắt kết quả phần việc của đơn vị trong năm, đúng như văn bản báo cáo ghi'),
    percent: number('tỷ lệ hoàn thành', '40')
      .min(0, { error: 'tỷ lệ hoàn thành phải từ 0 đến 100' })
      .max(100, { error: 'tỷ lệ hoàn thành phải từ 0 đến 100' })
      .nullable()
      .optional()
      .describe('Tỷ lệ hoàn thành (0–100, ví dụ 40 nghĩa là 40%), chỉ khi đơn vị chủ trì nhiệm vụ và văn bản nêu. Bỏ trống nếu không có'),
    reason: text
      .nullable()
      .optional()
      .describe(
        'Lý do, bắt buộc khi: trạng thái là dung-hoac-thay-the; nhiệm vụ đã hết thời gian thực hiện mà chưa hoàn thành (ví dụ đã được gia hạn); hoặc phần việc đã báo cáo hoàn thành nay quay lại đang thực hiện. Lý do được hiển thị công khai',
      ),
    evidence: z.array(evidenceSchema).default([]).describe('Văn bản, đường dẫn chứng minh kết quả'),
  })
  .strict()
  .superRefine((r, ctx) => {
    // Excel shows 40% but stores 0.4; a value strictly between 0 and 1 is almost always that.
    if (r.percent != null && r.percent > 0 && r.percent < 1)
      ctx.addIssue({
        code: 'custom',
        path: ['percent'],
        message: `tỷ lệ ghi theo thang 0–100: ${r.percent} có vẻ là ${Math.round(r.percent * 100)}% viết dạng phân số; hãy ghi ${Math.round(r.percent * 100)}`,
      });
    if (r.status === 'hoan-thanh' && r.percent != null && r.percent < 100)
      ctx.addIssue({
        code: 'custom',
        path: ['percent'],
        message: `phần việc "hoan-thanh" thì tỷ lệ hoàn thành phải là 100 (hoặc bỏ trống); đang ghi ${r.percent}`,
      });
    if (r.status === 'dung-hoac-thay-the' && !r.reason)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'trạng thái "dung-hoac-thay-the" cần ghi lý do (trường reason): dừng vì sao, hoặc được thay bằng nhiệm vụ, văn bản nào',
      });
  })
  .describe('Phần việc của đơn vị trong một nhiệm vụ');

/** A figure for a quantified target, as the unit supplies it: always the unit's own, with its scope. */
export const submissionTargetSchema = z
  .object({
    target: slug.describe('Mã mục tiêu, ví dụ chat-thai-ran-sinh-hoat-do-thi (là phần cuối địa chỉ trang /muc-tieu/…/)'),
    value: number('giá trị').describe(
      'Giá trị đo được, là một số, ví dụ 92.5 (không dùng dấu chấm ngăn cách hàng nghìn: 1234, không phải 1.234)',
    ),
    unit: text.describe('Đơn vị, phải trùng đơn vị của mục tiêu, ví dụ "%"'),
    as_of: isoDate.describe('Ngày mà số liệu phản ánh, dạng NĂM-THÁNG-NGÀY, ví dụ 2026-10-31'),
    source: text.describe(
      'Nguồn số liệu: văn bản, số, ngày, cơ quan, ví dụ "Báo cáo số 456/BC-SNNMT ngày 15/11/2026 của Sở Nông nghiệp và Môi trường"',
    ),
    source_url: webLink.nullable().optional().describe('Đường dẫn tới nguồn số liệu, nếu có (https://…)'),
    scope: text.describe('Phạm vi số liệu, ví dụ "toàn Thành phố" hoặc "trên địa bàn phường Hoàn Kiếm"'),
    note: text.nullable().optional().describe('Ghi chú về cách tính, nếu văn bản nêu'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.unit === '%' && (v.value < 0 || v.value > 100))
      ctx.addIssue({ code: 'custom', path: ['value'], message: `tỷ lệ phần trăm phải từ 0 đến 100; đang ghi ${v.value}` });
  })
  .describe('Số liệu của một mục tiêu định lượng do đơn vị cung cấp');

/** The unit's signed document. */
export const submissionDocumentSchema = z
  .object({
    number: text.describe('Số hiệu văn bản, ví dụ "123/BC-SXD"'),
    date: isoDate.describe('Ngày ký văn bản, dạng NĂM-THÁNG-NGÀY. Đúng hạn khi trước ngày 01/12 của năm báo cáo'),
    signer: text.nullable().optional().describe('Người ký, nếu văn bản ghi, ví dụ "Phó Giám đốc Nguyễn Văn A"'),
    url: webLink.nullable().optional().describe('Đường dẫn tới văn bản, nếu đã đăng công khai (https://…)'),
  })
  .strict()
  .describe('Văn bản báo cáo của đơn vị');

/** The request an ad-hoc report answers. */
export const adHocRequestSchema = z
  .object({
    document: text.describe('Văn bản yêu cầu báo cáo, ví dụ "Công văn số 45/SNNMT-MT ngày 01/3/2026 của Sở Nông nghiệp và Môi trường"'),
    deadline: isoDate.nullable().optional().describe('Hạn gửi mà văn bản yêu cầu đặt ra, nếu có, dạng NĂM-THÁNG-NGÀY'),
  })
  .strict()
  .describe('Yêu cầu báo cáo đột xuất mà báo cáo này trả lời');

/** Only in test/fixtures: fictional data. A file under content/ carrying it is rejected. */
export const sampleFlag = z
  .literal(true, { error: 'chỉ được ghi "sample: true" (dữ liệu mẫu) hoặc bỏ hẳn trường này' })
  .optional()
  .describe('CHỈ dành cho dữ liệu mẫu trong test/fixtures. Tệp thật không được có trường này');

export const submissionSchema = z
  .object({
    sample: sampleFlag,
    draft: z
      .boolean({ error: 'draft là true (bản nháp, chưa công bố) hoặc bỏ hẳn trường này' })
      .optional()
      .describe('Ghi draft: true khi tệp còn là bản nháp: tệp được kiểm tra (chỉ cảnh báo) nhưng không được công bố'),
    unit: slug.describe('Mã đơn vị báo cáo, trùng tên tệp, ví dụ so-xay-dung hoặc phuong-hoan-kiem (xem trang /co-quan/)'),
    year: year.describe('Năm báo cáo, trùng tên thư mục, ví dụ 2026'),
    request: adHocRequestSchema.optional(),
    document: submissionDocumentSchema,
    received: isoDate.nullable().optional().describe('Ngày Sở Nông nghiệp và Môi trường nhận văn bản (do biên tập viên ghi), nếu có'),
    tasks: z
      .array(submissionTaskSchema)
      .default([])
      .describe('Phần việc của đơn vị trong từng nhiệm vụ đơn vị tham gia. Nhiệm vụ không có ở đây được hiển thị là "Chưa báo cáo"'),
    proposals: z.array(text).default([]).describe('Đề xuất, kiến nghị (nếu có), mỗi ý một mục'),
    targets: z.array(submissionTargetSchema).default([]).describe('Số liệu các mục tiêu định lượng do đơn vị cung cấp'),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.received && r.received < r.document.date)
      ctx.addIssue({
        code: 'custom',
        path: ['received'],
        message: `ngày nhận (${r.received}) không thể trước ngày ký văn bản (${r.document.date})`,
      });
    if (r.document.date < `${r.year}-01-01`)
      ctx.addIssue({
        code: 'custom',
        path: ['document', 'date'],
        message: `báo cáo năm ${r.year} không thể ký trước năm ${r.year}; đang ghi ${r.document.date}`,
      });
  })
  .describe('Báo cáo kết quả của một đơn vị gửi Sở Nông nghiệp và Môi trường (content/reports/<năm>/<mã đơn vị>.yaml)');

/** The compiled report a year, as issued. The site shows it beside the submissions and derives nothing from it. */
export const consolidatedSchema = z
  .object({
    sample: sampleFlag,
    year: year.describe('Năm báo cáo, trùng tên thư mục'),
    document: z
      .object({
        number: text.describe('Số hiệu, ví dụ "123/BC-UBND"'),
        date: isoDate.describe('Ngày ký, dạng NĂM-THÁNG-NGÀY'),
        issuer: text.describe('Cơ quan ban hành: "Sở Nông nghiệp và Môi trường" hoặc "UBND thành phố Hà Nội"'),
        title: text.nullable().optional().describe('Trích yếu, nếu có'),
        url: webLink.nullable().optional().describe('Đường dẫn tới văn bản đã đăng công khai (https://…)'),
      })
      .strict(),
    published: isoDate.describe('Ngày đăng lên trang, dạng NĂM-THÁNG-NGÀY'),
    summary: text.nullable().optional().describe('Trích nguyên văn phần tóm tắt của văn bản, nếu có'),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.document.date > r.published)
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message: `ngày đăng (${r.published}) không thể trước ngày ký văn bản (${r.document.date})`,
      });
  })
  .describe('Báo cáo tổng hợp đã ban hành của một năm (content/reports/<năm>/tong-hop.yaml)');

export type Submission = z.output<typeof submissionSchema>;
export type SubmissionTask = z.output<typeof submissionTaskSchema>;
export type SubmissionTarget = z.output<typeof submissionTargetSchema>;
export type Consolidated = z.output<typeof consolidatedSchema>;
export type Evidence = z.output<typeof evidenceSchema>;
