import { comparisons, type Target } from '../schemas/index.ts';
import { formatNumber } from './format.ts';

/** "tối thiểu 95%", "trên 80% (phấn đấu trên 85%)", "02 năm một lần, trước ngày 01 tháng 12". */
export function targetValueLabel(t: Target): string {
  if (t.kind === 'dinh-ky') return [t.value_text, t.due?.text].filter(Boolean).join(', ');
  const unit = t.unit ?? '';
  const main = `${comparisons[t.comparison]} ${formatNumber(t.value)}${unit}`;
  const stretch = t.stretch ? ` (phấn đấu ${comparisons[t.comparison]} ${formatNumber(t.stretch.value)}${unit})` : '';
  const by = t.deadline ? ` vào năm ${t.deadline}` : '';
  return `${main}${stretch}${by}`;
}
