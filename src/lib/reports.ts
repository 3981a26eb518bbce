// Reading content/reports/<year>/*.yaml: each unit's submissions and the issued consolidated report, one file each,
// so two units never touch the same file. Checks each file on its own (schema, with problems named by task id) and
// against the plan, the unit registry and the file name. A file marked `draft: true` is checked too, but its
// problems are warnings and it is never published: a half-finished report never blocks anyone else's.
// Plain Node: the build, `npm run validate`, `npm run new-report` and the tests all run exactly these checks.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import {
  CONSOLIDATED_FILE,
  consolidatedSchema,
  FIRST_REPORT_YEAR,
  finalStatuses,
  reportedStatuses,
  reportingLevel,
  SUBMISSION_FILE,
  submissionSchema,
  type Agency,
  type Consolidated,
  type Submission,
  type Target,
  type Task,
} from '../schemas/index.ts';
import { issuesToProblems, LIMITS, parseYamlFile, readTextFile, type ParsedYaml, type Problem } from './data-file.ts';
import { contentDir } from './loaders.ts';
import type { Participation, UnitRegistry } from './registry.ts';
import { readWorkbookReport, WORKBOOK_FILE, type OpenedWorkbooks } from './report-workbook.ts';

/** What the checks need: the plan, the registry and who takes part in what. */
export interface ReportContext {
  tasks: Task[];
  targets: Target[];
  agencies: Agency[];
  registry: UnitRegistry;
  participation: Participation;
}

export interface LoadedSubmission {
  file: string;
  submission: Submission;
  /** "nam" for the yearly report, "dot-xuat" for an ad-hoc one. */
  kind: 'nam' | 'dot-xuat';
  parsed: ParsedYaml;
}

export interface LoadedConsolidated {
  file: string;
  report: Consolidated;
}

export interface LoadedReports {
  /** Published submissions that passed every check, in file order. */
  submissions: LoadedSubmission[];
  consolidated: LoadedConsolidated[];
  /** Files marked as drafts: checked, never published. */
  drafts: string[];
  problems: Problem[];
  /** True when the reports are demonstration data (another folder than content/reports, or a file says sample: true). */
  sample: boolean;
  /** The folder read, relative to root. */
  dir: string;
  /** Accepted report years: the plan's year to the last end year of any task. */
  years: { first: number; last: number };
}

/**
 * Where reports are read from: REPORTS_DIR (the sample preview and tests), else <CONTENT_DIR>/reports. The data
 * folder governs reports like everything else, so a build from another data folder never shows content/'s reports.
 */
export function reportsDir(root: string, dir?: string): { full: string; dir: string; real: boolean } {
  const full = resolve(root, dir ?? process.env.REPORTS_DIR ?? join(contentDir(), 'reports'));
  // Only the project's own content/reports holds real reports; any other folder (a test's or the benchmark's
  // data folder, the sample preview) is demonstration data and every page built from it says so.
  return { full, dir: relative(root, full) || '.', real: full === resolve(root, 'content', 'reports') };
}

/** The last year a report may cover: the last end year of any task (2030 today). */
export const lastReportYear = (tasks: Task[]): number =>
  tasks.reduce((y, t) => Math.max(y, t.period?.end ?? FIRST_REPORT_YEAR), FIRST_REPORT_YEAR);

/** Look-ups over a context, made once per context rather than once per file: a build reads one file per unit and year. */
interface Lookups {
  taskById: Map<string, Task>;
  agencyById: Map<string, Agency>;
  targetById: Map<string, Target>;
  lastYear: number;
}
const lookups = new WeakMap<ReportContext, Lookups>();
function lookupsOf(ctx: ReportContext): Lookups {
  let l = lookups.get(ctx);
  if (!l) {
    l = {
      taskById: new Map(ctx.tasks.map((t) => [t.id, t])),
      agencyById: new Map(ctx.agencies.map((a) => [a.id, a])),
      targetById: new Map(ctx.targets.map((t) => [t.id, t])),
      lastYear: lastReportYear(ctx.tasks),
    };
    lookups.set(ctx, l);
  }
  return l;
}

const problem = (file: string, line: number | null, where: string, message: string, severity: Problem['severity'] = 'error'): Problem => ({
  file,
  line,
  where,
  message,
  severity,
});

