// The rules that turn the units' submissions into what the site shows: each unit's part of each task, the task as
// a whole, and whether each unit's report came in on time. Pure functions, tested one by one
// (test/unit/reporting-rules.test.ts), and their text is printed word for word on /ket-qua/#quy-tac so a reader
// can check any state by hand. Lateness and absence are always computed and named, never typed by a unit; a
// ministry, which does not report to Hanoi, never appears as a unit that has not reported.
import { finalStatuses, reportedStatuses, type ReportedStatus, type Submission, type SubmissionTask, type Task } from '../schemas/index.ts';
import type { LeadMode, Participant, Participation, RoleInTask, UnitRegistry } from './registry.ts';

// ── States ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** States of a unit's part that only the rules produce; a submission cannot write them. */
export const computedStates = {
  'qua-han': 'Quá hạn',
  'chua-bao-cao': 'Chưa báo cáo',
  'chua-den-ky-bao-cao': 'Chưa đến hạn báo cáo',
  'chua-den-han': 'Chưa đến thời gian thực hiện',
  'khong-ghi-thoi-gian': 'Không ghi thời gian, chưa báo cáo',
} as const;
export type ComputedState = keyof typeof computedStates;
export type StateId = ReportedStatus | ComputedState;

export const stateLabels: Record<StateId, string> = { ...reportedStatuses, ...computedStates };

/** Display order: finished first, then work in progress, then what needs attention, then what is not due. */
export const stateOrder: StateId[] = [
  'hoan-thanh',
  'dang-thuc-hien',
  'chua-bat-dau',
  'dung-hoac-thay-the',
  'qua-han',
  'chua-bao-cao',
  'chua-den-ky-bao-cao',
  'chua-den-han',
  'khong-ghi-thoi-gian',
];

export type Tone = 'neutral' | 'brand' | 'warn' | 'danger' | 'done';
/** Colour only reinforces the words (a tag always shows the label). */
export const stateTone: Record<StateId, Tone> = {
  'hoan-thanh': 'done',
  'dang-thuc-hien': 'brand',
  'chua-bat-dau': 'neutral',
  'dung-hoac-thay-the': 'neutral',
  'qua-han': 'danger',
  'chua-bao-cao': 'warn',
  'chua-den-ky-bao-cao': 'neutral',
  'chua-den-han': 'neutral',
  'khong-ghi-thoi-gian': 'neutral',
};

/** Whether a unit's yearly report came in, judged by the date of its document. */
export const timelinessLabels = {
  'dung-han': 'Đúng hạn',
  muon: 'Gửi muộn',
  'chua-nhan': 'Chưa nhận được',
  'chua-den-han': 'Chưa đến hạn gửi',
} as const;
export type Timeliness = keyof typeof timelinessLabels;
export const timelinessTone: Record<Timeliness, Tone> = {
  'dung-han': 'done',
  muon: 'warn',
  'chua-nhan': 'danger',
  'chua-den-han': 'neutral',
};

/** Whether an ad-hoc report met the deadline its request set. */
export const adHocTimelinessLabels = {
  'dung-han': 'Đúng hạn yêu cầu',
  muon: 'Sau hạn yêu cầu',
  'khong-dat-han': 'Yêu cầu không đặt hạn',
} as const;
export type AdHocTimeliness = keyof typeof adHocTimelinessLabels;

// ── The rules, as the site prints them ──────────────────────────────────────────────────────────────────────────

