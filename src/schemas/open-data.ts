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
    period: z.object({ start: z.number().int(), end: z.number().int() }).nullable().describe('Năm bắt đầu và kết thúc; null nếu văn bản không ghi'),
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