/** A number written "1.234" or "12.500.000": Vietnamese thousands separators, which YAML reads as a decimal. */
const THOUSANDS = /^-?\d{1,3}(\.\d{3})+$/;
const DRAFT = /^draft:[ \t]*true[ \t]*(#.*)?$/m;

/** Schema problems, with "tasks[3]" turned into the task id the entry names, and a hint for numbers typed as text. */
function schemaProblems(issues: z.core.$ZodIssue[], parsed: ParsedYaml, raw: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const [list, i, ...rest] = issue.path;
    if ((list === 'tasks' || list === 'targets') && typeof i === 'number') {
      const item = (raw[list] as unknown[] | undefined)?.[i];
      const idKey = list === 'tasks' ? 'task' : 'target';
      const id = item && typeof item === 'object' && idKey in item ? String((item as Record<string, unknown>)[idKey]) : null;
      const label = id
        ? `${list === 'tasks' ? 'nhiệm vụ' : 'mục tiêu'} "${id}"`
        : `${list === 'tasks' ? 'nhiệm vụ' : 'mục tiêu'} thứ ${i + 1} trong danh sách ${list}`;
      const p = issuesToProblems([{ ...issue, path: rest }], parsed, [list, i], label, item)[0]!;
      const typed =
        rest.length === 1 && typeof (item as Record<string, unknown> | undefined)?.[rest[0] as string] === 'string'
          ? String((item as Record<string, unknown>)[rest[0] as string])
          : null;
      if (typed && /^-?[\d.,\s]+%?$/.test(typed) && /\d/.test(typed))
        p.message += `. Viết số không kèm dấu "%" hay khoảng trắng, dấu chấm là dấu thập phân, không dùng dấu ngăn cách hàng nghìn: ví dụ ${typed
          .replace(/[%\s]/g, '')
          .replace(/\.(?=\d{3}\b)/g, '')
          .replace(',', '.')}`;
      out.push(p);
    } else out.push(...issuesToProblems([issue], parsed, [], '', raw));
  }
  return out;
}

interface FileResult {
  problems: Problem[];
  submission?: LoadedSubmission;
  consolidated?: LoadedConsolidated;
  draft: boolean;
}

/** Read and check one file of content/reports/<year>/. */
export function readReportFile(path: string, folderYear: number, ctx: ReportContext, root: string): FileResult {
  const name = path.split(/[\\/]/).pop()!;
  const limit = { maxBytes: LIMITS.reportFileBytes };
  const parsed = parseYamlFile(path, root, limit);
  const file = parsed.file;
  // A draft is recognised from its text, so that even a draft whose YAML is broken never blocks anyone.
  const draft = DRAFT.test(parsed.source ?? readTextFile(path, root, limit).text ?? '');
  const done = (problems: Problem[], rest: Partial<FileResult> = {}): FileResult => ({
    // A draft never stops the build: everything wrong with it is a warning until the draft flag is removed.
    problems: draft ? problems.map((p) => ({ ...p, severity: 'warning' as const, message: `(bản nháp) ${p.message}` })) : problems,
    draft,
    ...(draft ? {} : rest),
  });
  if (parsed.problems.length) return done(parsed.problems);
  const raw = parsed.data;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return done([
      problem(
        file,
        1,
        '',
        'tệp báo cáo phải bắt đầu bằng các trường unit:, year:, document:, tasks: (xem tệp mẫu do `npm run new-report` tạo); tệp đang trống hoặc là một danh sách',
      ),
    ]);
  const record = raw as Record<string, unknown>;

  if (name === CONSOLIDATED_FILE) {
    const r = consolidatedSchema.safeParse(raw);
    if (!r.success) return done(schemaProblems(r.error.issues, parsed, record));
    const problems: Problem[] = [];
    if (r.data.year !== folderYear)
      problems.push(
        problem(
          file,
          parsed.lineOf(['year']),
          'trường "year"',
          `tệp nằm trong thư mục ${folderYear} nhưng ghi năm ${r.data.year}; chuyển tệp sang thư mục ${r.data.year} hoặc sửa năm cho khớp`,
        ),
      );
    return done(problems, problems.some((p) => p.severity === 'error') ? {} : { consolidated: { file, report: r.data } });
  }

  const checked = checkSubmission(parsed, name, folderYear, ctx);
  // A published file keeps no parse tree (a build holds one file per unit and year): line numbers for a later
  // cross-year message come from parsing that one file again.
  return done(
    checked.problems,
    checked.submission ? { submission: { ...checked.submission, parsed: lazyParsed(path, root, parsed) } } : {},
  );
}

