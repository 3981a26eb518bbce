// npm run report-schema: regenerates content/report.schema.json and content/consolidated.schema.json from the zod
// schemas, so editors autocomplete and check report files. A unit test fails when a committed file is out of date.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { reportJsonSchemas } from '../lib/reports.ts';

const dir = resolve(import.meta.dirname, '..', '..', 'content');
for (const [name, text] of Object.entries(reportJsonSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`Đã cập nhật content/${name}`);
}
