// The report form's checks, loaded apart from its script (src/scripts/report-form.ts): building zod's schemas costs
// 25–75 ms of script on a fast machine (four times that on a cheap phone), which the page would otherwise pay while
// it opens, before anyone has typed. zod's configuration (zod-browser.ts) must come first.
import './zod-browser.ts';

export { submissionSchema } from '../schemas/report.ts';