/** Rules for one unit's part of one task in one year, in the order they are tried. */
export const partRules = [
  {
    id: 'da-ket-thuc',
    title: 'Đã kết thúc ở năm trước',
    text: 'Nếu báo cáo của đơn vị ở một năm trước đã ghi phần việc “Hoàn thành” hoặc “Dừng hoặc được thay thế” và báo cáo năm nay không nhắc lại, trang giữ trạng thái ấy và ghi rõ theo báo cáo năm nào.',
  },
  {
    id: 'khong-ghi-thoi-gian',
    title: 'Không ghi thời gian',
    text: 'Nếu Kế hoạch không ghi thời gian thực hiện cho nhiệm vụ và báo cáo của đơn vị không nhắc đến nhiệm vụ, trang ghi “Không ghi thời gian, chưa báo cáo”: không thể nói nhiệm vụ đến hạn hay quá hạn.',
  },
  {
    id: 'qua-han',
    title: 'Quá hạn',
    text: 'Nếu thời gian thực hiện ghi trong Kế hoạch đã kết thúc trước năm báo cáo (năm kết thúc nhỏ hơn năm báo cáo) mà phần việc của đơn vị chưa được báo cáo “Hoàn thành” hay “Dừng hoặc được thay thế”, trang ghi “Quá hạn”, kể cả khi báo cáo ghi “Đang thực hiện” hoặc “Chưa bắt đầu”.',
  },
  {
    id: 'co-ly-do',
    title: 'Báo cáo có lý do',
    text: 'Trạng thái do đơn vị ghi chỉ được dùng thay cho “Quá hạn” khi báo cáo ghi lý do (ví dụ: nhiệm vụ đã được gia hạn). Khi đó trang hiển thị trạng thái đơn vị ghi cùng nguyên văn lý do.',
  },
  {
    id: 'chua-den-han',
    title: 'Chưa đến thời gian thực hiện',
    text: 'Nếu năm bắt đầu ghi trong Kế hoạch sau năm báo cáo và báo cáo của đơn vị không nhắc đến nhiệm vụ, trang ghi “Chưa đến thời gian thực hiện”.',
  },
  {
    id: 'theo-bao-cao',
    title: 'Theo báo cáo',
    text: 'Trong các trường hợp còn lại, nếu báo cáo năm đó của đơn vị có nhắc đến nhiệm vụ, trang hiển thị đúng trạng thái đơn vị ghi cho phần việc của mình.',
  },
  {
    id: 'chua-den-ky-bao-cao',
    title: 'Chưa đến hạn báo cáo',
    text: 'Nếu chưa nhận được báo cáo năm của đơn vị và, tính đến ngày của phiên bản trang, chưa đến ngày 01 tháng 12 của năm báo cáo, trang ghi “Chưa đến hạn báo cáo”.',
  },
  {
    id: 'chua-bao-cao',
    title: 'Chưa báo cáo',
    text: 'Nếu báo cáo năm của đơn vị không nhắc đến nhiệm vụ, hoặc đã qua ngày 01 tháng 12 của năm báo cáo mà chưa nhận được báo cáo, trang ghi “Chưa báo cáo”. Đây là trạng thái của việc báo cáo, không phải nhận định về tiến độ.',
  },
] as const;
export type PartRuleId = (typeof partRules)[number]['id'];

