import { z } from 'zod';
import { agencyKinds, type AgencyKind } from './agency.ts';
import { comparisons, type Comparison } from './target.ts';

// The public interface of dist/data/: what outside users may rely on. JSON Schema files are generated from these.

const role = z.object({
  agency: z.string().describe('Mã cơ quan, xem agencies.json'),
  condition: z.string().optional().describe('Điều kiện văn bản gắn với cơ quan này, nếu có'),
});

export const openTaskSchema = z
  .object({
    id: z.string().describe('Mã ổn định của nhiệm vụ'),
    appendix: z.enum(['I', 'II']).describe('Phụ lục'),
    part: z.enum(['I', 'II']).nullable().describe('Phần của Phụ lục I; null với Phụ lục II'),
    number: z.number().int().describe('Số thứ tự (TT) như văn bản in'),
    title: z.string().describe('Tên nhiệm vụ, nguyên văn'),
    lead: z.array(role).describe('Cơ quan chủ trì'),
    lead_as_written: z.string().describe('Ô "Cơ quan chủ trì" đúng như văn bản in'),
    coordinating: z.array(role).describe('Cơ quan phối hợp'),
    coordinating_as_written: z.string().nullable().describe('Ô "Cơ quan phối hợp" đúng như văn bản in; null nếu để trống'),
    period: z
      .object({ start: z.number().int(), end: z.number().int() })
      .nullable()
      .describe('Năm bắt đầu và kết thúc; null nếu văn bản không ghi'),
    period_as_written: z.string().nullable().describe('Ô "Thời gian thực hiện" đúng như văn bản in'),
    url: z.string().describe('Trang của nhiệm vụ trên trang web'),
  })
  .describe('Một nhiệm vụ trong Phụ lục I hoặc II của Kế hoạch');

export const openAgencySchema = z
  .object({
    id: z.string(),
    name: z.string().describe('Tên cơ quan như văn bản ghi'),
    kind: z.enum(Object.keys(agencyKinds) as [AgencyKind, ...AgencyKind[]]),
    kind_label: z.string().describe('Tên loại cơ quan'),
    lead_count: z.number().int().describe('Số nhiệm vụ chủ trì'),
    coordinating_count: z.number().int().describe('Số nhiệm vụ phối hợp'),
    url: z.string(),
  })
  .describe('Một cơ quan được nêu trong Kế hoạch');

export const openTargetSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['dinh-luong', 'dinh-ky']).describe('dinh-luong: con số cam kết; dinh-ky: nghĩa vụ lặp lại'),
    statement: z.string().describe('Nguyên văn cam kết'),
    measure: z.string().describe('Nhãn ngắn do nhóm biên tập đặt'),
    value: z.number().nullable().describe('Giá trị cam kết; null với nghĩa vụ định kỳ'),
    unit: z.string().nullable().describe('Đơn vị; null nếu Kế hoạch không nêu'),
    comparison: z.enum(Object.keys(comparisons) as [Comparison, ...Comparison[]]).nullable(),
    stretch_value: z.number().nullable().describe('Mức phấn đấu, nếu Kế hoạch nêu'),
    deadline: z.number().int().nullable().describe('Năm phải đạt, chỉ khi Kế hoạch nêu'),
    every_years: z.number().int().nullable().describe('Chu kỳ (năm) với nghĩa vụ định kỳ'),
    paragraph: z.string().describe('Mã đoạn nguồn trong Kế hoạch'),
    paragraph_url: z.string(),
    url: z.string(),
  })
  .describe('Một mục tiêu định lượng hoặc nghĩa vụ định kỳ của Kế hoạch');

export type OpenTask = z.infer<typeof openTaskSchema>;
export type OpenAgency = z.infer<typeof openAgencySchema>;
export type OpenTarget = z.infer<typeof openTargetSchema>;

// ── Units and their reports (dist/data/units.*, submissions.*, task-states.*, task-parts.*, unit-years.*,
// target-values.*). What the site shows, row for row, with the rule behind each derived state.

const roleInTask = z.object({
  role: z.enum(['chu-tri', 'phoi-hop']).describe('chu-tri: chủ trì; phoi-hop: phối hợp'),
  via: z.string().describe('Mã cơ quan Kế hoạch nêu trong ô: chính đơn vị, hoặc nhóm có đơn vị (xem agencies.json)'),
  condition: z.string().nullable().describe('Điều kiện Kế hoạch gắn với vai trò, nguyên văn'),
});

export const openUnitSchema = z
  .object({
    id: z.string().describe('Mã đơn vị, cũng là tên tệp báo cáo của đơn vị'),
    name: z.string(),
    level: z.enum(['cap-so', 'cap-xa']).describe('cap-so: sở, ban, ngành và đơn vị cấp Thành phố; cap-xa: UBND phường, xã'),
    kind: z.string().describe('Loại cơ quan (xem agencies.json)'),
    source: z
      .string()
      .nullable()
      .describe('Với phường, xã: văn bản làm căn cứ danh sách (dữ liệu của nhóm biên tập); null với cơ quan Kế hoạch nêu tên'),
    clause: z.number().int().nullable().describe('Khoản của Điều 1 văn bản đó'),
    code: z.string().nullable().describe('Mã đơn vị hành chính, nếu có'),
    lead_count: z.number().int().describe('Số nhiệm vụ đơn vị chủ trì (kể cả qua nhóm)'),
    task_count: z.number().int().describe('Số nhiệm vụ đơn vị tham gia'),
    url: z.string(),
  })
  .describe('Một đơn vị gửi báo cáo về Sở Nông nghiệp và Môi trường (mục IV.4 của Kế hoạch)');

