import { z } from 'zod';
import { isoDate, slug, text, webLink } from './common.ts';

// Hanoi's commune-level units (content/wards.yaml). The plan names them only as a group ("UBND các phường, xã"), so
// listing them one by one needs the official list: the editors copy it from the resolution that set them up after
// the 2025 reorganisation and cite it here. The file is the editors' data, and the site labels it so.

export const wardTypes = { phuong: 'phường', xa: 'xã' } as const;
export type WardType = keyof typeof wardTypes;

export const wardSchema = z
  .object({
    /** Stable ASCII id, used in URLs and as the file name of the unit's reports: "phuong-hoan-kiem", "xa-soc-son". */
    id: slug,
    /** Phường or xã. */
    type: z.enum(Object.keys(wardTypes) as [WardType, ...WardType[]], { error: 'type phải là "phuong" hoặc "xa"' }),
    /** The unit's name without its type, as the resolution writes it: "Hoàn Kiếm". */
    name: text,
    /** Clause (khoản) of Điều 1 of the resolution that sets the unit up. */
    clause: z.number().int().positive(),
    /** Five-digit administrative code, where the editors recorded it (source in codes_source). */
    code: z
      .string()
      .regex(/^\d{5}$/, { error: 'mã đơn vị hành chính gồm 5 chữ số, viết trong dấu nháy, ví dụ "00070"' })
      .optional(),
  })
  .strict()
  .superRefine((w, ctx) => {
    if (!w.id.startsWith(`${w.type}-`))
      ctx.addIssue({ code: 'custom', path: ['id'], message: `mã của một ${wardTypes[w.type]} bắt đầu bằng "${w.type}-"` });
  });

export const wardRegistrySchema = z
  .object({
    /** The official act the list is copied from. */
    source: z
      .object({
        document: text.describe('Số hiệu, ví dụ "1656/NQ-UBTVQH15"'),
        date: isoDate.describe('Ngày ban hành'),
        issuer: text.describe('Cơ quan ban hành'),
        title: text.optional(),
        url: webLink.optional(),
      })
      .strict(),
    /** How many units the act sets up; the site says how many are listed against it. */
    expected_count: z.number().int().positive(),
    /** Where the administrative codes come from, if the units carry them. */
    codes_source: text.optional(),
    /** Who compiled the list (the site shows it as the editors' data). */
    compiled_by: text,
    note: text.optional(),
    units: z.array(wardSchema),
  })
  .strict();

export type Ward = z.output<typeof wardSchema>;
export type WardRegistry = z.output<typeof wardRegistrySchema>;