/**
 * The checks of one submission against its file name, the plan and the registry: the same for a YAML file and for a
 * workbook (content/reports/<năm>/<mã đơn vị>.xlsx), whose `parsed.placeOf` names the sheet and cell of each value.
 */
export function checkSubmission(
  parsed: ParsedYaml,
  name: string,
  folderYear: number,
  ctx: ReportContext,
): { problems: Problem[]; submission?: LoadedSubmission } {
  const file = parsed.file;
  const raw = parsed.data;
  const record = raw as Record<string, unknown>;
  // A workbook (<unit>.xlsx, src/lib/report-workbook.ts) is named like the YAML it stands for.
  const m = SUBMISSION_FILE.exec(name.replace(/\.xlsx$/, '.yaml'))!;
  const nameUnit = m[1]!;
  const nameDate = m[2] ?? null;
  const r = submissionSchema.safeParse(raw);
  if (!r.success) return { problems: schemaProblems(r.error.issues, parsed, record) };
  const s = r.data;
  const problems: Problem[] = [];
  const at = (p: PropertyKey[]) => parsed.lineOf(p);
  // A number written like "1.234" needs the written text; one test of the whole text rules that out for most files,
  // so that a file read without positions is not parsed again just to be asked.
  const writtenOf = (p: PropertyKey[]) =>
    parsed.source === undefined || /\d\.\d{3}/.test(parsed.source) ? (parsed.sourceOf?.(p) ?? null) : null;
  // In a workbook there are no lines: the problem names the sheet and cell the value came from.
  const placed = (p: PropertyKey[], where: string) => {
    const cell = parsed.placeOf?.(p);
    return cell ? [cell, where].filter(Boolean).join(' › ') : where;
  };
  const err = (p: PropertyKey[], where: string, message: string, severity: Problem['severity'] = 'error') =>
    problems.push(problem(file, at(p), placed(p, where), message, severity));

  // Who: the unit must be a reporting unit of the registry, and the file must be its own.
  const { taskById, agencyById, targetById, lastYear } = lookupsOf(ctx);
  const agency = agencyById.get(s.unit);
  const unit = ctx.registry.unitById.get(s.unit);
  if (!unit)
    err(
      ['unit'],
      'trường "unit"',
      agency
        ? `"${agency.name}" không phải đơn vị báo cáo cho Sở Nông nghiệp và Môi trường (${reportingLevel(agency) === null && agency.kind === 'nhom' ? 'đây là một nhóm; mỗi đơn vị trong nhóm gửi tệp riêng' : 'Bộ, ngành Trung ương và UBND, HĐND Thành phố không gửi báo cáo theo mục IV.4'})`
        : `không có đơn vị mã "${s.unit}" trong sổ đơn vị (content/agencies.yaml, content/wards.yaml); mã đúng là phần cuối địa chỉ trang của đơn vị, ví dụ so-xay-dung hoặc phuong-hoan-kiem`,
    );
  if (s.unit !== nameUnit)
    err(
      ['unit'],
      'trường "unit"',
      `tên tệp là ${name} nhưng trường unit ghi "${s.unit}"; mỗi đơn vị chỉ sửa tệp mang mã của mình: đổi tên tệp thành ${s.unit}${nameDate ? `--dot-xuat-${nameDate}` : ''}.yaml hoặc sửa unit cho khớp`,
    );
  if (s.year !== folderYear)
    err(
      ['year'],
      'trường "year"',
      `tệp nằm trong thư mục ${folderYear} nhưng ghi năm ${s.year}; chuyển tệp sang thư mục reports/${s.year}/ hoặc sửa năm cho khớp`,
    );

  // Which: yearly or ad hoc, and the file name says which.
  if (nameDate && !s.request)
    err(
      [],
      '',
      `tệp báo cáo đột xuất (tên có "--dot-xuat-") phải có trường request: văn bản yêu cầu báo cáo (document) và hạn gửi nếu có (deadline)`,
    );
  if (!nameDate && s.request)
    err(
      ['request'],
      'trường "request"',
      `chỉ báo cáo đột xuất mới có trường request; đặt tên tệp ${s.unit}--dot-xuat-${s.document.date}.yaml, hoặc bỏ trường request nếu đây là báo cáo năm`,
    );
  if (nameDate && nameDate !== s.document.date)
    err(
      ['document', 'date'],
      'trường "document.date"',
      `tên tệp ghi ngày ${nameDate} nhưng văn bản ký ngày ${s.document.date}; ngày trong tên tệp báo cáo đột xuất là ngày ký văn bản: đổi tên tệp thành ${s.unit}--dot-xuat-${s.document.date}.yaml`,
    );

  if (s.year < FIRST_REPORT_YEAR || s.year > lastYear)
    err(
      ['year'],
      'trường "year"',
      `năm báo cáo phải từ ${FIRST_REPORT_YEAR} (năm ban hành Kế hoạch) đến ${lastYear} (năm kết thúc muộn nhất của các nhiệm vụ); đang ghi ${s.year}`,
    );

  // What: one entry per task the unit takes part in.
  const seen = new Map<string, number>();
  s.tasks.forEach((e, i) => {
    const where = `nhiệm vụ "${e.task}"`;
    const task = taskById.get(e.task);
    if (seen.has(e.task))
      err(
        ['tasks', i, 'task'],
        where,
        `nhiệm vụ "${e.task}" đã ghi ở dòng ${at(['tasks', seen.get(e.task)!])}; mỗi nhiệm vụ chỉ ghi một lần trong một báo cáo — gộp hai mục làm một`,
      );
    seen.set(e.task, i);
    if (!task) {
      err(
        ['tasks', i, 'task'],
        where,
        `không có nhiệm vụ mã "${e.task}" trong Kế hoạch (content/tasks.yaml); mã đúng là phần cuối địa chỉ trang nhiệm vụ, ví dụ pl2-07`,
      );
      return;
    }
    const part = unit ? ctx.participation.byTask.get(task.id)?.find((p) => p.unit === s.unit) : undefined;
    if (unit && !part) {
      const mine = (ctx.participation.byUnit.get(s.unit) ?? []).map((p) => p.task);
      err(
        ['tasks', i, 'task'],
        where,
        `${unit.name} không chủ trì hay phối hợp nhiệm vụ "${e.task}" theo Kế hoạch, nên không báo cáo nhiệm vụ này; kiểm tra lại mã nhiệm vụ. Các nhiệm vụ đơn vị tham gia: ${mine.join(', ') || 'không có'}`,
      );
      return;
    }
    if (e.percent != null && part && !part.leads)
      err(
        ['tasks', i, 'percent'],
        where,
        `tỷ lệ hoàn thành chỉ ghi khi đơn vị chủ trì nhiệm vụ; ${unit!.name} phối hợp nhiệm vụ này: xóa dòng percent và nêu phần việc của đơn vị trong summary`,
      );
    const written = writtenOf(['tasks', i, 'percent']);
    if (written && THOUSANDS.test(written))
      err(['tasks', i, 'percent'], where, `"${written}" không phải một tỷ lệ: dấu chấm là dấu thập phân, tỷ lệ hoàn thành từ 0 đến 100`);
    if (task.period && task.period.end < s.year && !finalStatuses.has(e.status) && !e.reason)
      err(
        ['tasks', i, 'status'],
        where,
        `thời gian thực hiện đã kết thúc năm ${task.period.end}; trang sẽ ghi "Quá hạn" cho phần việc này trừ khi có lý do (trường reason), ví dụ nhiệm vụ đã được gia hạn`,
        'warning',
      );
  });

  // Figures: the unit's own, for quantified targets, in the target's unit.
  s.targets.forEach((v, i) => {
    const where = `mục tiêu "${v.target}"`;
    const written = writtenOf(['targets', i, 'value']);
    if (written && THOUSANDS.test(written))
      err(
        ['targets', i, 'value'],
        where,
        `"${written}" được đọc là số thập phân ${v.value}; nếu là số ${written.replace(/\./g, '')} thì viết liền không có dấu chấm: ${written.replace(/\./g, '')}`,
      );
    const target = targetById.get(v.target);
    if (!target) {
      err(
        ['targets', i, 'target'],
        where,
        `không có mục tiêu mã "${v.target}" (content/targets.yaml); mã đúng là phần cuối địa chỉ trang mục tiêu`,
      );
      return;
    }
    if (target.kind !== 'dinh-luong') {
      err(
        ['targets', i, 'target'],
        where,
        `mục tiêu "${v.target}" là nghĩa vụ định kỳ, không có giá trị số; ghi kết quả vào phần tasks (nhiệm vụ liên quan)`,
      );
      return;
    }
    if (target.unit !== null && v.unit !== target.unit)
      err(
        ['targets', i, 'unit'],
        where,
        `đơn vị "${v.unit}" khác đơn vị của mục tiêu trong Kế hoạch ("${target.unit}"); đổi số liệu sang "${target.unit}"`,
      );
  });
  const errors = problems.some((p) => p.severity === 'error');
  return errors ? { problems } : { problems, submission: { file, submission: s, kind: nameDate ? 'dot-xuat' : 'nam', parsed } };
}

