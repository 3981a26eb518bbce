// Annual results: reading content/results/<year>.yaml, checking each file and the files against each other and the
// plan, and deriving what the pages show. Plain Node (no astro:content), so `npm run validate`, the build and the
// tests all run exactly the same checks.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import type { Target, Task } from '../schemas/index.ts';
import { finalStatuses, reportFileSchema, reportedStatuses, type ReportFile, type TargetValue, type TaskResult } from '../schemas/result.ts';
import { DataError, issuesToProblems, LIMITS, parseYamlFile, type ParsedYaml, type Problem } from './data-file.ts';
import { activeIn, taskState, type StateId, type TaskState } from './status.ts';

/** Where published reports live. RESULTS_DIR points elsewhere only for the sample preview and tests. */
export const DEFAULT_RESULTS_DIR = 'content/results';
const FILE_NAME = /^(\d{4})\.yaml$/;

/** What the checks need to know about the plan. */
export interface PlanContext {
  tasks: Task[];
  targets: Target[];
}

export interface LoadedReport {
  file: string;
  report: ReportFile;
  parsed: ParsedYaml;
}

export interface LoadOptions {
  /** Results folder, relative to root; defaults to RESULTS_DIR or content/results. */
  dir?: string | undefined;
  /** Project root; defaults to the working directory. */
  root?: string | undefined;
}

export interface LoadedResults {
  reports: LoadedReport[];
  problems: Problem[];
  /** True when the reports are demonstration data: every page built from them must say so. */
  sample: boolean;
  /** The folder read, relative to root. */
  dir: string;
}

const problem = (file: string, line: number | null, where: string, message: string, severity: Problem['severity'] = 'error'): Problem => ({
  file,
  line,
  where,
  message,
  severity,
});

/** Parse and check one file on its own: syntax, types, vocabulary, ranges, dates, duplicates. */
export function readReport(path: string, root = process.cwd()): { loaded: LoadedReport | null; problems: Problem[] } {
  const parsed = parseYamlFile(path, root, { maxBytes: LIMITS.consolidatedReportBytes });
  if (parsed.problems.length) return { loaded: null, problems: parsed.problems };
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data))
    return {
      loaded: null,
      problems: [problem(parsed.file, 1, '', 'tệp kết quả phải bắt đầu bằng các trường year:, document:, published:, tasks: (xem tệp mẫu do `npm run new-report` tạo); tệp đang trống hoặc là một danh sách')],
    };
  const result = reportFileSchema.safeParse(parsed.data);
  if (!result.success) return { loaded: null, problems: issuesToProblems(result.error.issues, parsed, [], '', parsed.data) };
  const report = result.data;
  const problems: Problem[] = [];
  const dupes = <T>(list: T[], key: (x: T) => string, field: string, what: string) => {
    const seen = new Map<string, number>();
    list.forEach((x, i) => {
      const id = key(x);
      const first = seen.get(id);
      if (first !== undefined)
        problems.push(
          problem(parsed.file, parsed.lineOf([field, i, field === 'tasks' ? 'task' : 'target']), `${field}[${i}]`, `${what} "${id}" đã ghi ở dòng ${parsed.lineOf([field, first])}; mỗi ${what} chỉ ghi một lần trong một báo cáo — gộp hai mục làm một`),
        );
      else seen.set(id, i);
    });
  };
  dupes(report.tasks, (t) => t.task, 'tasks', 'nhiệm vụ');
  dupes(report.targets, (t) => t.target, 'targets', 'mục tiêu');
  return { loaded: problems.length ? null : { file: parsed.file, report, parsed }, problems };
}

