// npm run draft-report -- <năm> [--mau] [--out <tệp.docx>]: writes the Word draft of the consolidated yearly report
// that Sở Nông nghiệp và Môi trường sends UBND Thành phố (section IV.1 of the plan), compiled from the units'
// submissions. A draft: marked "DỰ THẢO", số, ngày and signature blank for the clerk; never published by the site.
// --mau builds it from the fictional sample submissions in test/fixtures/reports (the draft then carries the banner).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { formatProblems } from '../lib/data-file.ts';
import { readSiteData } from '../lib/site-data.ts';
import { draftBytes } from '../report/docx.ts';
import { reportForYear, reportYears } from '../report/from-site.ts';

const root = resolve(import.meta.dirname, '..', '..');
const SAMPLE_REPORTS = join('test', 'fixtures', 'reports');

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const args = process.argv.slice(2);
const sample = args.includes('--mau') || args.includes('--sample');
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
if (outAt >= 0 && !out) fail('Sau --out cần ghi tên tệp, ví dụ: npm run draft-report -- 2026 --out du-thao-2026.docx');
const yearArg = args.find((a, i) => /^\d+$/.test(a) && (outAt < 0 || i !== outAt + 1)) ?? '';
if (!/^\d{4}$/.test(yearArg))
  fail(`Cần ghi năm báo cáo, ví dụ: npm run draft-report -- 2026${args.length ? ` (đang ghi "${args.join(' ')}")` : ''}`);
const year = Number(yearArg);

const started = performance.now();
const { data, problems } = readSiteData(root, sample ? { reportsDir: SAMPLE_REPORTS } : {});
if (!data) fail(formatProblems(problems.filter((p) => p.severity === 'error')));
const site = data!;
if (!reportYears(site).includes(year))
  fail(
    `Chưa có báo cáo nào của các đơn vị cho năm ${year}${sample ? ' trong dữ liệu mẫu' : ''}; các năm đã có: ${reportYears(site).join(', ') || 'chưa có'}.`,
  );

const doc = reportForYear(site, year);
const bytes = await draftBytes(doc);
const path = resolve(process.cwd(), out ?? join(root, 'du-thao', `du-thao-bao-cao-${year}${doc.sample ? '-du-lieu-mau' : ''}.docx`));
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, bytes);
const shown = relative(process.cwd(), path) || path;
console.log(
  `Đã ghi bản dự thảo báo cáo năm ${year}: ${shown} (${Math.round(bytes.length / 1024)} KB, ${((performance.now() - started) / 1000).toFixed(1)} giây).` +
    (doc.sample ? '\nLƯU Ý: bản này tạo từ DỮ LIỆU MẪU (hư cấu), chỉ dùng để thử; trang đầu có dải cảnh báo.' : '') +
    '\nĐây là DỰ THẢO: số, ngày và chữ ký để trống cho văn thư; hãy rà soát nội dung trước khi trình ký.',
);
