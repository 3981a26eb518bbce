// npm run results-schema: regenerates content/results.schema.json from the zod schema, so editors (VS Code with the
// YAML extension) autocomplete and check results files. A unit test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reportJsonSchemaText } from '../lib/results.ts';

const path = resolve(import.meta.dirname, '..', '..', 'content', 'results.schema.json');
writeFileSync(path, reportJsonSchemaText());
console.log('Đã cập nhật content/results.schema.json');