/** Checks that need the plan or other years: ids, units, file names, history. Returns errors and warnings. */
export function checkReports(loaded: LoadedReport[], plan: PlanContext): Problem[] {
  const problems: Problem[] = [];
  const taskById = new Map(plan.tasks.map((t) => [t.id, t]));
  const targetById = new Map(plan.targets.map((t) => [t.id, t]));
  const sorted = [...loaded].sort((a, b) => a.report.year - b.report.year);
  const lastEntry = new Map<string, { year: number; entry: TaskResult }>();
  const lastValue = new Map<string, { year: number; value: TargetValue }>();

  for (const { file, report, parsed } of sorted) {
    const at = (path: PropertyKey[]) => parsed.lineOf(path);
    const name = file.split(/[\\/]/).pop()!;
    const m = FILE_NAME.exec(name);
    if (m && Number(m[1]) !== report.year)
      problems.push(problem(file, at(['year']), 'trường "year"', `tên tệp là ${name} nhưng năm báo cáo ghi ${report.year}; đổi tên tệp thành ${report.year}.yaml hoặc sửa năm cho khớp`));

    const listed = new Set<string>();
    report.tasks.forEach((e, i) => {
      const where = `tasks[${i}] (nhiệm vụ "${e.task}")`;
      const task = taskById.get(e.task);
      if (!task) {
        problems.push(problem(file, at(['tasks', i, 'task']), where, `không có nhiệm vụ mã "${e.task}" trong Kế hoạch (content/tasks.yaml); mã đúng là phần cuối địa chỉ trang nhiệm vụ, ví dụ pl2-07`));
        return;
      }
      listed.add(e.task);
      const before = lastEntry.get(e.task);
      if (before && finalStatuses.has(before.entry.status) && !finalStatuses.has(e.status) && !e.reason)
        problems.push(
          problem(
            file,
            at(['tasks', i, 'status']),
            where,
            `báo cáo năm ${before.year} đã ghi "${reportedStatuses[before.entry.status]}", nay ghi "${reportedStatuses[e.status]}" mà không có lý do; thêm trường reason giải thích vì sao (lý do sẽ được hiển thị công khai) hoặc sửa trạng thái`,
          ),
        );
      else if (before?.entry.status === 'dang-thuc-hien' && e.status === 'chua-bat-dau' && !e.reason)
        problems.push(problem(file, at(['tasks', i, 'status']), where, `báo cáo năm ${before.year} đã ghi "Đang thực hiện", nay ghi "Chưa bắt đầu"; kiểm tra lại, hoặc thêm trường reason`, 'warning'));
      if (before?.entry.percent != null && e.percent != null && e.percent < before.entry.percent && !e.reason)
        problems.push(problem(file, at(['tasks', i, 'percent']), where, `tỷ lệ hoàn thành giảm từ ${before.entry.percent} (năm ${before.year}) xuống ${e.percent}; kiểm tra lại số liệu hoặc thêm trường reason`, 'warning'));
      lastEntry.set(e.task, { year: report.year, entry: e });
    });

    // One warning per kind, listing the ids: a whole list of absent tasks is what an accidental deletion looks like.
    const finishedBefore = (id: string) => {
      const status = lastEntry.get(id)?.entry.status;
      return status !== undefined && finalStatuses.has(status);
    };
    const absent = plan.tasks.filter((t) => !listed.has(t.id) && !finishedBefore(t.id));
    const due = absent.filter((t) => activeIn(t.period, report.year)).map((t) => t.id);
    const late = absent.filter((t) => t.period && t.period.end < report.year).map((t) => t.id);
    if (due.length)
      problems.push(problem(file, at(['tasks']), 'trường "tasks"', `${due.length} nhiệm vụ đang trong thời gian thực hiện năm ${report.year} nhưng không có trong báo cáo, trang sẽ ghi "Chưa báo cáo": ${due.join(', ')}`, 'warning'));
    if (late.length)
      problems.push(problem(file, at(['tasks']), 'trường "tasks"', `${late.length} nhiệm vụ đã hết thời gian thực hiện, chưa được báo cáo hoàn thành và không có trong báo cáo, trang sẽ ghi "Quá hạn": ${late.join(', ')}`, 'warning'));

    report.targets.forEach((v, i) => {
      const where = `targets[${i}] (mục tiêu "${v.target}")`;
      const target = targetById.get(v.target);
      if (!target) {
        problems.push(problem(file, at(['targets', i, 'target']), where, `không có mục tiêu mã "${v.target}" (content/targets.yaml); mã đúng là phần cuối địa chỉ trang mục tiêu`));
        return;
      }
      if (target.kind !== 'dinh-luong') {
        problems.push(problem(file, at(['targets', i, 'target']), where, `mục tiêu "${v.target}" là nghĩa vụ định kỳ, không có giá trị số; ghi kết quả vào phần tasks (nhiệm vụ liên quan)`));
        return;
      }
      const before = lastValue.get(v.target);
      if (target.unit !== null && v.unit !== target.unit)
        problems.push(problem(file, at(['targets', i, 'unit']), where, `đơn vị "${v.unit}" khác đơn vị của mục tiêu trong Kế hoạch ("${target.unit}"); đổi số liệu sang "${target.unit}"`));
      else if (target.unit === null && before && before.value.unit !== v.unit)
        problems.push(problem(file, at(['targets', i, 'unit']), where, `đơn vị "${v.unit}" khác đơn vị đã báo cáo năm ${before.year} ("${before.value.unit}"); các năm phải dùng cùng một đơn vị để so sánh được`));
      else if (before && jumps(before.value, v))
        problems.push(
          problem(file, at(['targets', i, 'value']), where, `giá trị thay đổi đột ngột: năm ${before.year} là ${before.value.value}${before.value.unit}, nay là ${v.value}${v.unit}; kiểm tra lại số liệu, đơn vị và dấu thập phân`, 'warning'),
        );
      lastValue.set(v.target, { year: report.year, value: v });
    });
  }
  return problems;
}

