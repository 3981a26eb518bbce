// THE data module: everything the site shows comes from here, read from content/ (or CONTENT_DIR) by plain Node,
// with every cross-file check. Pages (through siteData()), the CLIs (validate, new-report), the search index and the
// open-data files all read this one path, so no command can check or index another plan than the site is built from.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  agencySchema,
  FIRST_REPORT_YEAR,
  searchTermSchema,
  targetSchema,
  taskLinkSchema,
  taskSchema,
  wardRegistrySchema,
  type Agency,
  type Consolidated,
  type FormerName,
  type PlanBlock,
  type SearchTerm,
  type Submission,
  type SubmissionTarget,
  type Target,
  type Task,
  type TaskLink,
  type WardRegistry,
} from '../schemas/index.ts';
import { asOfDate } from './as-of.ts';
import { DataError, issuesToProblems, parseYamlFile, readYamlList, type Problem } from './data-file.ts';
import { checkIntegrity } from './integrity.ts';
import { contentDir } from './loaders.ts';
import { readPlanFiles } from './plan-text.ts';
import { buildParticipation, buildRegistry, withWards, type Participation, type UnitRegistry } from './registry.ts';
import { derive, overviewYear, type Derived } from './reporting-rules.ts';
import { openReportWorkbooks, type OpenedWorkbooks } from './report-workbook.ts';
import { lastReportYear, loadReports, reportsDir, type LoadedReports } from './reports.ts';

export interface PlanPart {
  /** File name in content/plan/, e.g. "04-to-chuc-thuc-hien.mdx". */
  file: string;
  order: number;
  title: string;
  blocks: PlanBlock[];
}

export interface AgencyTasks {
  lead: Task[];
  coordinating: Task[];
}

/** The units' reports and what the rules derive from them (src/lib/reporting-rules.ts). */
export interface Reporting {
  /** True when built from demonstration data: every page must carry the banner. */
  sample: boolean;
  /** The folder read, relative to the project. */
  dir: string;
  /** The date "not received" and "overdue" are judged against (src/lib/as-of.ts); pages say "tính đến ngày …". */
  asOf: string;
  /** Accepted report years (the plan's year to the last task end year). */
  accepted: { first: number; last: number };
  /** Years with at least one published submission or consolidated report, ascending: the years the site derives. */
  years: number[];
  /** Every published submission (yearly and ad hoc), drafts excluded, ordered by year, unit, date. */
  submissions: Submission[];
  /** Year → unit id → yearly submission. */
  yearly: Map<number, Map<string, Submission>>;
  /** Year → issued consolidated report. */
  consolidated: Map<number, Consolidated>;
  /** Files marked as drafts (never published, only counted). */
  drafts: number;
  /**
   * The year of the progress overview (reporting-rules.ts overviewYear): derived even when no unit has reported
   * for it, so the overview and the task list show the states the rules give rather than nothing.
   */
  overviewYear: number;
  /** Derived for `years` and for `overviewYear`. */
  derived: Derived;
  /** Target id → every figure a published submission gives for it, oldest first. */
  figures: Map<string, Figure[]>;
}

/** A target figure as one unit supplied it. Only the unit targets.yaml names (reported_by) gives the city-wide value. */
export interface Figure {
  year: number;
  unit: string;
  value: SubmissionTarget;
  submission: Submission;
  /** True when the unit is the one the editors named as reporting the city-wide figure. */
  cityWide: boolean;
}

export interface SiteData {
  parts: PlanPart[];
  blocks: PlanBlock[];
  blockById: Map<string, PlanBlock>;
  /** Every body the plan names (content/agencies.yaml). Wards, which the plan names only as a group, are in `registry`. */
  agencies: Agency[];
  agencyById: Map<string, Agency>;
  tasks: Task[];
  taskById: Map<string, Task>;
  /** Each task's place (0-based) in plan order: which page of a paged list holds it, without a scan per link. */
  taskIndex: Map<string, number>;
  targets: Target[];
  targetById: Map<string, Target>;
  linksByTask: Map<string, TaskLink>;
  tasksByAgency: Map<string, AgencyTasks>;
  tasksByTarget: Map<string, Task[]>;
  tasksByParagraph: Map<string, Task[]>;
  /** Reporting units, group membership and the ward list's source. */
  registry: UnitRegistry;
  /** Who takes part in which task, with role and condition. */
  participation: Participation;
  reporting: Reporting;
  /** The editors' search words (content/search-terms.yaml): abbreviations, former names, topic words. */
  searchTerms: SearchTerm[];
  /** Former names of each body, with the decision that merged them (editors' data, shown as such). */
  formerNames: Map<string, FormerName[]>;
}

