import { z } from 'zod';
import { text } from './common.ts';

/** Frontmatter of one part of the plan text (content/plan/*.mdx). */
export const planPartSchema = z
  .object({
    /** Position of this part in the document. */
    order: z.number().int().min(0),
    /** The part's heading as printed, used in the table of contents. */
    title: text,
  })
  .strict();

/** A block of the plan text: a heading or a paragraph, with its stable anchor. */
export const planBlockSchema = z.object({
  kind: z.enum(['heading', 'para']),
  id: z.string(),
  level: z.number().int().min(1).max(6).nullable(),
  text: z.string(),
});

export type PlanPart = z.output<typeof planPartSchema>;
export type PlanBlock = z.output<typeof planBlockSchema>;
