// How the site words a target's numbers, in one place: a value with its unit, the commitment ("tối thiểu 95%"),
// the full label with stretch goal and deadline, and whether a reported value meets the commitment. Used by the
// target pages, the year pages, the chart figure and `npm run new-report`, so they can never disagree.
import { comparisons, type QuantitativeTarget, type Target } from '../schemas/index.ts';
import { formatNumber } from './format.ts';

/** "95%", "1.200 tấn", "0": a percent sign sticks to the number, any other unit follows a space. */
export function formatValue(value: number, unit: string | null): string {
  if (unit === null || unit === '') return formatNumber(value);
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`;
}

/**
 * "tối thiểu 95%", "trên 80%". `unit` defaults to the plan's; pass the reported unit where the plan gives none,
 * so that a chart and its table show the numbers as they were reported.
 */
export const commitmentText = (t: QuantitativeTarget, unit: string | null = t.unit): string =>
  `${comparisons[t.comparison]} ${formatValue(t.value, unit)}`;

/** "trên 85%" when the plan sets a stretch goal ("phấn đấu"), otherwise null. */
export const stretchText = (t: QuantitativeTarget, unit: string | null = t.unit): string | null =>
  t.stretch ? `${comparisons[t.comparison]} ${formatValue(t.stretch.value, unit)}` : null;

/** "tối thiểu 95%", "trên 80% (phấn đấu trên 85%)", "bằng 0 vào năm 2050", "02 năm một lần, trước ngày 01 tháng 12". */
export function targetValueLabel(t: Target): string {
  if (t.kind === 'dinh-ky') return [t.value_text, t.due?.text].filter(Boolean).join(', ');
  const stretch = stretchText(t);
  return `${commitmentText(t)}${stretch ? ` (phấn đấu ${stretch})` : ''}${t.deadline ? ` vào năm ${t.deadline}` : ''}`;
}

/** Whether a reported value meets the commitment itself (not the stretch goal). */
export function met(t: QuantitativeTarget, value: number): boolean {
  switch (t.comparison) {
    case 'toi-thieu':
      return value >= t.value;
    case 'tren':
      return value > t.value;
    case 'toi-da':
      return value <= t.value;
    case 'bang':
      return value === t.value;
  }
}
