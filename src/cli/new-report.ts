// npm run new-report -- <năm>: writes content/results/<năm>.yaml (or RESULTS_DIR), pre-filled with every task staff
// are expected to report on that year, so they only fill in blanks. Never overwrites: an existing report is the
// published record, and silently replacing it is how values get lost.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { finalStatuses, reportedStatuses, type ReportedStatus } from '../schemas/result.ts';
import { formatProblems } from '../lib/data-file.ts';
import { readContentFiles } from '../lib/content-files.ts';
import { DEFAULT_RESULTS_DIR, loadResults } from '../lib/results.ts';
import { activeIn } from '../lib/status.ts';
import { targetValueLabel } from '../lib/targets.ts';

const root = resolve(import.meta.dirname, '..', '..');
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const arg = process.argv[2] ?? '';
if (!/^\d{4}$/.test(arg) || Number(arg) < 2000 || Number(arg) > 2100)
  fail(`Cần ghi năm báo cáo, ví dụ: npm run new-report -- 2026${arg ? ` (đang ghi "${arg}")` : ''}`);
const year = Number(arg);

const { tasks, targets, agencies, problems } = readContentFiles(root);
if (problems.length) fail(formatProblems(problems));
const plan = { tasks, targets };
const agencyName = new Map(agencies.map((a) => [a.id, a.name]));

const dir = resolve(root, process.env.RESULTS_DIR ?? DEFAULT_RESULTS_DIR);
const path = join(dir, `${year}.yaml`);
const shown = relative(root, path);

// Earlier reports decide which tasks are already finished; a broken earlier file must not hide tasks, so only
// files that read cleanly count, and validate reports the rest.
const earlier = loadResults(plan, { root, dir }).reports.map((r) => r.report).filter((r) => r.year < year).sort((a, b) => a.year - b.year);
const lastStatus = new Map<string, { year: number; status: ReportedStatus }>();
for (const r of earlier) for (const e of r.tasks) lastStatus.set(e.task, { year: r.year, status: e.status });

const q = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const statusCodes = Object.entries(reportedStatuses).map(([id, label]) => `${id} (${label})`).join(', ');

const taskBlocks: string[] = [];
for (const t of plan.tasks) {
  const last = lastStatus.get(t.id);
  if (last && finalStatuses.has(last.status)) continue;
  const overdue = t.period !== null && t.period.end < year;
  if (!activeIn(t.period, year) && !overdue && t.period !== null) continue;
  const ref = t.appendix === 'I' ? `Phụ lục I, phần ${t.part}, mục ${t.number}` : `Phụ lục II, mục ${t.number}`;
  const when = t.period ? (t.period.start === t.period.end ? String(t.period.start) : `${t.period.start}–${t.period.end}`) : 'Kế hoạch không ghi';
  const lines = [
    `  # ${ref}: ${oneLine(t.title)}`,
    `  # Chủ trì: ${t.lead.map((r) => agencyName.get(r.agency) ?? r.agency).join('; ')}. Thời gian thực hiện: ${when}.${last ? ` Báo cáo năm ${last.year}: ${reportedStatuses[last.status]}.` : ''}`,
  ];
  if (overdue) lines.push(`  # Thời gian thực hiện đã kết thúc năm ${t.period!.end}: nếu chưa hoàn thành, trang sẽ ghi "Quá hạn" trừ khi có lý do (reason).`);
  lines.push(`  - task: ${t.id}`, '    status:', '    summary:', '    percent:', ...(overdue ? ['    reason:'] : []), '    evidence: []');
  taskBlocks.push(lines.join('\n'));
}

const targetBlocks = plan.targets.flatMap((t) => {
  if (t.kind !== 'dinh-luong') return [];
  const commitment = targetValueLabel(t);
  return [
    [
      `  # ${oneLine(t.measure)}. Kế hoạch: ${commitment}.`,
      `  - target: ${t.id}`,
      '    value:',
      t.unit === null ? '    unit:          # Kế hoạch không nêu đơn vị: ghi đơn vị của số liệu, giữ nguyên qua các năm' : `    unit: ${q(t.unit)}`,
      '    as_of:',
      '    source:',
    ].join('\n'),
  ];
});

const text = `# yaml-language-server: $schema=../results.schema.json
# Báo cáo kết quả thực hiện Kế hoạch năm ${year}. Tệp mẫu do \`npm run new-report -- ${year}\` tạo.
#
# Cách điền (hướng dẫn đầy đủ: docs/huong-dan-cong-bo-ket-qua.md):
# - Chỉ ghi những gì văn bản báo cáo đã ban hành ghi. Không có thông tin thì không đoán.
# - Nhiệm vụ nào báo cáo không nhắc đến: XÓA cả mục đó. Trang sẽ tự ghi "Chưa báo cáo" (hoặc "Quá hạn").
# - Mục tiêu nào chưa có số liệu: XÓA cả mục đó.
# - status là một trong các mã: ${statusCodes}.
#   "Quá hạn", "Chưa báo cáo" do trang tự tính theo quy tắc, không ghi ở đây.
# - Ngày viết dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-28. Số thập phân dùng dấu chấm: 92.5.
# - percent (0–100) và reason không bắt buộc; reason là bắt buộc khi trạng thái là dung-hoac-thay-the.
# - Mỗi bằng chứng trong evidence có title và, nếu có, url (https://…), ví dụ:
#     evidence:
#       - title: "Quyết định số 123/QĐ-UBND ngày 05/9/${year}"
#         url: https://example.gov.vn/van-ban/123
# Điền xong, chạy: npm run validate

year: ${year}

# Văn bản báo cáo đã ban hành
document:
  number:        # Số hiệu, ví dụ "123/BC-UBND"
  date:          # Ngày ký, NĂM-THÁNG-NGÀY
  issuer:        # Cơ quan ban hành, ví dụ "UBND thành phố Hà Nội"
  title:         # Trích yếu (không bắt buộc)
  url:           # Đường dẫn tới văn bản đã đăng công khai, https://… (không bắt buộc)
published:       # Ngày công bố, NĂM-THÁNG-NGÀY

# ${taskBlocks.length} nhiệm vụ phải báo cáo năm ${year}: đang trong thời gian thực hiện, không ghi thời gian, hoặc đã hết thời gian mà chưa báo cáo hoàn thành.
tasks:
${taskBlocks.join('\n\n')}

# Số liệu các mục tiêu định lượng của Kế hoạch
targets:
${targetBlocks.join('\n\n')}
`;

mkdirSync(dir, { recursive: true });
try {
  writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' });
} catch (e) {
  if ((e as NodeJS.ErrnoException).code === 'EEXIST')
    fail(`Tệp ${shown} đã có, nên lệnh không ghi đè lên nó (báo cáo đã nhập sẽ mất). Hãy sửa thẳng tệp đó; nếu thật sự muốn tạo lại mẫu, xóa hoặc đổi tên tệp cũ trước.`);
  throw e;
}
console.log(`Đã tạo ${shown} với ${taskBlocks.length} nhiệm vụ và ${targetBlocks.length} mục tiêu. Điền vào chỗ trống, rồi chạy: npm run validate`);
