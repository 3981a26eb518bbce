// The filters of /nhiem-vu/, in one place for both engines that apply them: the page script (JavaScript on) and the
// CSS generated below (JavaScript off, driven by the form controls through :has()). Both read the same data-*
// attributes on each table row, so the browser tests can hold them to the same expected rows.
// Imported by a client script: keep it free of runtime dependencies.
import type { Task } from '../schemas/index.ts';

/** Query parameters: the URL of a filtered view is the GET form's own serialization of these controls. */
export const PARAM = {
  agency: 'co-quan',
  role: 'vai-tro',
  part: 'phu-luc',
  time: 'thoi-gian',
  unit: 'don-vi',
  state: 'trang-thai',
  sort: 'sap-xep',
} as const;

export const ROLES = ['ca-hai', 'chu-tri', 'phoi-hop'] as const;
export type Role = (typeof ROLES)[number];

/** Appendix and part, as a row carries it. "1" in a filter means both parts of Phụ lục I. */
export const PARTS = ['1-i', '1-ii', '2'] as const;
export type Part = (typeof PARTS)[number];
export const PART_FILTERS = ['1', ...PARTS] as const;
export type PartFilter = (typeof PART_FILTERS)[number];

/** "" (any), "khong-ghi" (the plan states no timeframe), "trong-2026" (under way in 2026), "den-2026" (ends in 2026 or earlier). */
export type TimeFilter = '' | 'khong-ghi' | `trong-${number}` | `den-${number}`;

export interface FilterState {
  agency: string;
  role: Role;
  part: PartFilter | '';
  time: TimeFilter;
  /** A reporting unit (src/lib/registry.ts): the tasks it takes part in, directly or through a group; "" for any. */
  unit: string;
  /**
   * A state of the overview year (src/lib/reporting-rules.ts), or "" for any: the task's overview state, or, when a
   * unit is chosen, the state of that unit's own part.
   */
  state: string;
}

export const EMPTY: FilterState = { agency: '', role: 'ca-hai', part: '', time: '', unit: '', state: '' };

/** What the filters look at in a row: agency ids by role, place in the appendices, timeframe. */
export interface RowFacts {
  lead: string[];
  coord: string[];
  part: Part;
  start: number | null;
  end: number | null;
  /** The task's overview state; null where the list shows none. */
  state: string | null;
  /**
   * Each taking-part reporting unit's part, as "unit=state"; "@level=state" stands for every unit of that level
   * (src/lib/registry.ts) not listed by name, when the whole level takes part (a group such as "UBND các phường, xã"):
   * 126 wards in one token, which keeps the page light.
   */
  parts: string[];
}

export function rowFacts(
  t: Pick<Task, 'appendix' | 'part' | 'lead' | 'coordinating' | 'period'>,
  state: string | null = null,
  parts: readonly string[] = [],
): RowFacts {
  return {
    lead: [...new Set(t.lead.map((r) => r.agency))],
    coord: [...new Set(t.coordinating.map((r) => r.agency))],
    part: t.appendix === 'II' ? '2' : t.part === 'I' ? '1-i' : '1-ii',
    start: t.period?.start ?? null,
    end: t.period?.end ?? null,
    state,
    parts: [...parts],
  };
}

/**
 * The parts of a task in that form: a level whose every unit takes part is written once, with the state most of
 * its units are in; the others by name. `levels` maps each reporting unit to its level, `sizes` each level to its size.
 */
export function encodeParts(
  parts: readonly { unit: string; state: string }[],
  levels: ReadonlyMap<string, string>,
  sizes: ReadonlyMap<string, number>,
): string[] {
  const byLevel = new Map<string, { unit: string; state: string }[]>();
  for (const p of parts) byLevel.set(levels.get(p.unit)!, [...(byLevel.get(levels.get(p.unit)!) ?? []), p]);
  const out: string[] = [];
  for (const [level, list] of byLevel) {
    if (list.length < 2 || list.length !== sizes.get(level)) {
      out.push(...list.map((p) => `${p.unit}=${p.state}`));
      continue;
    }
    const n = new Map<string, number>();
    for (const p of list) n.set(p.state, (n.get(p.state) ?? 0) + 1);
    const common = [...n].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    out.push(`@${level}=${common}`, ...list.filter((p) => p.state !== common).map((p) => `${p.unit}=${p.state}`));
  }
  return out;
}