/** Rules for a task as a whole, by how its lead cell is made up. */
export const taskRules = [
  {
    id: 'mot-don-vi',
    title: 'Một đơn vị của Thành phố chủ trì',
    text: 'Khi ô “Cơ quan chủ trì” chỉ ghi một đơn vị của Thành phố, trạng thái của nhiệm vụ là trạng thái phần việc của đơn vị đó. Phần việc của các đơn vị phối hợp được hiển thị bên cạnh, không làm thay đổi trạng thái của nhiệm vụ.',
  },
  {
    id: 'nhom',
    title: 'Nhiều đơn vị cùng chủ trì',
    text: 'Khi ô “Cơ quan chủ trì” ghi một nhóm (ví dụ “UBND các phường, xã”, “Các sở, ban, ngành”) hoặc nhiều đơn vị, trang không gộp thành một trạng thái chung: trang đếm số đơn vị chủ trì theo từng trạng thái và hiển thị phần việc của từng đơn vị, cùng vai trò và điều kiện ghi trong Kế hoạch.',
  },
  {
    id: 'phan-viec-ha-noi',
    title: 'Nhiệm vụ do Bộ, ngành Trung ương chủ trì',
    text: 'Với nhiệm vụ do Bộ, ngành Trung ương chủ trì (Phụ lục I), trang chỉ hiển thị “phần việc của Hà Nội” theo báo cáo của các đơn vị Thành phố tham gia. Bộ, ngành không báo cáo cho Thành phố: trang không suy ra tiến độ của Bộ, ngành và không bao giờ ghi Bộ, ngành là “chưa báo cáo” hay “quá hạn”.',
  },
  {
    id: 'nhom-thanh-vien',
    title: 'Thành viên của nhóm',
    text: '“UBND các phường, xã” là từng UBND phường, xã trong sổ đơn vị; “Các Sở, ngành liên quan”, “Các sở, ban, ngành” và “Các đơn vị có liên quan” là từng sở, ban, ngành và đơn vị cấp Thành phố trong sổ đơn vị (gồm cả Công an Thành phố, Bộ Tư lệnh Thủ đô, Ban Quản lý các Khu công nghệ cao và khu công nghiệp). Khi Kế hoạch vừa nêu tên riêng một đơn vị vừa nêu nhóm có đơn vị đó, vai trò theo tên riêng được dùng; đơn vị chủ trì qua một nhóm không được tính thêm là phối hợp qua nhóm khác. Vai trò của đơn vị do Kế hoạch quy định, đơn vị không tự ghi.',
  },
  {
    id: 'tong-quan',
    title: 'Đếm nhiệm vụ trong phần tổng quan tiến độ',
    text: 'Phần tổng quan đếm mỗi nhiệm vụ một lần. Nhiệm vụ do một đơn vị của Thành phố chủ trì được đếm theo trạng thái phần việc của đơn vị đó. Nhiệm vụ do nhiều đơn vị cùng chủ trì được đếm theo trạng thái chung của các đơn vị chủ trì, và nhiệm vụ do Bộ, ngành Trung ương chủ trì theo trạng thái chung của các đơn vị Thành phố tham gia, chỉ khi mọi đơn vị ấy cùng một trạng thái; nếu không, nhiệm vụ được đếm là “Các đơn vị ở trạng thái khác nhau”, không gộp thành một trạng thái. Phần theo từng đơn vị đếm các nhiệm vụ đơn vị tham gia theo trạng thái phần việc của chính đơn vị.',
  },
] as const;

/** Rules for a unit's report as a whole. */
export const timelinessRules = [
  {
    id: 'dung-han',
    title: 'Đúng hạn',
    text: 'Mục IV.4 của Kế hoạch: “Định kỳ trước ngày 01 tháng 12 hằng năm … gửi về Sở Nông nghiệp và Môi trường”. Báo cáo năm được coi là đúng hạn khi văn bản của đơn vị ký trước ngày 01 tháng 12 của năm báo cáo.',
  },
  {
    id: 'muon',
    title: 'Gửi muộn',
    text: 'Văn bản ký từ ngày 01 tháng 12 của năm báo cáo trở đi là gửi muộn; trang ghi ngày ký.',
  },
  {
    id: 'chua-nhan',
    title: 'Chưa nhận được',
    text: 'Đã qua ngày 01 tháng 12 của năm báo cáo, tính đến ngày của phiên bản trang, mà trang chưa có báo cáo năm của đơn vị. Trang tính theo ngày của phiên bản (ngày của commit được tạo trang, theo giờ Hà Nội), không theo đồng hồ của máy tạo trang, nên cùng một phiên bản luôn cho cùng một kết quả.',
  },
  {
    id: 'chua-den-han',
    title: 'Chưa đến hạn gửi',
    text: 'Chưa có báo cáo năm của đơn vị và chưa đến ngày 01 tháng 12 của năm báo cáo.',
  },
  {
    id: 'dot-xuat',
    title: 'Báo cáo đột xuất',
    text: 'Báo cáo đột xuất (khi có yêu cầu) được hiển thị riêng, cùng văn bản yêu cầu; đúng hạn khi văn bản ký không muộn hơn hạn mà yêu cầu đặt ra. Trạng thái phần việc trong các nhiệm vụ chỉ lấy từ báo cáo năm.',
  },
  {
    id: 'ban-nhap',
    title: 'Bản nháp',
    text: 'Tệp còn đánh dấu bản nháp không được công bố và không được tính.',
  },
] as const;

