import { z } from 'zod';
import { slug, text } from './common.ts';

/** Kinds of body named in the plan. Labels are what the site shows. */
export const agencyKinds = {
  'bo-nganh-trung-uong': 'Bộ, ngành Trung ương',
  'so-nganh': 'Sở, ban, ngành Thành phố',
  'ubnd-phuong-xa': 'UBND phường, xã',
  'cong-an-quan-doi': 'Công an, quân đội',
  'chinh-quyen-thanh-pho': 'Chính quyền Thành phố',
  nhom: 'Nhóm cơ quan',
} as const;
export type AgencyKind = keyof typeof agencyKinds;

/**
 * Who reports to Sở Nông nghiệp và Môi trường (section IV.4 of the plan): "các Sở, ban, ngành" (here with Công an
 * Thành phố, Bộ Tư lệnh Thủ đô and the BQL, which the appendices name beside them) and "UBND các phường, xã".
 * Ministries report to the Government, not to Hanoi, and UBND/HĐND Thành phố receive the reports: neither ever
 * reports. The level follows from the kind, so it is written nowhere else.
 */
export const reportingLevels = {
  'cap-so': 'Sở, ban, ngành và đơn vị cấp Thành phố',
  'cap-xa': 'UBND phường, xã',
} as const;
export type ReportingLevel = keyof typeof reportingLevels;
const levelIds = Object.keys(reportingLevels) as [ReportingLevel, ...ReportingLevel[]];

const levelOfKind: Record<AgencyKind, ReportingLevel | null> = {
  'bo-nganh-trung-uong': null,
  'so-nganh': 'cap-so',
  'ubnd-phuong-xa': 'cap-xa',
  'cong-an-quan-doi': 'cap-so',
  'chinh-quyen-thanh-pho': null,
  nhom: null,
};

/** The reporting level of a body, or null when it never reports to Sở NN&MT (ministries, UBND/HĐND Thành phố, groups). */
export const reportingLevel = (a: { kind: AgencyKind }): ReportingLevel | null => levelOfKind[a.kind];

export const agencySchema = z
  .object({
    /** Stable ASCII id, used in URLs (/co-quan/<id>/) and by tasks. */
    id: slug,
    /** Full name, as the plan writes it. */
    name: text,
    /** What kind of body this is. */
    kind: z.enum(Object.keys(agencyKinds) as [AgencyKind, ...AgencyKind[]], {
      error: `loại cơ quan phải là một trong: ${Object.keys(agencyKinds).join(', ')}`,
    }),
    /** Other forms the plan uses for the same body, e.g. "Du lịch" after "Sở Công thương;". */
    aliases: z.array(text).default([]),
    /**
     * Only for a group (kind "nhom"): the level whose every reporting unit the group stands for. "UBND các phường,
     * xã" is every ward and commune (cap-xa); "Các Sở, ngành liên quan", "Các sở, ban, ngành" and "Các đơn vị có liên
     * quan" are every department-level unit (cap-so). Membership is recorded here once, never per task.
     */
    members: z.enum(levelIds, { error: `nhóm phải ghi members là một trong: ${levelIds.join(', ')}` }).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.kind === 'nhom' && !a.members)
      ctx.addIssue({
        code: 'custom',
        path: ['members'],
        message: `nhóm cơ quan phải ghi members (${levelIds.join(' hoặc ')}): nhóm gồm những đơn vị nào`,
      });
    if (a.kind !== 'nhom' && a.members)
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'chỉ nhóm cơ quan (kind: nhom) mới có members' });
  });

export type Agency = z.output<typeof agencySchema>;