export const taskOrder = (t: Task): number => (t.appendix === 'I' ? 0 : 1000) + (t.part === 'II' ? 100 : 0) + t.number;

/** content/plan/NN-*.mdx, read as data through the data door and parsed strictly (src/lib/plan-text.ts), in document order. */
function readPlan(dir: string, root: string): { parts: PlanPart[]; problems: Problem[] } {
  const { parts, problems } = readPlanFiles(join(dir, 'plan'), root);
  return { parts: parts.map(({ id, order, title, blocks }) => ({ file: `${id}.mdx`, order, title, blocks })), problems };
}

/** content/wards.yaml, or null when the editors have not entered the ward list yet. */
function readWards(path: string, root: string): { wards: WardRegistry | null; problems: Problem[] } {
  if (!existsSync(path)) return { wards: null, problems: [] };
  const parsed = parseYamlFile(path, root);
  if (parsed.problems.length) return { wards: null, problems: parsed.problems };
  const r = wardRegistrySchema.safeParse(parsed.data);
  if (!r.success) return { wards: null, problems: issuesToProblems(r.error.issues, parsed, [], '', parsed.data) };
  return { wards: r.data, problems: [] };
}

export interface ReadOptions {
  /** Reports folder instead of <CONTENT_DIR>/reports (REPORTS_DIR): the sample preview and tests. */
  reportsDir?: string | undefined;
  /** Leave the reports out (an empty folder is assumed): for new-report, which must work while a report is broken. */
  withoutReports?: boolean;
  /** Workbooks under the reports folder, opened beforehand (report-workbook.ts); siteData() and readSiteDataWithWorkbooks() open them. */
  workbooks?: OpenedWorkbooks;
}

/**
 * Read and check everything. Never throws for bad data: returns every problem (errors and warnings) so a CLI can
 * list them all; `data` is null when there is any error.
 */