// ── Per unit, task and year ────────────────────────────────────────────────────────────────────────────────────

/** The deadline of the yearly report for a year: the document must be dated before this day. */
export const yearlyDeadline = (year: number): string => `${year}-12-01`;

export interface PartInput {
  /** The task's timeframe as the plan states it; null when the plan leaves it blank. */
  period: { start: number; end: number } | null;
  year: number;
  /** Whether the unit's yearly report for the year has been received (published, not a draft). */
  received: boolean;
  /** The unit's entry for the task in that report, or null. */
  entry: Pick<SubmissionTask, 'status' | 'reason'> | null;
  /** The unit's latest earlier entry for the task, if any. */
  earlier: { year: number; status: ReportedStatus } | null;
  /** The as-of date (YYYY-MM-DD). */
  asOf: string;
}

export interface PartDecision {
  state: StateId;
  rule: PartRuleId;
  reported: ReportedStatus | null;
  reason: string | null;
  /** When a reason lets the unit's status stand, the state the rules would otherwise show. */
  overrides: ComputedState | null;
  /** For a state carried from an earlier report: that report's year. */
  since: number | null;
}

/** Decide one unit's part of one task for one year. */
export function partState({ period, year, received, entry, earlier, asOf }: PartInput): PartDecision {
  const base = { reported: entry?.status ?? null, reason: entry?.reason ?? null, overrides: null, since: null };
  if (!entry) {
    if (earlier && finalStatuses.has(earlier.status)) return { ...base, state: earlier.status, rule: 'da-ket-thuc', since: earlier.year };
    if (period === null) return { ...base, state: 'khong-ghi-thoi-gian', rule: 'khong-ghi-thoi-gian' };
    if (period.end < year) return { ...base, state: 'qua-han', rule: 'qua-han' };
    if (period.start > year) return { ...base, state: 'chua-den-han', rule: 'chua-den-han' };
    if (!received && asOf < yearlyDeadline(year)) return { ...base, state: 'chua-den-ky-bao-cao', rule: 'chua-den-ky-bao-cao' };
    return { ...base, state: 'chua-bao-cao', rule: 'chua-bao-cao' };
  }
  if (!finalStatuses.has(entry.status) && period !== null && period.end < year) {
    if (entry.reason) return { ...base, state: entry.status, rule: 'co-ly-do', overrides: 'qua-han' };
    return { ...base, state: 'qua-han', rule: 'qua-han' };
  }
  return { ...base, state: entry.status, rule: 'theo-bao-cao' };
}

/** Whether a task falls within its timeframe in a year (a task without one never does). */
export const activeIn = (period: PartInput['period'], year: number): boolean =>
  period !== null && period.start <= year && year <= period.end;

/** Whether a yearly report came in on time, judged by its document date against the as-of date. */
export function timeliness(year: number, documentDate: string | null, asOf: string): Timeliness {
  if (documentDate !== null) return documentDate < yearlyDeadline(year) ? 'dung-han' : 'muon';
  return asOf < yearlyDeadline(year) ? 'chua-den-han' : 'chua-nhan';
}

export function adHocTimeliness(s: Pick<Submission, 'document' | 'request'>): AdHocTimeliness {
  const deadline = s.request?.deadline;
  if (!deadline) return 'khong-dat-han';
  return s.document.date <= deadline ? 'dung-han' : 'muon';
}

// ── Everything for the site ─────────────────────────────────────────────────────────────────────────────────────

export interface Part extends PartDecision {
  unit: string;
  task: string;
  year: number;
  roles: RoleInTask[];
  leads: boolean;
  /** The unit's entry, as written. */
  entry: SubmissionTask | null;
}

