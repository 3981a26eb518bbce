// npm run import-report -- <tệp.xlsx>... [--replace]
// Reads filled unit workbooks and writes content/reports/<năm>/<mã đơn vị>.yaml for each, taking the unit and the
// year from the workbook itself (its hidden metadata), never from the file name. Problems are named by file, sheet,
// cell and task, in Vietnamese; a workbook with any error writes nothing. Refuses to overwrite a file that belongs to
// another unit or year, or a name that says another unit, unless --replace. Ends with who has submitted that year.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { submissionSchema } from '../schemas/index.ts';
import { formatProblems, type Problem } from '../lib/data-file.ts';
import { formatDate } from '../lib/format.ts';
import { timelinessLabels } from '../lib/reporting-rules.ts';
import { readReportFile, reportsDir } from '../lib/reports.ts';
import { readSiteData, readSiteDataWithWorkbooks } from '../lib/site-data.ts';
import { unitFormOf } from '../lib/unit-form.ts';
import { readWorkbook, validateValues } from '../lib/workbook/read.ts';
import { submissionYaml } from '../lib/workbook/yaml-text.ts';

const root = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const replace = args.includes('--replace');
const files = args.filter((a) => !a.startsWith('--'));
const unknown = args.filter((a) => a.startsWith('--') && a !== '--replace');
if (!files.length || unknown.length) {
  console.error(
    `${unknown.length ? `Không hiểu tùy chọn ${unknown.join(', ')}. ` : ''}Cách dùng: npm run import-report -- <tệp.xlsx> [<tệp.xlsx> …] [--replace]\n` +
      'Ví dụ: npm run import-report -- so-xay-dung-2026.xlsx',
  );
  process.exit(1);
}

const { data: site, problems: siteProblems } = readSiteData(root, { withoutReports: true });
if (!site) {
  console.error(formatProblems(siteProblems));
  process.exit(1);
}
const { full } = reportsDir(root);
const shown = (p: string) => {
  const r = relative(root, p);
  return r && !r.startsWith('..') ? r : p;
};

