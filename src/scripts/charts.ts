// Draws every chart figure on the page from the JSON it carries (src/lib/chart-spec.ts): bars for timelines and
// counts, a line for a target's reported values. Only the Chart.js parts used are registered, which keeps the
// bundle well under chart.js/auto.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { wrapWords, type ChartSpec, type ReferenceLine } from '../lib/chart-spec.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

const css = getComputedStyle(document.documentElement);
const token = (name: string) => css.getPropertyValue(name).trim();
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.font.size = 13;
Chart.defaults.color = token('--color-text');
// Calm pages, and nothing moves for people who asked for reduced motion.
Chart.defaults.animation = false;

/** Diagonal hatching, so a series differs from the next by pattern as well as colour. */
function hatch(color: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const g = tile.getContext('2d');
  if (!g) return color;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = color;
  g.lineWidth = 2.5;
  g.beginPath();
  g.moveTo(-2, 10);
  g.lineTo(10, -2);
  g.moveTo(-2, 2);
  g.lineTo(2, -2);
  g.moveTo(6, 10);
  g.lineTo(10, 6);
  g.stroke();
  return g.createPattern(tile, 'repeat') ?? color;
}

const palette = () => [token('--chart-1'), token('--chart-2'), token('--chart-3')];
const fills = (colors: string[]) => colors.map((c, i) => (i === 0 ? c : hatch(c)));

function timeline(spec: Extract<ChartSpec, { kind: 'timeline' }>): ChartConfiguration<'bar', ([number, number] | null)[], string> {
  const colors = palette();
  const fill = fills(colors);
  return {
    type: 'bar',
    data: {
      labels: spec.rows.map((r) => r.label),
      // A year is drawn as the span from half a year before its tick to half a year after, so a one-year task shows.
      datasets: spec.groups.map((label, g) => ({
        label,
        data: spec.rows.map((r) => (r.group === g && r.start !== null && r.end !== null ? [r.start - 0.5, r.end + 0.5] : null)),
        backgroundColor: fill[g],
        borderColor: colors[g],
        borderWidth: 1.5,
        borderSkipped: false,
        grouped: false,
        barPercentage: 0.8,
        categoryPercentage: 1,
      })),
    },
    // A task with no timeframe gets words where its bar would be, not an empty row.
    plugins: [
      {
        id: 'no-time',
        afterDatasetsDraw(chart) {
          const { ctx, chartArea, scales } = chart;
          ctx.save();
          ctx.font = `italic 12px ${Chart.defaults.font.family}`;
          ctx.fillStyle = token('--color-text');
          ctx.textBaseline = 'middle';
          spec.rows.forEach((r, i) => {
            if (r.start === null) ctx.fillText(spec.noTime, chartArea.left + 4, scales['y']!.getPixelForValue(i));
          });
          ctx.restore();
        },
      },
    ],
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      scales: {
        x: {
          type: 'linear',
          position: 'top',
          min: spec.min - 0.5,
          max: spec.max + 0.5,
          // One tick, label and grid line at the middle of each year, which is where a year's bars are centred.
          afterBuildTicks: (axis) => {
            axis.ticks = Array.from({ length: spec.max - spec.min + 1 }, (_, i) => ({ value: spec.min + i }));
          },
          // On a phone seven year labels side by side run together: slant them instead.
          ticks: { callback: (v) => String(v), font: { weight: 'bold' }, minRotation: window.innerWidth < 480 ? 50 : 0 },
        },
        y: { ticks: { autoSkip: false, font: { size: 11 } }, grid: { display: false } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 24, boxHeight: 14 } },
        tooltip: {
          callbacks: {
            title: (items) => spec.rows[items[0]!.dataIndex]!.title,
            label: (item) => {
              const r = spec.rows[item.dataIndex]!;
              return r.start === r.end ? ` ${r.start}` : ` ${r.start}–${r.end}`;
            },
          },
        },
      },
    },
  };
}

function counts(spec: Extract<ChartSpec, { kind: 'counts' }>): ChartConfiguration<'bar', number[], string> {
  const colors = palette();
  const fill = fills(colors);
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: fill[i],
        borderColor: colors[i],
        borderWidth: 1.5,
      })),
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      scales: {
        x: { type: 'linear', position: 'top', beginAtZero: true, ticks: { precision: 0 } },
        y: {
          // Long names break into lines, narrower on a phone, rather than being cut off by the axis.
          ticks: {
            autoSkip: false,
            font: { size: 12 },
            callback: (_, i) => wrapWords(spec.labels[i] ?? '', window.innerWidth < 480 ? 17 : 26),
          },
          grid: { display: false },
        },
      },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 24, boxHeight: 14 } } },
    },
  };
}

/** Tag colours (src/components/Tag.astro) for the segments of a stack; a tone met again is hatched to tell it apart. */
const toneColor = { done: '#0b5d3b', brand: '#0a4f9e', warn: '#8a5a00', danger: '#a1260d', neutral: '#5a6672' } as const;

