// npm run new-report -- <năm> [<mã đơn vị>] [--all] [--xlsx <tệp.xlsx | thư mục>]: writes the yearly report template of one unit,
// content/reports/<năm>/<mã đơn vị>.yaml (or under REPORTS_DIR), or of every reporting unit when no unit is given.
// Each template lists the tasks the unit takes part in that are due that year, with its role and the condition the
// plan attaches, so staff only fill in blanks. Templates start as drafts (`draft: true`): checked, never published,
// never blocking anyone, until the unit's editor removes that line. Never overwrites: an existing file is a unit's
// record, and silently replacing it is how reports get lost.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { FIRST_REPORT_YEAR, finalStatuses, reportedStatuses, type Agency, type ReportedStatus } from '../schemas/index.ts';
import { formatProblems } from '../lib/data-file.ts';
import { taskRef } from '../lib/format.ts';
import { yearlyDeadline } from '../lib/reporting-rules.ts';
import { lastReportYear, loadReports, reportsDir } from '../lib/reports.ts';
import { readSiteData } from '../lib/site-data.ts';
import { openReportWorkbooks } from '../lib/report-workbook.ts';
import { unitFormOf } from '../lib/unit-form.ts';
import { workbookBytes } from '../lib/workbook/write.ts';
import { contentDir } from '../lib/loaders.ts';
import { targetValueLabel } from '../lib/targets.ts';

const root = resolve(import.meta.dirname, '..', '..');
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

// Options: --xlsx <tệp hoặc thư mục> writes the unit's workbook (src/lib/workbook/) instead of its YAML; --all writes
// every reporting unit's (with --xlsx, into a folder).
const argv = process.argv.slice(2);
const xlsxAt = argv.indexOf('--xlsx');
const xlsxOut = xlsxAt >= 0 ? argv[xlsxAt + 1] : undefined;
if (xlsxAt >= 0 && (!xlsxOut || xlsxOut.startsWith('--')))
  fail(
    'Sau --xlsx cần ghi tên tệp (một đơn vị) hoặc thư mục (--all), ví dụ: npm run new-report -- 2026 so-xay-dung --xlsx so-xay-dung-2026.xlsx',
  );
const allUnits = argv.includes('--all');
const [yearArg = '', unitArg] = argv.filter((a, i) => !a.startsWith('--') && !(xlsxAt >= 0 && i === xlsxAt + 1));
if (allUnits && unitArg !== undefined) fail(`Ghi mã một đơn vị hoặc --all, không ghi cả hai (đang ghi "${unitArg}" và --all).`);
// A broken report elsewhere must not stop a unit from getting its template; only a broken plan or registry does.
const { data, problems } = readSiteData(root, { withoutReports: true });
const site = data ?? fail(formatProblems(problems));
const last = lastReportYear(site.tasks);
if (!/^\d{4}$/.test(yearArg) || Number(yearArg) < FIRST_REPORT_YEAR || Number(yearArg) > last)
  fail(
    `Cần ghi năm báo cáo từ ${FIRST_REPORT_YEAR} đến ${last}, ví dụ: npm run new-report -- 2026 so-xay-dung${yearArg ? ` (đang ghi "${yearArg}")` : ''}`,
  );
const year = Number(yearArg);

let units: Agency[] = site.registry.units;
if (unitArg !== undefined) {
  const u = site.registry.unitById.get(unitArg);
  if (!u) {
    const a = site.agencyById.get(unitArg);
    fail(
      a
        ? `"${a.name}" không phải đơn vị báo cáo cho Sở Nông nghiệp và Môi trường, nên không có mẫu báo cáo.`
        : `Không có đơn vị mã "${unitArg}". Mã là phần cuối địa chỉ trang của đơn vị, ví dụ so-xay-dung, phuong-hoan-kiem (danh sách: content/agencies.yaml, content/wards.yaml).`,
    );
  }
  units = [u!];
}

const { full } = reportsDir(root);
const dir = join(full, String(year));
const schemaPath = relative(dir, resolve(root, contentDir(), 'report.schema.json'))
  .split('\\')
  .join('/');