let failed = 0;
const years = new Set<number>();
for (const arg of files) {
  const path = resolve(process.cwd(), arg);
  const name = basename(path);
  const fail = (where: string, message: string, more: Problem[] = []) => {
    failed++;
    console.error(
      `\n${formatProblems([...more, ...(message ? [{ file: name, line: null, where, message, severity: 'error' as const }] : [])])}`,
    );
  };
  if (!existsSync(path)) {
    fail('', `không tìm thấy tệp ${arg}`);
    continue;
  }
  const read = await readWorkbook(readFileSync(path), name, (unit, year) => unitFormOf(site, unit, year, { all: true }));
  const { data, problems } = validateValues(read, submissionSchema);
  if (!data || !read.values) {
    fail('', '', problems);
    continue;
  }
  const { unit, year } = data;
  const unitName = site.registry.unitById.get(unit)?.name ?? unit;
  const { first, last } = site.reporting.accepted;
  if (year < first || year > last) {
    fail('', `tệp là báo cáo năm ${year}, nhưng năm báo cáo phải từ ${first} đến ${last}`);
    continue;
  }
  // A file named after another unit ("so-y-te-2026.xlsx" holding Sở Xây dựng's workbook) is probably the wrong file.
  const named = site.registry.units.find((u) => name.toLowerCase().startsWith(`${u.id}-`) || name.toLowerCase() === `${u.id}.xlsx`);
  if (named && named.id !== unit && !replace) {
    fail(
      '',
      `tên tệp ghi đơn vị "${named.id}" nhưng nội dung là mẫu của ${unitName} (${unit}); kiểm tra lại có gửi nhầm tệp không. Nếu đúng là báo cáo của ${unitName}, chạy lại với --replace`,
    );
    continue;
  }
  const yearDir = join(full, String(year));
  const target = join(yearDir, `${unit}.yaml`);
  const twin = join(yearDir, `${unit}.xlsx`);
  if (existsSync(twin)) {
    fail('', `${shown(twin)} đã có: mỗi đơn vị một năm chỉ có một tệp, .xlsx hoặc .yaml. Xóa tệp .xlsx nếu muốn lưu báo cáo dạng YAML`);
    continue;
  }
  let previous: string | null = null;
  const keep: { received?: string } = {};
  if (existsSync(target)) {
    previous = readFileSync(target, 'utf8');
    const plain = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '?');
    const old = ((): { unit?: unknown; year?: unknown; received?: unknown } | null => {
      try {
        const v: unknown = parse(previous);
        return v && typeof v === 'object' ? v : null;
      } catch {
        return null;
      }
    })();
    if ((!old || old.unit !== unit || old.year !== year) && !replace) {
      fail(
        '',
        `${shown(target)} đã có và ghi đơn vị "${plain(old?.unit)}", năm ${plain(old?.year)}, khác với tệp Excel (${unit}, ${year}); không ghi đè. Chạy lại với --replace nếu thật sự muốn thay`,
      );
      continue;
    }
    // The date Sở NN&MT received the document is the editor's, not the unit's: an update keeps it.
    if (old && typeof old.received === 'string') keep.received = old.received;
  }
  const header = [
    `Báo cáo năm ${year} của ${unitName}, nhập từ tệp ${name} bằng npm run import-report.`,
    'Sửa nội dung ở tệp Excel rồi nhập lại, hoặc sửa thẳng tệp này.',
  ];
  const text = submissionYaml({ ...read.values, ...keep }, { header });
  mkdirSync(yearDir, { recursive: true });
  const temp = `${target}.tmp`;
  writeFileSync(temp, text, 'utf8');
  if (previous !== null) renameSync(target, `${target}.bak`);
  renameSync(temp, target);
  // The file must pass the same checks as any YAML in content/reports (plan, registry, history): otherwise undo.
  const check = readReportFile(target, year, site, root);
  const errors = check.problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    rmSync(target);
    if (previous !== null) renameSync(`${target}.bak`, target);
    fail(
      '',
      `không ghi ${shown(target)} vì báo cáo chưa hợp lệ:`,
      errors.map((p) => ({ ...p, file: name })),
    );
    continue;
  }
  rmSync(`${target}.bak`, { force: true });
  for (const w of check.problems.filter((p) => p.severity === 'warning')) console.log(formatProblems([w]));
  console.log(
    `${previous === null ? 'Đã tạo' : 'Đã cập nhật'} ${shown(target)} (${unitName}, năm ${year}): ${data.tasks.length} nhiệm vụ, ${data.proposals.length} đề xuất, ${data.targets.length} số liệu.`,
  );
  years.add(year);
}

// Who has submitted, with the same rules the site prints (src/lib/reporting-rules.ts), for each year imported.
if (years.size) {
  const after = await readSiteDataWithWorkbooks(root);
  if (after.data) {
    for (const year of [...years].sort()) {
      const rows = [...(after.data.reporting.derived.units.get(year)?.values() ?? [])];
      const nameOf = (id: string) => after.data!.registry.unitById.get(id)?.name ?? id;
      const by = (t: string) => rows.filter((r) => r.timeliness === t);
      const onTime = by('dung-han');
      const late = by('muon');
      const missing = rows.filter((r) => r.submission === null);
      console.log(
        `\nNăm ${year}, tính đến ngày ${formatDate(after.data.reporting.asOf)}: ${onTime.length + late.length}/${rows.length} đơn vị đã nộp.`,
      );
      console.log(`  ${timelinessLabels['dung-han']} (${onTime.length}): ${onTime.map((r) => nameOf(r.unit)).join(', ') || 'không có'}`);
      console.log(
        `  ${timelinessLabels.muon} (${late.length}): ${late.map((r) => `${nameOf(r.unit)} (ký ngày ${formatDate(r.date!)})`).join(', ') || 'không có'}`,
      );
      const label = missing.some((r) => r.timeliness === 'chua-nhan')
        ? timelinessLabels['chua-nhan']
        : `Chưa nộp (${timelinessLabels['chua-den-han'].toLowerCase()})`;
      console.log(`  ${label} (${missing.length}): ${missing.map((r) => nameOf(r.unit)).join(', ') || 'không có'}`);
    }
  } else console.log('\nChưa lập được danh sách đơn vị đã nộp vì dữ liệu khác còn lỗi; chạy npm run validate để xem.');
}
process.exit(failed ? 1 : 0);
