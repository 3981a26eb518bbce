// What a chart figure hands its script, as JSON in the page: the figure's table is built from the same values.
// Imported by a client script: keep it free of runtime dependencies.

export interface TimelineRow {
  /** Short label on the axis, e.g. "I.II – 8". */
  label: string;
  /** Full reference and title, for the tooltip. */
  title: string;
  /** Index into `groups`. */
  group: number;
  start: number | null;
  end: number | null;
}

/** A horizontal line across a line chart, labelled in words: the commitment, or the stretch goal. */
export interface ReferenceLine {
  label: string;
  value: number;
  kind: 'target' | 'stretch';
}

export type ChartSpec =
  | { kind: 'timeline'; min: number; max: number; groups: string[]; rows: TimelineRow[]; noTime: string }
  | { kind: 'counts'; labels: string[]; series: { label: string; values: number[] }[] }
  /** Stacked bars, one per label, one segment per series; `tone` colours a segment as the state tags are coloured. */
  | {
      kind: 'stack';
      labels: string[];
      series: { label: string; tone: 'neutral' | 'brand' | 'warn' | 'danger' | 'done'; values: number[] }[];
    }
  | {
      kind: 'line';
      /** One label per point, e.g. the date a value holds for. */
      labels: string[];
      /** Name of the series (what is measured). */
      series: string;
      values: number[];
      /** Each value as the figure's table writes it ("76,4%"), for the tooltip. */
      texts: string[];
      lines: ReferenceLine[];
      /** Percentages: the axis shows "%" and stops at 100. */
      percent: boolean;
    };

/** Break a long name into lines of at most `width` characters, at spaces. */
export const wrapWords = (name: string, width: number): string[] =>
  name.split(' ').reduce<string[]>((lines, word) => {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []);

/** JSON that cannot close the <script> element it sits in. */
export const scriptJson = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c');
