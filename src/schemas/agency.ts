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
  })
  .strict();

export type Agency = z.output<typeof agencySchema>;