/**
 * Stands in for a file's parse tree: the same answers, the tree built again only when a message needs a line. The
 * data is read again too when asked for: the checked submission is what the site keeps, and holding the raw copy of
 * every file as well doubled the reports in memory while a national plan's 70,000 files were read (issue 15).
 */
function lazyParsed(path: string, root: string, parsed: ParsedYaml): ParsedYaml {
  let tree: ParsedYaml | null = null;
  const full = () => (tree ??= parseYamlFile(path, root));
  return {
    file: parsed.file,
    get data() {
      return full().data;
    },
    problems: parsed.problems,
    lineOf: (p) => full().lineOf(p),
    sourceOf: (p) => full().sourceOf?.(p) ?? null,
  };
}

/** Checks across years of one unit: a finished part that comes back needs a reason. */
function checkHistory(loaded: LoadedSubmission[]): Problem[] {
  const problems: Problem[] = [];
  const last = new Map<string, { year: number; status: keyof typeof reportedStatuses }>();
  for (const l of loaded.filter((x) => x.kind === 'nam').sort((a, b) => a.submission.year - b.submission.year)) {
    const s = l.submission;
    s.tasks.forEach((e, i) => {
      const k = `${s.unit}/${e.task}`;
      const before = last.get(k);
      if (before && finalStatuses.has(before.status) && !finalStatuses.has(e.status) && !e.reason)
        problems.push(
          problem(
            l.file,
            l.parsed.lineOf(['tasks', i, 'status']),
            `nhiệm vụ "${e.task}"`,
            `báo cáo năm ${before.year} của đơn vị đã ghi "${reportedStatuses[before.status]}", nay ghi "${reportedStatuses[e.status]}" mà không có lý do; thêm trường reason giải thích vì sao (lý do sẽ được hiển thị công khai) hoặc sửa trạng thái`,
          ),
        );
      last.set(k, { year: s.year, status: e.status });
    });
  }
  return problems;
}