export const openSubmissionSchema = z
  .object({
    year: z.number().int(),
    unit: z.string().describe('Mã đơn vị, xem units.json'),
    kind: z.enum(['nam', 'dot-xuat']).describe('nam: báo cáo năm; dot-xuat: báo cáo đột xuất'),
    request: z.object({ document: z.string(), deadline: z.string().nullable() }).nullable().describe('Yêu cầu mà báo cáo đột xuất trả lời'),
    document: z.object({ number: z.string(), date: z.string(), signer: z.string().nullable(), url: z.string().nullable() }),
    received: z.string().nullable().describe('Ngày Sở Nông nghiệp và Môi trường nhận, nếu biên tập viên ghi'),
    tasks: z.array(
      z.object({
        task: z.string(),
        status: z.string().describe('Trạng thái phần việc của đơn vị, do đơn vị ghi'),
        summary: z.string(),
        percent: z.number().nullable(),
        reason: z.string().nullable(),
        evidence: z.array(z.object({ title: z.string(), url: z.string().nullable() })),
      }),
    ),
    proposals: z.array(z.string()).describe('Đề xuất, kiến nghị'),
    targets: z.array(
      z.object({
        target: z.string(),
        value: z.number(),
        unit: z.string(),
        as_of: z.string(),
        source: z.string(),
        source_url: z.string().nullable(),
        scope: z.string(),
        note: z.string().nullable(),
      }),
    ),
    url: z.string(),
  })
  .describe('Một báo cáo của một đơn vị, đúng như tệp đã đăng');

export const openTaskStateSchema = z
  .object({
    year: z.number().int(),
    task: z.string(),
    mode: z
      .enum(['mot-don-vi', 'nhom', 'phan-viec-ha-noi'])
      .describe('Cách ô chủ trì được tạo thành, quyết định trang có nêu một trạng thái chung hay không'),
    state: z.string().nullable().describe('Trạng thái nhiệm vụ, chỉ khi một đơn vị Thành phố chủ trì; null trong các trường hợp khác'),
    state_label: z.string().nullable(),
    lead_unit: z.string().nullable().describe('Đơn vị chủ trì khi mode là mot-don-vi'),
    counts: z
      .record(z.string(), z.number().int())
      .describe(
        'Số đơn vị theo trạng thái: đơn vị chủ trì (mode nhom) hoặc mọi đơn vị Thành phố tham gia (mode phan-viec-ha-noi, mot-don-vi)',
      ),
    url: z.string(),
  })
  .describe('Một nhiệm vụ trong một năm có báo cáo');

export const openTaskPartSchema = z
  .object({
    year: z.number().int(),
    task: z.string(),
    unit: z.string(),
    roles: z.array(roleInTask),
    state: z.string().describe('Trạng thái phần việc trang hiển thị'),
    state_label: z.string(),
    rule: z.string().describe('Mã quy tắc quyết định trạng thái (xem /ket-qua/#quy-tac)'),
    reported_status: z.string().nullable().describe('Trạng thái đơn vị ghi; null nếu báo cáo không nhắc đến'),
    summary: z.string().nullable(),
    percent: z.number().nullable(),
    reason: z.string().nullable(),
  })
  .describe('Phần việc của một đơn vị trong một nhiệm vụ, một năm');

export const openUnitYearSchema = z
  .object({
    year: z.number().int(),
    unit: z.string(),
    timeliness: z.enum(['dung-han', 'muon', 'chua-nhan', 'chua-den-han']),
    timeliness_label: z.string(),
    document_date: z.string().nullable().describe('Ngày ký báo cáo năm, nếu đã nhận'),
    as_of: z.string().describe('Ngày của phiên bản dữ liệu mà "chưa nhận", "quá hạn" được tính theo'),
    expected: z.array(z.string()).describe('Nhiệm vụ đơn vị tham gia phải báo cáo năm đó'),
    covered: z.array(z.string()).describe('Những nhiệm vụ đó mà báo cáo có nhắc đến'),
    proposals: z.array(z.string()),
    ad_hoc: z.number().int().describe('Số báo cáo đột xuất trong năm'),
    url: z.string(),
  })
  .describe('Một đơn vị trong một năm: đã gửi báo cáo năm chưa, đúng hạn hay muộn');

export const openTargetValueSchema = z
  .object({
    year: z.number().int(),
    target: z.string().describe('Mã mục tiêu, xem targets.json'),
    reporting_unit: z.string().describe('Đơn vị cung cấp số liệu, xem units.json'),
    city_wide: z.boolean().describe('true khi đơn vị là đơn vị báo cáo số liệu toàn Thành phố do nhóm biên tập xác định (targets.json)'),
    value: z.number(),
    unit: z.string().describe('Đơn vị đo'),
    scope: z.string().describe('Phạm vi số liệu, như đơn vị ghi'),
    as_of: z.string(),
    source: z.string(),
    source_url: z.string().nullable(),
    note: z.string().nullable(),
    url: z.string(),
  })
  .describe('Một số liệu mục tiêu do một đơn vị cung cấp');

export type OpenUnit = z.infer<typeof openUnitSchema>;
export type OpenSubmission = z.infer<typeof openSubmissionSchema>;
export type OpenTaskState = z.infer<typeof openTaskStateSchema>;
export type OpenTaskPart = z.infer<typeof openTaskPartSchema>;
export type OpenUnitYear = z.infer<typeof openUnitYearSchema>;
export type OpenTargetValue = z.infer<typeof openTargetValueSchema>;