/** The state of a unit's part in a row, or null when it takes no part. */
export function partIn(f: Pick<RowFacts, 'parts'>, unit: string, level: string): string | null {
  const named = f.parts.find((p) => p.startsWith(`${unit}=`));
  if (named) return named.slice(unit.length + 1);
  const all = f.parts.find((p) => p.startsWith(`@${level}=`));
  return all ? all.slice(level.length + 2) : null;
}

/** The data-* attributes a table row carries; readRow() reads them back. */
export function rowAttributes(f: RowFacts): Record<string, string> {
  const a: Record<string, string> = {
    'data-lead': f.lead.join(' '),
    'data-coord': f.coord.join(' '),
    'data-any': [...new Set([...f.lead, ...f.coord])].join(' '),
    'data-part': f.part,
  };
  if (f.start !== null && f.end !== null) {
    a['data-start'] = String(f.start);
    a['data-end'] = String(f.end);
  }
  if (f.state) a['data-state'] = f.state;
  // Units twice, alone and with their state, so that CSS can match either as a whole word (~=).
  // Spaces at both ends, so that CSS can match a token by its start (*=" unit=") whichever place it has.
  if (f.parts.length) a['data-parts'] = ` ${f.parts.join(' ')} `;
  return a;
}

export function readRow(row: HTMLElement): RowFacts {
  const list = (v: string | undefined) => (v ? v.split(' ').filter(Boolean) : []);
  const num = (v: string | undefined) => (v ? Number(v) : null);
  return {
    lead: list(row.dataset['lead']),
    coord: list(row.dataset['coord']),
    part: row.dataset['part'] as Part,
    start: num(row.dataset['start']),
    end: num(row.dataset['end']),
    state: row.dataset['state'] ?? null,
    parts: list(row.dataset['parts']),
  };
}

/** Whether a row passes the filters; `levelOf` gives a reporting unit's level (needed only when a unit is chosen). */
export function matches(f: RowFacts, s: FilterState, levelOf: (unit: string) => string = () => ''): boolean {
  if (s.agency) {
    const lead = f.lead.includes(s.agency);
    const coord = f.coord.includes(s.agency);
    if (s.role === 'chu-tri' ? !lead : s.role === 'phoi-hop' ? !coord : !(lead || coord)) return false;
  }
  if (s.part && !(s.part === '1' ? f.part.startsWith('1-') : f.part === s.part)) return false;
  if (s.unit) {
    const part = partIn(f, s.unit, levelOf(s.unit));
    if (part === null || (s.state && part !== s.state)) return false;
  } else if (s.state && f.state !== s.state) return false;
  if (s.time === 'khong-ghi') return f.start === null;
  const m = /^(trong|den)-(\d{4})$/.exec(s.time);
  if (m) {
    const y = Number(m[2]);
    if (f.start === null || f.end === null) return false;
    return m[1] === 'trong' ? f.start <= y && y <= f.end : f.end <= y;
  }
  return true;
}

/** Values the form offers; anything else in a URL is ignored rather than trusted. */
export interface Choices {
  agencies: readonly string[];
  years: readonly number[];
  /** Reporting units taking part in at least one task. */
  units: readonly string[];
  /** Each of those units' level (the "@level" of a row's parts); needed by the CSS and by matches(). */
  levelOf?: (unit: string) => string;
  /** States of the overview year present in the list, for tasks or for units' parts. */
  states: readonly string[];
}

export function timeChoices(years: readonly number[]): TimeFilter[] {
  return ['khong-ghi', ...years.map((y) => `trong-${y}` as const), ...years.map((y) => `den-${y}` as const)];
}

export function parseState(params: URLSearchParams, c: Choices): FilterState {
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = params.get(name) ?? '';
    return (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
  };
  return {
    agency: pick(PARAM.agency, c.agencies, ''),
    role: pick(PARAM.role, ROLES, 'ca-hai'),
    part: pick<PartFilter | ''>(PARAM.part, PART_FILTERS, ''),
    time: pick<TimeFilter>(PARAM.time, timeChoices(c.years), ''),
    unit: pick(PARAM.unit, c.units, ''),
    state: pick(PARAM.state, c.states, ''),
  };
}

