import type { Task } from '../schemas/index.ts';

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
export const formatNumber = (n: number): string => number.format(n);

/** dd/mm/yyyy, as Vietnamese documents write dates. */
export function formatDate(d: Date | string): string {
  const date = typeof d === 'string' ? new Date(`${d}T00:00:00Z`) : d;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.getUTCDate())}/${p(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

export const appendixLabel = (t: Pick<Task, 'appendix' | 'part'>): string => `Phụ lục ${t.appendix}${t.part ? `, phần ${t.part}` : ''}`;

/** "Phụ lục II, mục 7": how people cite a row. */
export const taskRef = (t: Pick<Task, 'appendix' | 'part' | 'number'>): string => `${appendixLabel(t)}, mục ${t.number}`;

export const PART_NAMES: Record<string, string> = {
  'I-I': 'Nhiệm vụ, kế hoạch, chương trình, đề án đã được phê duyệt',
  'I-II': 'Nhiệm vụ, kế hoạch, chương trình, đề án mở mới',
};

export const periodLabel = (t: Pick<Task, 'period'>): string =>
  t.period === null
    ? 'Không ghi thời gian'
    : t.period.start === t.period.end
      ? String(t.period.start)
      : `${t.period.start}–${t.period.end}`;