export interface TaskYear {
  task: string;
  year: number;
  mode: LeadMode;
  /** The task's own state, only where one Hanoi unit leads it; null otherwise (no state is invented). */
  state: StateId | null;
  /** The leading unit's part when mode is mot-don-vi. */
  lead: Part | null;
  /** Lead members by state (mode nhom), or every Hanoi participant by state (mode phan-viec-ha-noi). */
  counts: Map<StateId, number>;
  /** Every taking-part unit's part, leads first, then in registry order. */
  parts: Part[];
}

export interface AdHoc {
  submission: Submission;
  timeliness: AdHocTimeliness;
}

export interface UnitYear {
  unit: string;
  year: number;
  /** The published yearly report, or null. */
  submission: Submission | null;
  timeliness: Timeliness;
  /** The document date of the yearly report, when received. */
  date: string | null;
  /** Tasks the unit takes part in that its report should cover: in or past their timeframe, not finished earlier. */
  expected: string[];
  /** Of those, the ones its report mentions. */
  covered: string[];
  proposals: string[];
  adHoc: AdHoc[];
}

export interface DerivationInput {
  tasks: Task[];
  registry: UnitRegistry;
  participation: Participation;
  /** Published (non-draft) yearly submissions. */
  yearly: Submission[];
  /** Published (non-draft) ad-hoc submissions. */
  adHoc: Submission[];
  /** Years to derive, ascending. */
  years: number[];
  asOf: string;
}

export interface Derived {
  /** Year → task id → the task in that year. */
  tasks: Map<number, Map<string, TaskYear>>;
  /** Year → unit id → the unit in that year; every reporting unit of the registry has a row. */
  units: Map<number, Map<string, UnitYear>>;
}

/** The inner map of `outer` at `key`, made empty the first time. */
function inner<K, J, V>(outer: Map<K, Map<J, V>>, key: K): Map<J, V> {
  let m = outer.get(key);
  if (!m) outer.set(key, (m = new Map<J, V>()));
  return m;
}

export function derive({ tasks, registry, participation, yearly, adHoc, years, asOf }: DerivationInput): Derived {
  // Look-ups by year then unit, and by unit then task, in nested maps: two string keys made for every unit, task and
  // year were 350,000 short-lived strings at 5,000 tasks over ten years (issue 15).
  const yearlyBy = new Map<number, Map<string, Submission>>();
  for (const s of yearly) inner(yearlyBy, s.year).set(s.unit, s);
  const adHocBy = new Map<number, Map<string, Submission[]>>();
  for (const s of [...adHoc].sort((a, b) => a.document.date.localeCompare(b.document.date))) {
    const byUnit = inner(adHocBy, s.year);
    byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), s]);
  }

  const out: Derived = { tasks: new Map(), units: new Map() };
  // Unit → task → latest earlier entry, updated year by year.
  const earlier = new Map<string, Map<string, { year: number; status: ReportedStatus }>>();
  for (const year of years) {
    const taskMap = new Map<string, TaskYear>();
    const unitMap = new Map<string, UnitYear>();
    const yearlyOf = yearlyBy.get(year);
    const adHocOf = adHocBy.get(year);
    for (const u of registry.units) {
      const s = yearlyOf?.get(u.id) ?? null;
      unitMap.set(u.id, {
        unit: u.id,
        year,
        submission: s,
        timeliness: timeliness(year, s?.document.date ?? null, asOf),
        date: s?.document.date ?? null,
        expected: [],
        covered: [],
        proposals: s?.proposals ?? [],
        adHoc: (adHocOf?.get(u.id) ?? []).map((a) => ({ submission: a, timeliness: adHocTimeliness(a) })),
      });
    }
    for (const t of tasks) {
      const parts: Part[] = [];
      for (const p of participation.byTask.get(t.id) ?? []) {
        const s = yearlyOf?.get(p.unit) ?? null;
        const entry = s?.tasks.find((e) => e.task === t.id) ?? null;
        const before = earlier.get(p.unit)?.get(t.id) ?? null;
        const decided = partState({ period: t.period, year, received: s !== null, entry, earlier: before, asOf });
        parts.push({ ...decided, unit: p.unit, task: t.id, year, roles: p.roles, leads: p.leads, entry });
        const due = activeIn(t.period, year) || t.period === null || t.period.end < year;
        if (due && !(before && finalStatuses.has(before.status))) {
          const row = unitMap.get(p.unit)!;
          row.expected.push(t.id);
          if (entry) row.covered.push(t.id);
        }
      }
      parts.sort((a, b) => Number(b.leads) - Number(a.leads));
      const mode = participation.mode.get(t.id)!;
      const counted = mode === 'nhom' ? parts.filter((p) => p.leads) : parts;
      const counts = new Map<StateId, number>();
      for (const p of counted) counts.set(p.state, (counts.get(p.state) ?? 0) + 1);
      const lead = mode === 'mot-don-vi' ? (parts.find((p) => p.leads) ?? null) : null;
      taskMap.set(t.id, { task: t.id, year, mode, state: lead?.state ?? null, lead, counts, parts });
    }
    // Entries of this year become the "earlier" of the next ones.
    for (const s of yearly) if (s.year === year) for (const e of s.tasks) inner(earlier, s.unit).set(e.task, { year, status: e.status });
    out.tasks.set(year, taskMap);
    out.units.set(year, unitMap);
  }
  return out;
}

