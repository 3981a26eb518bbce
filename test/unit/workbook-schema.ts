// STAND-IN until the reporting model's submission schema (src/schemas/report.ts) lands on main; then the tests
// import that one, so that the workbook is checked by exactly the schema the YAML is.
import { z } from 'zod';
import { slug, text, year } from '../../src/schemas/common.ts';
import { isoDate, taskResultSchema, webLink } from '../../src/schemas/result.ts';

export const submissionSchema = z
  .object({
    unit: slug,
    year,
    document: z.object({ number: text, date: isoDate, signer: text.optional(), url: webLink.optional() }).strict(),
    tasks: z.array(taskResultSchema).default([]),
    proposals: z.array(text).default([]),
    targets: z
      .array(z.object({ target: slug, value: z.number(), unit: text, as_of: isoDate, source: text, scope: text }).strict())
      .default([]),
  })
  .strict();