/** A change large enough that a typo or a changed method is more likely than real progress. */
function jumps(a: TargetValue, b: TargetValue): boolean {
  if (b.unit === '%') return Math.abs(b.value - a.value) > 20;
  if (a.value === 0) return b.value !== 0 && Math.abs(b.value) > 1;
  return Math.abs(b.value - a.value) / Math.abs(a.value) > 0.5;
}

/** Read every file of the results folder and run all checks. A missing folder means no report is published yet. */
export function loadResults(plan: PlanContext, opts: LoadOptions = {}): LoadedResults {
  const root = resolve(opts.root ?? process.cwd());
  const full = resolve(root, opts.dir ?? process.env.RESULTS_DIR ?? DEFAULT_RESULTS_DIR);
  const dir = relative(root, full) || '.';
  const real = full === resolve(root, DEFAULT_RESULTS_DIR);
  const empty = { reports: [], sample: !real, dir };
  let entries: Dirent[];
  try {
    if (!statSync(full).isDirectory()) return { ...empty, problems: [problem(dir, null, '', 'đây phải là một thư mục chứa các tệp <năm>.yaml, không phải một tệp')] };
    entries = readdirSync(full, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (e) {
    // No folder is the normal state before the first report; any other failure must not pass for "no report".
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ...empty, problems: [] };
    return { ...empty, problems: [problem(dir, null, '', `không đọc được thư mục kết quả (${(e as Error).message})`)] };
  }
  const problems: Problem[] = [];
  const reports: LoadedReport[] = [];
  for (const entry of entries) {
    const name = entry.name;
    const path = join(full, name);
    const file = relative(root, path);
    if (!entry.isFile() || !FILE_NAME.test(name)) {
      const hint = /^\d{4}\.yml$/.test(name) ? `; đổi đuôi thành .yaml (${name.replace(/\.yml$/, '.yaml')})` : '';
      problems.push(problem(file, null, '', `mỗi tệp trong ${dir} phải mang tên là năm báo cáo, ví dụ 2026.yaml${hint}; tệp này không được đọc nên trang web không được tạo`));
      continue;
    }
    const { loaded, problems: own } = readReport(path, root);
    problems.push(...own);
    if (!loaded) continue;
    if (real && loaded.report.sample)
      problems.push(problem(file, loaded.parsed.lineOf(['sample']), 'trường "sample"', `tệp có "sample: true" là dữ liệu mẫu, không được đặt trong ${DEFAULT_RESULTS_DIR}; chỉ đặt báo cáo thật ở đây`));
    reports.push(loaded);
  }
  // Cross-file errors are reported even while a file is broken, so one run shows everything to fix; cross-file
  // warnings are not, since a year that failed to load would make them wrong.
  const broken = problems.some((p) => p.severity === 'error');
  problems.push(...checkReports(reports, plan).filter((p) => !broken || p.severity === 'error'));
  return { reports, problems, dir, sample: !real || reports.some((r) => r.report.sample) };
}

// ── What the pages show ─────────────────────────────────────────────────────────────────────────────────────────

export interface YearState extends TaskState {
  year: number;
  entry: TaskResult | null;
}

export interface ReportedValue {
  year: number;
  report: ReportFile;
  value: TargetValue;
}

export interface Coverage {
  /** Tasks the agency leads that the report should cover: in or past their timeframe, not finished in an earlier report. */
  expected: Task[];
  /** Of those, the ones the report mentions. */
  covered: Task[];
}

export interface Results {
  sample: boolean;
  /** Oldest first. */
  reports: ReportFile[];
  byYear: Map<number, ReportFile>;
  latest: ReportFile | null;
  /** Year → task id → state. Every task of the plan has a state in every report year. */
  states: Map<number, Map<string, YearState>>;
  /** Target id → values, oldest first. */
  values: Map<string, ReportedValue[]>;
  /** Year → lead agency id → coverage. */
  coverage: Map<number, Map<string, Coverage>>;
}

export function buildResults(reports: ReportFile[], plan: PlanContext, sample: boolean): Results {
  const sorted = [...reports].sort((a, b) => a.year - b.year);
  const states = new Map<number, Map<string, YearState>>();
  const coverage = new Map<number, Map<string, Coverage>>();
  const values = new Map<string, ReportedValue[]>(plan.targets.map((t) => [t.id, []]));
  const earlier = new Map<string, { year: number; entry: TaskResult }>();
  for (const report of sorted) {
    const entries = new Map(report.tasks.map((e) => [e.task, e]));
    const year = new Map<string, YearState>();
    const byAgency = new Map<string, Coverage>();
    for (const task of plan.tasks) {
      const entry = entries.get(task.id) ?? null;
      const before = earlier.get(task.id);
      year.set(task.id, {
        ...taskState({ period: task.period, year: report.year, entry, earlier: before ? { year: before.year, status: before.entry.status } : null }),
        year: report.year,
        entry,
      });
      const due = activeIn(task.period, report.year) || (task.period !== null && task.period.end < report.year);
      if (due && !(before && finalStatuses.has(before.entry.status)))
        for (const agency of new Set(task.lead.map((r) => r.agency))) {
          const c = byAgency.get(agency) ?? { expected: [], covered: [] };
          c.expected.push(task);
          if (entry) c.covered.push(task);
          byAgency.set(agency, c);
        }
    }
    for (const e of report.tasks) earlier.set(e.task, { year: report.year, entry: e });
    for (const v of report.targets) values.get(v.target)?.push({ year: report.year, report, value: v });
    states.set(report.year, year);
    coverage.set(report.year, byAgency);
  }
  return { sample, reports: sorted, byYear: new Map(sorted.map((r) => [r.year, r])), latest: sorted.at(-1) ?? null, states, values, coverage };
}

/** A task's state in every report year, oldest first. */
export const taskHistory = (r: Results, taskId: string): YearState[] => r.reports.map((rep) => r.states.get(rep.year)!.get(taskId)!);

/** How many tasks are in each state in a year. */
export function stateCounts(states: Iterable<YearState>): Map<StateId, number> {
  const counts = new Map<StateId, number>();
  for (const s of states) counts.set(s.state, (counts.get(s.state) ?? 0) + 1);
  return counts;
}

/** JSON Schema of a results file, for editors (content/results.schema.json). Draft-07: what YAML editors support best. */
export function reportJsonSchemaText(): string {
  const schema = z.toJSONSchema(reportFileSchema, { io: 'input', target: 'draft-07' });
  return `${JSON.stringify({ ...schema, title: 'Báo cáo kết quả thực hiện Kế hoạch trong một năm' }, null, 2)}\n`;
}

/**
 * Results as the site uses them. Any error stops the build (DataError, with every message); warnings do not, but
 * the build log says how many there are, so a publisher who skipped `npm run validate` still hears about them.
 */
export function resultsForSite(plan: PlanContext, opts: LoadOptions = {}): Results {
  const loaded = loadResults(plan, opts);
  if (loaded.problems.some((p) => p.severity === 'error')) throw new DataError(loaded.problems);
  const warnings = loaded.problems.length;
  if (warnings) console.log(`Kết quả hằng năm (${loaded.dir}): ${warnings} cảnh báo, xem bằng lệnh: npm run validate${loaded.dir === DEFAULT_RESULTS_DIR ? "" : ` -- ${loaded.dir}`}`);
  return buildResults(loaded.reports.map((r) => r.report), plan, loaded.sample);
}