/** Participation of one unit in one task, or undefined when it takes no part. */
export const participantOf = (participation: Participation, unit: string, task: string): Participant | undefined =>
  participation.byUnit.get(unit)?.find((p) => p.task === task);

/** How many parts are in each state, in display order. */
export function countStates(parts: Iterable<{ state: StateId }>): Map<StateId, number> {
  const counts = new Map<StateId, number>();
  for (const p of parts) counts.set(p.state, (counts.get(p.state) ?? 0) + 1);
  return new Map(stateOrder.filter((s) => counts.has(s)).map((s) => [s, counts.get(s)!]));
}

// ── The progress overview ───────────────────────────────────────────────────────────────────────────────────────

/** Where the overview puts a task whose Hanoi units are not all in one state, or that no Hanoi unit takes part in. */
export const overviewOnlyStates = {
  'khac-nhau': 'Các đơn vị ở trạng thái khác nhau',
  'khong-co-don-vi': 'Không có đơn vị của Thành phố tham gia',
} as const;
export type OverviewState = StateId | keyof typeof overviewOnlyStates;
export const overviewLabels: Record<OverviewState, string> = { ...stateLabels, ...overviewOnlyStates };
export const overviewOrder: OverviewState[] = [...stateOrder, 'khac-nhau', 'khong-co-don-vi'];
export const overviewTone: Record<OverviewState, Tone> = { ...stateTone, 'khac-nhau': 'neutral', 'khong-co-don-vi': 'neutral' };

/**
 * A task's place in the overview (rule "tong-quan"): the lead's state where one Hanoi unit leads; otherwise the state
 * the counted units (lead members, or every Hanoi participant of a ministry-led task) share, or "khac-nhau".
 */
export function overviewState(v: Pick<TaskYear, 'mode' | 'state' | 'counts'>): OverviewState {
  if (v.mode === 'mot-don-vi') return v.state ?? 'khong-co-don-vi';
  const states = [...v.counts.keys()];
  return states.length === 0 ? 'khong-co-don-vi' : states.length === 1 ? states[0]! : 'khac-nhau';
}

/**
 * The year the overview shows: the latest year with a published report, or, if later, the latest year whose
 * deadline (01/12) has passed as of the page's date; never before the plan's first report year nor after its last.
 * Before any deadline has passed it is the first report year, whose parts are then "not yet due".
 */
export function overviewYear(reportYears: number[], accepted: { first: number; last: number }, asOf: string): number {
  const y = Number(asOf.slice(0, 4));
  const lastDue = asOf >= yearlyDeadline(y) ? y : y - 1;
  return Math.min(accepted.last, Math.max(accepted.first, lastDue, reportYears.at(-1) ?? accepted.first));
}
