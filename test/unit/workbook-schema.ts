// The reporting model's submission schema (src/schemas/report.ts) is on main: the workbook is checked by exactly the
// schema the YAML is.
export { submissionSchema } from '../../src/schemas/report.ts';