/** The query string of a state, defaults left out, in the order the form serializes its controls. */
export function stateToQuery(s: FilterState, sort = ''): string {
  const p = new URLSearchParams();
  if (s.agency) {
    p.set(PARAM.agency, s.agency);
    if (s.role !== 'ca-hai') p.set(PARAM.role, s.role);
  }
  if (s.part) p.set(PARAM.part, s.part);
  if (s.time) p.set(PARAM.time, s.time);
  if (s.unit) p.set(PARAM.unit, s.unit);
  if (s.state) p.set(PARAM.state, s.state);
  if (sort) p.set(PARAM.sort, sort);
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** Element ids the page and the generated CSS agree on. */
export const IDS = {
  form: 'loc-nhiem-vu',
  table: 'bang-nhiem-vu',
  agency: 'loc-co-quan',
  role: (r: Role) => `loc-vai-tro-${r}`,
  part: 'loc-phu-luc',
  time: 'loc-thoi-gian',
  unit: 'loc-don-vi',
  state: 'loc-trang-thai',
} as const;

/** Class of the note shown, without JavaScript, when both a unit and a state are chosen. */
export const NO_JS_UNIT_STATE = 'nojs-don-vi-trang-thai';

/**
 * CSS that applies the filters with JavaScript off: `form:has(<control checked>) ~ * <rows that fail> { display: none }`.
 * It lives under @media (scripting: none), so with JavaScript on the page script alone decides (and browsers
 * without :has() still get the script). One rule per choice, generated from the same choices the form offers.
 * The :has() is asked of the form, not of <main>: each choice makes the browser test every rule's :has() again, and
 * searching the form's few hundred elements rather than the whole table made a choice take a third of the time
 * (about 0.3 s instead of 0.9–2 s in Chromium on the sample reports' 138 units, on a 2-core server).
 */
export function noScriptCss(c: Choices): string {
  const rows = `~ * #${IDS.table} tbody tr`;
  const when = (...checked: string[]) => `#${IDS.form}${checked.map((x) => `:has(${x}:checked)`).join('')}`;
  const opt = (id: string, v: string) => `#${id} option[value="${v}"]`;
  const none = (sel: string[]) => `${sel.join(',\n')}{display:none}`;
  const is = (attr: string, values: number[]) => `:is(${values.map((v) => `[${attr}="${v}"]`).join(',')})`;
  const rules: string[] = [];
  for (const a of c.agencies) {
    const ag = opt(IDS.agency, a);
    rules.push(
      `${when(ag, `#${IDS.role('ca-hai')}`)} ${rows}:not([data-any~="${a}"])`,
      `${when(ag, `#${IDS.role('chu-tri')}`)} ${rows}:not([data-lead~="${a}"])`,
      `${when(ag, `#${IDS.role('phoi-hop')}`)} ${rows}:not([data-coord~="${a}"])`,
    );
  }
  rules.push(`${when(opt(IDS.part, '1'))} ${rows}:not([data-part^="1-"])`);
  for (const p of PARTS) rules.push(`${when(opt(IDS.part, p))} ${rows}:not([data-part="${p}"])`);
  rules.push(`${when(opt(IDS.time, 'khong-ghi'))} ${rows}[data-start]`);
  for (const y of c.years) {
    const upTo = c.years.filter((v) => v <= y);
    const from = c.years.filter((v) => v >= y);
    const w = when(opt(IDS.time, `trong-${y}`));
    rules.push(`${w} ${rows}:not(${is('data-start', upTo)})`, `${w} ${rows}:not(${is('data-end', from)})`);
    rules.push(`${when(opt(IDS.time, `den-${y}`))} ${rows}:not(${is('data-end', upTo)})`);
  }
  for (const u of c.units)
    rules.push(`${when(opt(IDS.unit, u))} ${rows}:not([data-parts*=" ${u}="]):not([data-parts*=" @${c.levelOf?.(u) ?? ''}="])`);
  // A state alone is the task's; with a unit chosen it would be that unit's part, which these rules cannot pair
  // without one rule per unit and state: the page says so (NO_JS_UNIT_STATE) and the unit filter alone applies.
  for (const st of c.states) rules.push(`${when(opt(IDS.unit, ''), opt(IDS.state, st))} ${rows}:not([data-state="${st}"])`);
  const note = `${when(`#${IDS.unit} option:not([value=""])`, `#${IDS.state} option:not([value=""])`)} .${NO_JS_UNIT_STATE}{display:block}`;
  return `@media (scripting:none){\n${none(rules)}\n${note}\n}`;
}