export function readSiteData(
  root = process.cwd(),
  opts: ReadOptions = {},
): { data: SiteData | null; problems: Problem[]; reports: LoadedReports | null } {
  const dir = resolve(root, contentDir());
  const plan = readPlan(dir, root);
  const agencyFile = readYamlList(join(dir, 'agencies.yaml'), agencySchema, root);
  const wardFile = readWards(join(dir, 'wards.yaml'), root);
  const taskFile = readYamlList(join(dir, 'tasks.yaml'), taskSchema, root);
  const targetFile = readYamlList(join(dir, 'targets.yaml'), targetSchema, root);
  const linkFile = readYamlList(join(dir, 'links.yaml'), taskLinkSchema, root);
  // Optional: a data folder without the editors' search words (a synthetic plan, a test copy) has none.
  const termsPath = join(dir, 'search-terms.yaml');
  const termFile = existsSync(termsPath)
    ? readYamlList(termsPath, searchTermSchema, root)
    : { items: [], problems: [], file: termsPath, lineOfId: () => null };
  const problems = [
    ...plan.problems,
    ...agencyFile.problems,
    ...wardFile.problems,
    ...taskFile.problems,
    ...targetFile.problems,
    ...linkFile.problems,
    ...termFile.problems,
  ];
  if (problems.some((p) => p.severity === 'error')) return { data: null, problems, reports: null };

  const parts = plan.parts;
  const blocks = parts.flatMap((p) => p.blocks);
  const agencies = agencyFile.items;
  // The registry: the plan's bodies, then each ward of wards.yaml as "UBND phường/xã …", ids unique across both.
  const withWardList = withWards(agencies, wardFile.wards);
  const tasks = [...taskFile.items].sort((a, b) => taskOrder(a) - taskOrder(b));
  const targets = targetFile.items;
  const links = linkFile.items;
  const searchTerms = termFile.items;
  const locate = (f: { file: string; lineOfId: (id: string, path?: PropertyKey[]) => number | null }) => ({
    file: f.file,
    line: f.lineOfId,
  });
  const integrity = checkIntegrity({
    agencies,
    tasks,
    targets,
    links,
    searchTerms,
    anchors: new Set(blocks.map((b) => b.id)),
    files: { tasks: locate(taskFile), targets: locate(targetFile), links: locate(linkFile), searchTerms: locate(termFile) },
  });
  const seenIds = new Set<string>();
  for (const a of withWardList) {
    if (seenIds.has(a.id))
      integrity.push({
        file: 'content/wards.yaml',
        line: null,
        where: `mục "${a.id}"`,
        severity: 'error',
        message: `mã "${a.id}" đã có trong content/agencies.yaml; mỗi đơn vị một mã riêng`,
      });
    seenIds.add(a.id);
  }
  if (integrity.length) return { data: null, problems: [...problems, ...integrity], reports: null };

  const registry = buildRegistry(withWardList, wardFile.wards);
  for (const t of targets)
    if (t.kind === 'dinh-luong' && t.reported_by && !registry.unitById.has(t.reported_by.unit))
      problems.push({
        file: 'content/targets.yaml',
        line: null,
        where: `mục "${t.id}" › trường "reported_by.unit"`,
        severity: 'error',
        message: `"${t.reported_by.unit}" không phải một đơn vị báo cáo trong sổ đơn vị (content/agencies.yaml, content/wards.yaml)`,
      });
  const participation = buildParticipation(tasks, registry);
  const reports = opts.withoutReports
    ? {
        submissions: [],
        consolidated: [],
        drafts: [],
        problems: [],
        sample: false,
        dir: '',
        years: { first: FIRST_REPORT_YEAR, last: lastReportYear(tasks) },
      }
    : loadReports(
        { tasks, targets, agencies: withWardList, registry, participation },
        { root, dir: opts.reportsDir, workbooks: opts.workbooks },
      );
  problems.push(...reports.problems);
  if (problems.some((p) => p.severity === 'error')) return { data: null, problems, reports };

  const tasksByAgency = new Map<string, AgencyTasks>(agencies.map((a) => [a.id, { lead: [], coordinating: [] }]));
  for (const t of tasks) {
    for (const id of new Set(t.lead.map((r) => r.agency))) tasksByAgency.get(id)!.lead.push(t);
    for (const id of new Set(t.coordinating.map((r) => r.agency))) tasksByAgency.get(id)!.coordinating.push(t);
  }
  const linksByTask = new Map(links.map((l) => [l.id, l]));
  const tasksByTarget = new Map<string, Task[]>(targets.map((t) => [t.id, []]));
  const tasksByParagraph = new Map<string, Task[]>();
  for (const t of tasks) {
    const l = linksByTask.get(t.id);
    for (const id of l?.targets ?? []) tasksByTarget.get(id)!.push(t);
    for (const p of l?.paragraphs ?? []) tasksByParagraph.set(p, [...(tasksByParagraph.get(p) ?? []), t]);
  }

  return {
    data: {
      parts,
      blocks,
      blockById: new Map(blocks.map((b) => [b.id, b])),
      agencies,
      agencyById: new Map(agencies.map((a) => [a.id, a])),
      tasks,
      taskById: new Map(tasks.map((t) => [t.id, t])),
      taskIndex: new Map(tasks.map((t, i) => [t.id, i])),
      targets,
      targetById: new Map(targets.map((t) => [t.id, t])),
      linksByTask,
      tasksByAgency,
      tasksByTarget,
      tasksByParagraph,
      registry,
      participation,
      reporting: reportingOf(reports, tasks, targets, registry, participation, root),
      searchTerms,
      formerNames: formerNamesByAgency(searchTerms),
    },
    problems,
    reports,
  };
}

/** Former names grouped by the body they became, in file order. */
export function formerNamesByAgency(terms: SearchTerm[]): Map<string, FormerName[]> {
  const out = new Map<string, FormerName[]>();
  for (const t of terms) if (t.kind === 'ten-cu') out.set(t.agency, [...(out.get(t.agency) ?? []), t]);
  return out;
}

