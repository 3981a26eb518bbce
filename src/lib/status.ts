// The rules that turn a year's report into the state the site shows for each task. They are pure, tested one by one
// (test/unit/status.test.ts) and printed word for word on /ket-qua/#quy-tac, so a reader can check any state by hand.
// Users of comparable trackers were misled by labels that mixed "not started" with "unknown" and by lateness that
// was set silently; here lateness and absence are always computed, always named, and overridden only with a reason.
import { finalStatuses, reportedStatuses, type ReportedStatus } from '../schemas/result.ts';

/** States only the rules produce; a report cannot write them. */
export const computedStates = {
  'qua-han': 'Quá hạn',
  'chua-bao-cao': 'Chưa báo cáo',
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
  'chua-den-han',
  'khong-ghi-thoi-gian',
];

export type Tone = 'neutral' | 'brand' | 'warn' | 'danger' | 'done';
/** Colour only reinforces the words (the tag always shows the label). */
export const stateTone: Record<StateId, Tone> = {
  'hoan-thanh': 'done',
  'dang-thuc-hien': 'brand',
  'chua-bat-dau': 'neutral',
  'dung-hoac-thay-the': 'neutral',
  'qua-han': 'danger',
  'chua-bao-cao': 'warn',
  'chua-den-han': 'neutral',
  'khong-ghi-thoi-gian': 'neutral',
};

/** The rules, in the order they are tried. The text is what the site prints. */
export const rules = [
  {
    id: 'da-ket-thuc',
    title: 'Đã kết thúc ở năm trước',
    text: 'Nếu một báo cáo năm trước đã ghi nhiệm vụ “Hoàn thành” hoặc “Dừng hoặc được thay thế” và báo cáo năm nay không nhắc lại nhiệm vụ đó, trang giữ trạng thái ấy và ghi rõ theo báo cáo năm nào.',
  },
  {
    id: 'qua-han',
    title: 'Quá hạn',
    text: 'Nếu thời gian thực hiện ghi trong Kế hoạch đã kết thúc trước năm báo cáo (năm kết thúc nhỏ hơn năm báo cáo) mà nhiệm vụ chưa được báo cáo “Hoàn thành” hay “Dừng hoặc được thay thế”, trang ghi “Quá hạn”, kể cả khi báo cáo ghi “Đang thực hiện” hoặc “Chưa bắt đầu”.',
  },
  {
    id: 'co-ly-do',
    title: 'Báo cáo có lý do',
    text: 'Trạng thái do báo cáo ghi chỉ được dùng thay cho trạng thái tính theo quy tắc “Quá hạn” khi báo cáo ghi lý do (ví dụ: nhiệm vụ đã được gia hạn). Khi đó trang hiển thị trạng thái của báo cáo cùng nguyên văn lý do.',
  },
  {
    id: 'theo-bao-cao',
    title: 'Theo báo cáo',
    text: 'Trong các trường hợp còn lại, nếu báo cáo năm đó có nhắc đến nhiệm vụ, trang hiển thị đúng trạng thái báo cáo ghi.',
  },
  {
    id: 'khong-ghi-thoi-gian',
    title: 'Không ghi thời gian',
    text: 'Nếu Kế hoạch không ghi thời gian thực hiện cho nhiệm vụ và báo cáo không nhắc đến nhiệm vụ, trang ghi “Không ghi thời gian, chưa báo cáo”: không thể nói nhiệm vụ đến hạn hay quá hạn.',
  },
  {
    id: 'chua-bao-cao',
    title: 'Chưa báo cáo',
    text: 'Nếu năm báo cáo nằm trong thời gian thực hiện (từ năm bắt đầu đến năm kết thúc) mà báo cáo năm đó không nhắc đến nhiệm vụ, trang ghi “Chưa báo cáo”. Đây là trạng thái của việc báo cáo, không phải nhận định về tiến độ.',
  },
  {
    id: 'chua-den-han',
    title: 'Chưa đến thời gian thực hiện',
    text: 'Nếu năm bắt đầu ghi trong Kế hoạch sau năm báo cáo và báo cáo không nhắc đến nhiệm vụ, trang ghi “Chưa đến thời gian thực hiện”.',
  },
] as const;
export type RuleId = (typeof rules)[number]['id'];

export interface StatusInput {
  /** The task's timeframe as the plan states it; null when the plan leaves it blank. */
  period: { start: number; end: number } | null;
  /** The reporting year being evaluated. */
  year: number;
  /** What this year's report says about the task, or null when it does not mention it. */
  entry: { status: ReportedStatus; reason?: string | null | undefined } | null;
  /** The most recent earlier report that mentioned the task, if any. */
  earlier: { year: number; status: ReportedStatus } | null;
}

export interface TaskState {
  /** What the site shows. */
  state: StateId;
  /** The rule that decided it. */
  rule: RuleId;
  /** What this year's report wrote, or null when the report does not mention the task. */
  reported: ReportedStatus | null;
  /** The report's written reason, shown beside the state. */
  reason: string | null;
  /** When a reason lets the report's status stand, the state the rules would otherwise show. */
  overrides: ComputedState | null;
  /** For a state carried from an earlier report: that report's year. */
  since: number | null;
}

/** Decide one task's state for one reporting year. */
export function taskState({ period, year, entry, earlier }: StatusInput): TaskState {
  const base = { reported: entry?.status ?? null, reason: entry?.reason ?? null, overrides: null, since: null };
  if (!entry) {
    if (earlier && finalStatuses.has(earlier.status)) return { ...base, state: earlier.status, rule: 'da-ket-thuc', since: earlier.year };
    if (period === null) return { ...base, state: 'khong-ghi-thoi-gian', rule: 'khong-ghi-thoi-gian' };
    if (period.end < year) return { ...base, state: 'qua-han', rule: 'qua-han' };
    if (period.start > year) return { ...base, state: 'chua-den-han', rule: 'chua-den-han' };
    return { ...base, state: 'chua-bao-cao', rule: 'chua-bao-cao' };
  }
  if (!finalStatuses.has(entry.status) && period !== null && period.end < year) {
    if (entry.reason) return { ...base, state: entry.status, rule: 'co-ly-do', overrides: 'qua-han' };
    return { ...base, state: 'qua-han', rule: 'qua-han' };
  }
  return { ...base, state: entry.status, rule: 'theo-bao-cao' };
}

/** Whether a task falls within its timeframe in a year (a task without one never does). */
export const activeIn = (period: StatusInput['period'], year: number): boolean =>
  period !== null && period.start <= year && year <= period.end;
