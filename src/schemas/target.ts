import { z } from 'zod';
import { planAnchor, slug, text, year } from './common.ts';

export const comparisons = {
  'toi-thieu': 'tối thiểu',
  tren: 'trên',
  'toi-da': 'tối đa',
  bang: 'bằng',
} as const;
export type Comparison = keyof typeof comparisons;

const common = {
  /** Stable ASCII id, used in /muc-tieu/<id>/ and by results. */
  id: slug,
  /** The commitment, verbatim from the plan. */
  statement: text,
  /** Short description of what is measured (editorial label, shown as such). */
  measure: text,
  /** Anchor of the plan paragraph the statement comes from. */
  paragraph: planAnchor,
};

/** A number the plan commits to: 95% of urban household waste, water loss down to 10%, ... */
export const quantitativeTargetSchema = z
  .object({
    ...common,
    kind: z.literal('dinh-luong'),
    /** Unit as the plan gives it ("%"), or null when the plan states none. */
    unit: text.nullable(),
    comparison: z.enum(Object.keys(comparisons) as [Comparison, ...Comparison[]]),
    value: z.number(),
    /** How the value is written in the statement ("90%"), so a test can find it there. */
    value_text: text,
    /** The stretch goal ("phấn đấu"), where the plan gives one. */
    stretch: z.object({ value: z.number(), value_text: text }).strict().nullable(),
    /** The year the plan sets, only where it sets one. */
    deadline: year.nullable(),
    /**
     * EDITORIAL, not the plan's words: the reporting unit whose figure the site shows as the city-wide value, and
     * why the editors chose it. Figures from any other unit are shown as that unit's own, with their scope, never
     * as the city's rate. Null (or absent) while the editors have named none.
     */
    reported_by: z.object({ unit: slug, basis: text }).strict().nullable().default(null),
  })
  .strict();

/** A recurring obligation: the greenhouse-gas inventory every two years, the yearly report before 1 December. */
export const recurringTargetSchema = z
  .object({
    ...common,
    kind: z.literal('dinh-ky'),
    /** Every how many years the obligation recurs. */
    every_years: z.number().int().positive(),
    value_text: text,
    /** Day and month it is due each time, where the plan gives them. */
    due: z
      .object({ day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12), text })
      .strict()
      .nullable(),
  })
  .strict();

export const targetSchema = z.discriminatedUnion('kind', [quantitativeTargetSchema, recurringTargetSchema]);

export type Target = z.output<typeof targetSchema>;
export type QuantitativeTarget = z.output<typeof quantitativeTargetSchema>;