function reportingOf(
  reports: LoadedReports,
  tasks: Task[],
  targets: Target[],
  registry: UnitRegistry,
  participation: Participation,
  root: string,
): Reporting {
  const submissions = reports.submissions
    .map((l) => l.submission)
    .sort((a, b) => a.year - b.year || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0) || (a.document.date < b.document.date ? -1 : 1));
  const yearlyList = reports.submissions.filter((l) => l.kind === 'nam').map((l) => l.submission);
  const adHoc = reports.submissions.filter((l) => l.kind === 'dot-xuat').map((l) => l.submission);
  const yearly = new Map<number, Map<string, Submission>>();
  for (const s of yearlyList) yearly.set(s.year, (yearly.get(s.year) ?? new Map<string, Submission>()).set(s.unit, s));
  const consolidated = new Map(reports.consolidated.map((c) => [c.report.year, c.report]));
  const years = [...new Set([...submissions.map((s) => s.year), ...consolidated.keys()])].sort((a, b) => a - b);
  const asOf = asOfDate(root);
  const overview = overviewYear(years, reports.years, asOf);
  const derivedYears = [...new Set([...years, overview])].sort((a, b) => a - b);
  return {
    sample: reports.sample,
    dir: reports.dir,
    asOf,
    accepted: reports.years,
    years,
    submissions,
    yearly,
    consolidated,
    drafts: reports.drafts.length,
    overviewYear: overview,
    derived: derive({ tasks, registry, participation, yearly: yearlyList, adHoc, years: derivedYears, asOf }),
    figures: figuresOf(submissions, targets),
  };
}

function figuresOf(submissions: Submission[], targets: Target[]): Map<string, Figure[]> {
  const figures = new Map<string, Figure[]>(targets.map((t) => [t.id, []]));
  for (const s of submissions)
    for (const value of s.targets) {
      const t = targets.find((x) => x.id === value.target);
      const cityWide = t?.kind === 'dinh-luong' && t.reported_by?.unit === s.unit;
      figures.get(value.target)?.push({ year: s.year, unit: s.unit, value, submission: s, cityWide });
    }
  for (const list of figures.values())
    list.sort((a, b) => (a.value.as_of < b.value.as_of ? -1 : a.value.as_of > b.value.as_of ? 1 : a.unit < b.unit ? -1 : 1));
  return figures;
}

/** Like readSiteData, but throws DataError (the full Vietnamese list) on any error: for the build and the search index. */
export function loadSiteData(root = process.cwd(), opts: ReadOptions = {}): SiteData {
  const { data, problems } = readSiteData(root, opts);
  if (!data) throw new DataError(problems);
  const warnings = problems.length;
  if (warnings) console.log(`Dữ liệu có ${warnings} cảnh báo, xem bằng lệnh: npm run validate`);
  return data;
}

// One load per build, shared by the pages and the integrations that run after them (the search index): Astro
// bundles this module into the pages, so the build process holds two copies of it, and a module-level cache would
// read and check every data file twice (issue 15: with one report per unit and year, that was half the build).
// The key holds everything the data depends on, so a process that builds another data folder reads it afresh.
const SHARED = Symbol.for('hn122.siteData');
const shared = globalThis as typeof globalThis & { [SHARED]?: { key: string; data: Promise<SiteData> } };

/** All content of the project at `root`, validated across files, loaded once per process and data folder. */
export function sharedSiteData(root = process.cwd()): Promise<SiteData> {
  const key = JSON.stringify([resolve(root), contentDir(), process.env.REPORTS_DIR ?? '', process.env.AS_OF_DATE ?? '']);
  if (shared[SHARED]?.key !== key)
    shared[SHARED] = { key, data: openReportWorkbooks(reportsDir(root).full).then((workbooks) => loadSiteData(root, { workbooks })) };
  return shared[SHARED].data;
}

/** All content, validated across files; loaded once per build (from the working directory, which build.ts sets). */
export const siteData = (): Promise<SiteData> => sharedSiteData(process.cwd());

/** readSiteData, with the committed workbooks opened first: for the CLIs, which may meet a unit's .xlsx. */
export async function readSiteDataWithWorkbooks(root = process.cwd(), opts: ReadOptions = {}): Promise<ReturnType<typeof readSiteData>> {
  const workbooks = await openReportWorkbooks(reportsDir(root, opts.reportsDir).full);
  return readSiteData(root, { ...opts, workbooks });
}