function stack(spec: Extract<ChartSpec, { kind: 'stack' }>): ChartConfiguration<'bar', number[], string> {
  const seen = new Map<string, number>();
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s) => {
        const color = toneColor[s.tone];
        const again = seen.get(s.tone) ?? 0;
        seen.set(s.tone, again + 1);
        return { label: s.label, data: s.values, backgroundColor: again % 2 ? hatch(color) : color, borderColor: color, borderWidth: 1.5 };
      }),
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true, type: 'linear', position: 'top', beginAtZero: true, ticks: { precision: 0 } },
        y: { stacked: true, ticks: { autoSkip: false, font: { size: 12 } }, grid: { display: false } },
      },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 18, boxHeight: 12 } } },
    },
  };
}

// Commitment lines are drawn across the plot and labelled in words: with one reported year, a dataset line
// would only be a dot.
const referenceLines = (lines: ReferenceLine[]): Plugin<'line'> => ({
  id: 'reference-lines',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea: area, scales } = chart;
    for (const line of lines) {
      const y = scales['y']!.getPixelForValue(line.value);
      ctx.save();
      ctx.strokeStyle = ctx.fillStyle = line.kind === 'target' ? token('--color-danger') : token('--color-warn-border');
      ctx.lineWidth = 2;
      ctx.setLineDash(line.kind === 'target' ? [8, 4] : [2, 4]);
      ctx.beginPath();
      ctx.moveTo(area.left, y);
      ctx.lineTo(area.right, y);
      ctx.stroke();
      ctx.font = `600 13px ${Chart.defaults.font.family}`;
      ctx.textAlign = 'right';
      ctx.fillText(line.label, area.right - 4, y - 6);
      ctx.restore();
    }
  },
});

function line(spec: Extract<ChartSpec, { kind: 'line' }>): ChartConfiguration<'line', number[], string> {
  const all = [...spec.values, ...spec.lines.map((l) => l.value)];
  const pad = Math.max(1, (Math.max(...all) - Math.min(...all)) * 0.15);
  const brand = token('--color-brand');
  return {
    type: 'line',
    data: {
      labels: spec.labels,
      datasets: [{ label: spec.series, data: spec.values, borderColor: brand, backgroundColor: brand, pointRadius: 5, borderWidth: 3 }],
    },
    plugins: [referenceLines(spec.lines)],
    options: {
      maintainAspectRatio: false,
      scales: {
        x: { offset: true },
        y: {
          suggestedMin: Math.min(...all) - pad,
          suggestedMax: Math.max(...all) + pad,
          ...(spec.percent ? { max: 100 } : {}),
          ticks: { callback: (v) => `${Number(v).toLocaleString('vi-VN')}${spec.percent ? '%' : ''}` },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => ` ${spec.texts[item.dataIndex] ?? item.formattedValue}` } },
      },
    },
  };
}

const configure = (spec: ChartSpec): ChartConfiguration =>
  // Four configurations of two chart types: Chart's constructor takes each.
  spec.kind === 'timeline' ? timeline(spec) : spec.kind === 'counts' ? counts(spec) : spec.kind === 'stack' ? stack(spec) : line(spec);

function draw(figure: Element): void {
  const canvas = figure.querySelector('canvas');
  const json = figure.querySelector('script[type="application/json"]');
  if (!canvas || !json?.textContent) return;
  new Chart(canvas, configure(JSON.parse(json.textContent) as ChartSpec));
}

// A chart is drawn as its drawing area comes within a quarter of a screen of the view, not while the page opens:
// drawing one took 300–900 ms on Lighthouse's slowed phone CPU (Chart.js itself, the first number formatter, text
// measuring), and a chart below the first screen (the year page's progress, the agencies' counts, the home page's
// timeline) held the page up before the reader could use it. The look-ahead starts with the reader's first scroll:
// until then only a chart on the first screen is drawn, at once, so that one just below it (the home page's progress
// on a phone) does not hold up the opening either. The drawing area has its height from the start, so nothing moves
// when it is drawn.
const figures = new Set(document.querySelectorAll('[data-chart]'));
const watch = (rootMargin: string) => {
  const seen = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const figure = e.target.closest('[data-chart]');
        if (!e.isIntersecting || !figure || !figures.delete(figure)) continue;
        seen.unobserve(e.target);
        draw(figure);
      }
    },
    { rootMargin },
  );
  for (const f of figures) seen.observe(f.querySelector('canvas') ?? f);
  return seen;
};
if (!('IntersectionObserver' in window)) figures.forEach(draw);
else if (figures.size) {
  const onScreen = watch('0px');
  addEventListener(
    'scroll',
    () => {
      onScreen.disconnect();
      watch('25% 0px');
    },
    { once: true, passive: true },
  );
}
