// npm run validate [-- <thư mục báo cáo>]: checks every data file exactly as the build does (the plan, the unit
// registry, every unit's submission, drafts included) and says in Vietnamese what to fix. Exit code 1 when there is
// an error (the build would stop), 0 otherwise; warnings, and anything wrong in a draft, never fail.
// The reports folder is the argument, else REPORTS_DIR, else <CONTENT_DIR>/reports.
import { resolve } from 'node:path';
import { formatProblems } from '../lib/data-file.ts';
import { readSiteDataWithWorkbooks } from '../lib/site-data.ts';

const root = resolve(import.meta.dirname, '..', '..');
const arg = process.argv[2];

const { data, problems, reports } = await readSiteDataWithWorkbooks(root, { reportsDir: arg ? resolve(process.cwd(), arg) : undefined });
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;

if (reports) {
  const files = reports.submissions.length + reports.consolidated.length;
  console.log(
    files + reports.drafts.length === 0 && errors === 0
      ? `Chưa có báo cáo nào trong ${reports.dir}/. Tạo tệp mẫu cho một đơn vị bằng: npm run new-report -- <năm> <mã đơn vị>`
      : `Đã đọc ${reports.dir}/: ${reports.submissions.length} báo cáo của đơn vị, ${reports.consolidated.length} báo cáo tổng hợp, ${reports.drafts.length} bản nháp (không công bố).`,
  );
  if (reports.sample)
    console.log(
      'Đây là DỮ LIỆU MẪU (không phải thư mục content/reports, hoặc tệp có "sample: true"): mọi trang tạo từ đây mang dải cảnh báo.',
    );
}
if (data) console.log(`Tính đến ngày ${data.reporting.asOf} (ngày của phiên bản đang kiểm tra).`);
// A blank template is a draft with a warning per blank field: show a few per draft, and count the rest.
const PER_DRAFT = 3;
const drafts = new Set(reports?.drafts.map((f) => resolve(root, f)) ?? []);
const perFile = new Map<string, number>();
const shown = problems.filter((p) => {
  if (!drafts.has(resolve(root, p.file))) return true;
  const n = (perFile.get(p.file) ?? 0) + 1;
  perFile.set(p.file, n);
  return n <= PER_DRAFT;
});
if (shown.length) (errors ? console.error : console.log)(`\n${formatProblems(shown)}\n`);
const hidden = problems.length - shown.length;
if (hidden)
  console.log(
    `(Còn ${hidden} cảnh báo khác trong các bản nháp, không hiện ở đây: mỗi bản nháp chỉ hiện ${PER_DRAFT} cảnh báo đầu. Điền xong và xóa draft: true để xem hết.)\n`,
  );
console.log(
  errors
    ? `Kết quả: ${errors} lỗi, ${warnings} cảnh báo. Trang web sẽ KHÔNG được tạo cho đến khi sửa hết lỗi.`
    : `Kết quả: không có lỗi${warnings ? `, ${warnings} cảnh báo (nên xem lại, nhưng không chặn việc tạo trang)` : ''}.`,
);
process.exit(errors ? 1 : 0);