// The unit's own latest earlier status per task decides which parts are already finished. Only files that read
// cleanly count (validate reports the rest), and only yearly reports, oldest first.
const earlier = loadReports(site, { root, workbooks: await openReportWorkbooks(full) })
  .submissions.filter((l) => l.kind === 'nam' && l.submission.year < year)
  .map((l) => l.submission)
  .sort((a, b) => a.year - b.year);
const lastStatus = new Map<string, { year: number; status: ReportedStatus }>();
for (const s of earlier) for (const e of s.tasks) lastStatus.set(`${s.unit}/${e.task}`, { year: s.year, status: e.status });

/** The unit's rows for the year (src/lib/unit-form.ts): the workbook and the YAML template offer the same tasks. */
const formOf = (unit: Agency) => {
  const finished = new Set(
    [...lastStatus].filter(([k, v]) => k.startsWith(`${unit.id}/`) && finalStatuses.has(v.status)).map(([k]) => k.split('/')[1]!),
  );
  return unitFormOf(site, unit.id, year, { finished })!;
};

if (xlsxOut !== undefined) {
  // Workbooks to send out: one per unit, the same rows as the YAML template (src/lib/unit-form.ts).
  if (unitArg === undefined && !allUnits)
    fail('Với --xlsx, ghi mã đơn vị hoặc --all, ví dụ: npm run new-report -- 2026 --all --xlsx mau-bao-cao-2026');
  const out = resolve(process.cwd(), xlsxOut);
  const toFolder = allUnits || (existsSync(out) && statSync(out).isDirectory());
  if (toFolder) mkdirSync(out, { recursive: true });
  else if (!out.toLowerCase().endsWith('.xlsx')) fail(`Tên tệp phải có đuôi .xlsx (đang ghi "${xlsxOut}").`);
  let made = 0;
  const kept: string[] = [];
  for (const unit of units) {
    const form = formOf(unit);
    const path = toFolder ? join(out, `${unit.id}-${year}.xlsx`) : out;
    try {
      writeFileSync(path, await workbookBytes(form), { flag: 'wx' });
      made++;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      kept.push(path);
    }
  }
  if (!toFolder && kept.length)
    fail(`Tệp ${kept[0]} đã có, nên lệnh không ghi đè lên nó. Xóa hoặc đổi tên tệp cũ trước, hoặc ghi tên tệp khác.`);
  console.log(
    `Đã tạo ${made} tệp Excel${toFolder ? ` trong ${out}` : `: ${out}`}${kept.length ? `; ${kept.length} tệp đã có nên được giữ nguyên` : ''}. Gửi mỗi đơn vị tệp của mình; nhận lại thì nhập bằng: npm run import-report -- <tệp.xlsx>`,
  );
  process.exit(0);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const statusCodes = Object.entries(reportedStatuses)
  .map(([id, label]) => `${id} (${label})`)
  .join(', ');

function template(unit: Agency): string {
  const blocks: string[] = [];
  const form = formOf(unit);
  for (const f of form.tasks) {
    const t = site.taskById.get(f.id)!;
    const before = lastStatus.get(`${unit.id}/${t.id}`);
    const overdue = t.period !== null && t.period.end < year;
    const lines = [
      `  # ${taskRef(t)}: ${oneLine(t.title)}`,
      `  # Vai trò của đơn vị: ${f.role}. Thời gian thực hiện: ${f.timeframe}.${before ? ` Báo cáo năm ${before.year} của đơn vị: ${reportedStatuses[before.status]}.` : ''}`,
    ];
    if (overdue)
      lines.push(
        `  # Thời gian thực hiện đã kết thúc năm ${t.period!.end}: nếu chưa hoàn thành, trang sẽ ghi "Quá hạn" trừ khi có lý do (reason).`,
      );
    lines.push(`  - task: ${t.id}`, '    status:', '    summary:');
    if (f.leads) lines.push('    percent:       # tỷ lệ hoàn thành 0–100 (40 nghĩa là 40%), nếu văn bản nêu; không nêu thì xóa dòng này');
    if (overdue) lines.push('    reason:');
    lines.push('    evidence: []');
    blocks.push(lines.join('\n'));
  }
  const targetHint = site.targets
    .filter((t) => t.kind === 'dinh-luong')
    .map((t) => `#   ${t.id}: ${oneLine(t.measure)}; Kế hoạch: ${targetValueLabel(t)}`)
    .join('\n');
  return `# yaml-language-server: $schema=${schemaPath}
# Báo cáo năm ${year} của ${unit.name} gửi Sở Nông nghiệp và Môi trường (mục IV.4 của Kế hoạch: gửi trước ngày ${yearlyDeadline(year).split('-').reverse().join('/')}).
# Tệp mẫu do \`npm run new-report -- ${year} ${unit.id}\` tạo. Hướng dẫn đầy đủ: docs/huong-dan-cong-bo-ket-qua.md
#
# - Tệp đang là BẢN NHÁP (draft: true): được kiểm tra nhưng không được công bố. Điền xong, XÓA dòng draft: true.
# - Chỉ ghi những gì văn bản báo cáo của đơn vị đã ghi. Không có thông tin thì không đoán.
# - Nhiệm vụ nào văn bản không nhắc đến: XÓA cả mục đó. Trang sẽ tự ghi "Chưa báo cáo" (hoặc "Quá hạn").
# - status là một trong các mã: ${statusCodes}.
# - Ngày viết dạng NĂM-THÁNG-NGÀY, ví dụ ${year}-11-28. Số thập phân dùng dấu chấm (92.5), không dùng dấu ngăn cách hàng nghìn.
# - percent chỉ có ở nhiệm vụ đơn vị chủ trì. reason bắt buộc khi trạng thái là dung-hoac-thay-the.
# Điền xong, chạy: npm run validate
draft: true
unit: ${unit.id}
year: ${year}

# Văn bản báo cáo của đơn vị
document:
  number:        # Số hiệu, ví dụ "123/BC-SXD"
  date:          # Ngày ký, NĂM-THÁNG-NGÀY
  signer:        # Người ký (không bắt buộc)
  url:           # Đường dẫn tới văn bản đã đăng công khai, https://… (không bắt buộc)
received:        # Ngày Sở Nông nghiệp và Môi trường nhận văn bản (biên tập viên ghi; không bắt buộc)

# ${blocks.length} nhiệm vụ đơn vị tham gia cần báo cáo năm ${year}.
tasks:
${blocks.length ? blocks.join('\n\n') : '  []'}

# Đề xuất, kiến nghị (nếu có), mỗi ý một dòng bắt đầu bằng "- ", ví dụ:
#   - "Đề nghị bố trí kinh phí …"
proposals: []

# Số liệu mục tiêu định lượng đơn vị cung cấp (nếu có). Mỗi số liệu ghi target, value, unit, as_of, source và
# scope (phạm vi: "toàn Thành phố" hay "trên địa bàn …"). Mã các mục tiêu:
${targetHint}
targets: []
`;
}

mkdirSync(dir, { recursive: true });
let written = 0;
const existing: string[] = [];
for (const unit of units) {
  const path = join(dir, `${unit.id}.yaml`);
  try {
    writeFileSync(path, template(unit), { encoding: 'utf8', flag: 'wx' });
    written++;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    existing.push(relative(root, path));
  }
}
const rel = relative(root, dir);
const shown = rel && !rel.startsWith('..') ? rel : dir;
if (unitArg !== undefined && existing.length)
  fail(
    `Tệp ${existing[0]} đã có, nên lệnh không ghi đè lên nó (báo cáo đã nhập sẽ mất). Hãy sửa thẳng tệp đó; nếu thật sự muốn tạo lại mẫu, xóa hoặc đổi tên tệp cũ trước.`,
  );
console.log(
  `Đã tạo ${written} tệp mẫu (bản nháp) trong ${shown}/${existing.length ? `; ${existing.length} tệp đã có nên được giữ nguyên` : ''}. Điền vào chỗ trống, xóa dòng draft: true, rồi chạy: npm run validate`,
);
