import { z } from 'zod';
import { planAnchor, slug } from './common.ts';

/**
 * Editorial cross-references: which plan paragraphs and targets a task serves.
 * These are the site team's reading, not words of the plan, and the site labels them so.
 */
export const taskLinkSchema = z
  .object({
    /** Id of the task these links belong to. */
    id: z.string(),
    paragraphs: z.array(planAnchor).default([]),
    targets: z.array(slug).default([]),
  })
  .strict();

export type TaskLink = z.output<typeof taskLinkSchema>;
