// npm run validate [-- <thư mục>]: checks the annual results files exactly as the build does, and says in Vietnamese
// what to fix. Exit code 1 when there is an error (the build would stop), 0 otherwise; warnings never fail.
// The folder is the argument, else RESULTS_DIR, else content/results.
import { basename, resolve } from 'node:path';
import { formatProblems } from '../lib/data-file.ts';
import { loadResults, readPlanContext } from '../lib/results.ts';

const root = resolve(import.meta.dirname, '..', '..');
const arg = process.argv[2];

const { plan, problems: planProblems } = readPlanContext(root);
if (planProblems.length) {
  console.error(formatProblems(planProblems));
  process.exit(1);
}

const { reports, problems, dir, sample } = loadResults(plan, { root, dir: arg ? resolve(process.cwd(), arg) : undefined });
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;

if (reports.length === 0 && problems.length === 0) {
  console.log(`Chưa có báo cáo kết quả nào trong ${dir}/: không có gì để kiểm tra. Tạo tệp mẫu bằng: npm run new-report -- <năm>`);
  process.exit(0);
}
console.log(`Đã đọc ${reports.length} tệp kết quả trong ${dir}/${reports.length ? `: ${reports.map((r) => basename(r.file)).join(', ')}` : ''}.`);
if (sample) console.log('Đây là DỮ LIỆU MẪU (không phải thư mục content/results, hoặc tệp có "sample: true"): mọi trang tạo từ đây mang dải cảnh báo.');
if (problems.length) (errors ? console.error : console.log)(`\n${formatProblems(problems)}\n`);
console.log(
  errors
    ? `Kết quả: ${errors} lỗi, ${warnings} cảnh báo. Trang web sẽ KHÔNG được tạo cho đến khi sửa hết lỗi.`
    : `Kết quả: không có lỗi${warnings ? `, ${warnings} cảnh báo (nên xem lại, nhưng không chặn việc tạo trang)` : ''}.`,
);
process.exit(errors ? 1 : 0);
