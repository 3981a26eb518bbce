// The date the site judges "not received" and "overdue" against: the commit date of HEAD, in Hanoi's time zone.
// Never the build machine's clock, so that one commit builds the same bytes on any day and any machine, and a page
// saying "tính đến ngày …" names a date a reader can check against the repository history.
import { lastCommitDate } from './git.ts';

/** Environment variable that fixes the date (YYYY-MM-DD), for tests and for building a checkout without git. */
export const AS_OF_ENV = 'AS_OF_DATE';

/** Vietnam has kept UTC+7 all year since 1975: a fixed offset is exact, and needs no time-zone database. */
const HANOI_OFFSET_MS = 7 * 3600 * 1000;

/** The calendar date in Hanoi of an instant. */
export const hanoiDate = (instant: Date): string => new Date(instant.getTime() + HANOI_OFFSET_MS).toISOString().slice(0, 10);

const cache = new Map<string, string>();

/**
 * The "as of" date for a build: AS_OF_DATE if set, else the committer date of HEAD in the repository at root.
 * Throws with a Vietnamese message when neither is available, rather than falling back to the clock.
 */
export function asOfDate(root = process.cwd()): string {
  const fixed = process.env[AS_OF_ENV];
  if (fixed !== undefined && fixed !== '') {
    const d = new Date(`${fixed}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== fixed)
      throw new Error(`${AS_OF_ENV} phải là một ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2026-12-01; đang ghi "${fixed}"`);
    return fixed;
  }
  const hit = cache.get(root);
  if (hit) return hit;
  const instant = lastCommitDate(root);
  if (!instant)
    throw new Error(
      `Không xác định được ngày của phiên bản đang tạo (cần một kho git có commit). Trang tính "chưa nhận", "quá hạn" theo ngày đó chứ không theo đồng hồ máy; hãy đặt biến môi trường ${AS_OF_ENV}=NĂM-THÁNG-NGÀY.`,
    );
  const date = hanoiDate(instant);
  cache.set(root, date);
  return date;
}