/** Read every file under the reports folder and run all checks. A missing folder means nothing is published yet. */
export function loadReports(
  ctx: ReportContext,
  opts: { root?: string; dir?: string | undefined; workbooks?: OpenedWorkbooks | undefined } = {},
): LoadedReports {
  const root = resolve(opts.root ?? process.cwd());
  const { full, dir, real } = reportsDir(root, opts.dir);
  const years = { first: FIRST_REPORT_YEAR, last: lastReportYear(ctx.tasks) };
  const out: LoadedReports = { submissions: [], consolidated: [], drafts: [], problems: [], sample: !real, dir, years };
  const list = (p: string): Dirent[] =>
    readdirSync(p, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let top: Dirent[];
  try {
    if (!statSync(full).isDirectory())
      return {
        ...out,
        problems: [problem(dir, null, '', 'đây phải là một thư mục chứa các thư mục năm (2025, 2026, …), không phải một tệp')],
      };
    top = list(full);
  } catch (e) {
    // No folder is the normal state before the first report; any other failure must not pass for "no report".
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return out;
    return { ...out, problems: [problem(dir, null, '', `không đọc được thư mục báo cáo (${(e as Error).message})`)] };
  }
  for (const y of top) {
    const yearPath = join(full, y.name);
    const yearFile = relative(root, yearPath);
    if (!y.isDirectory() || !/^\d{4}$/.test(y.name)) {
      if (y.name === 'README.md') continue;
      out.problems.push(
        problem(
          yearFile,
          null,
          '',
          `trong ${dir}/ chỉ có các thư mục mang tên năm báo cáo (ví dụ ${dir}/2026/), mỗi thư mục chứa tệp của từng đơn vị; mục này không được đọc`,
        ),
      );
      continue;
    }
    const folderYear = Number(y.name);
    if (folderYear < years.first || folderYear > years.last) {
      out.problems.push(
        problem(
          yearFile,
          null,
          '',
          `năm báo cáo phải từ ${years.first} đến ${years.last} (năm kết thúc muộn nhất của các nhiệm vụ); thư mục ${y.name} không được đọc`,
        ),
      );
      continue;
    }
    for (const f of list(yearPath)) {
      const path = join(yearPath, f.name);
      const file = relative(root, path);
      if (f.isFile() && WORKBOOK_FILE.test(f.name)) {
        // A unit's filled workbook, read like its YAML (src/lib/report-workbook.ts).
        const w = readWorkbookReport(path, folderYear, ctx, root, opts.workbooks?.get(path));
        out.problems.push(...w.problems);
        if (w.submission) out.submissions.push(w.submission);
        continue;
      }
      if (!f.isFile() || !(f.name === CONSOLIDATED_FILE || SUBMISSION_FILE.test(f.name))) {
        const hint = /\.yml$/.test(f.name) ? `; đổi đuôi thành .yaml (${f.name.replace(/\.yml$/, '.yaml')})` : '';
        out.problems.push(
          problem(
            file,
            null,
            '',
            `tên tệp phải là <mã đơn vị>.yaml hoặc <mã đơn vị>.xlsx (báo cáo năm), <mã đơn vị>--dot-xuat-<NĂM-THÁNG-NGÀY>.yaml (báo cáo đột xuất) hoặc ${CONSOLIDATED_FILE} (báo cáo tổng hợp), chữ thường không dấu${hint}; tệp này không được đọc`,
          ),
        );
        continue;
      }
      const r = readReportFile(path, folderYear, ctx, root);
      out.problems.push(...r.problems);
      if (r.draft) {
        out.drafts.push(file);
        continue;
      }
      const sampleLine = (at: number | null) =>
        problem(
          file,
          at,
          'trường "sample"',
          `tệp có "sample: true" là dữ liệu mẫu, không được đặt trong ${dir}; chỉ đặt báo cáo thật ở đây`,
        );
      if (r.submission) {
        if (real && r.submission.submission.sample) out.problems.push(sampleLine(r.submission.parsed.lineOf(['sample'])));
        out.submissions.push(r.submission);
        if (r.submission.submission.sample) out.sample = true;
      }
      if (r.consolidated) {
        if (real && r.consolidated.report.sample) out.problems.push(sampleLine(null));
        out.consolidated.push(r.consolidated);
        if (r.consolidated.report.sample) out.sample = true;
      }
    }
  }
  out.problems.push(...checkHistory(out.submissions));
  // A folder outside the project (a test's, or one given to validate) is named by its full path, never "../../tmp/…".
  for (const p of out.problems) if (p.file.startsWith('..')) p.file = resolve(root, p.file);
  for (const s of out.submissions) if (s.file.startsWith('..')) s.file = resolve(root, s.file);
  return out;
}

/**
 * JSON Schemas of the report files, for editors (VS Code with the YAML extension autocompletes and checks as staff
 * type) and for dist/data/. Draft-07: what YAML editors support best. File name → text.
 */
export function reportJsonSchemas(): Record<string, string> {
  const text = (schema: z.ZodType, title: string) =>
    `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input', target: 'draft-07' }), title }, null, 2)}\n`;
  return {
    'report.schema.json': text(submissionSchema, 'Báo cáo của một đơn vị gửi Sở Nông nghiệp và Môi trường'),
    'consolidated.schema.json': text(consolidatedSchema, 'Báo cáo tổng hợp đã ban hành của một năm'),
  };
}
