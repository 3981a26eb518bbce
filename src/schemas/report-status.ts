// The statuses a unit may report, apart from the zod schemas in report.ts (which re-exports them): the report form's
// script needs the labels as soon as it loads, and the schemas only on the first check (src/scripts/report-form.ts).

/** What a unit may say about its own part of a task. Lateness is never written by hand: the rules compute it. */
export const reportedStatuses = {
  'chua-bat-dau': 'Chưa bắt đầu',
  'dang-thuc-hien': 'Đang thực hiện',
  'hoan-thanh': 'Hoàn thành',
  'dung-hoac-thay-the': 'Dừng hoặc được thay thế',
} as const;
export type ReportedStatus = keyof typeof reportedStatuses;
export const reportedStatusIds = Object.keys(reportedStatuses) as [ReportedStatus, ...ReportedStatus[]];

/** Statuses after which a part needs no further report. */
export const finalStatuses: ReadonlySet<ReportedStatus> = new Set(['hoan-thanh', 'dung-hoac-thay-the']);

export const statusList = reportedStatusIds.map((s) => `${s} (${reportedStatuses[s]})`).join(', ');
