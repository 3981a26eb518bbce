import { describe, expect, it } from 'vitest';
import {
  EMPTY,
  encodeParts,
  matches,
  noScriptCss,
  parseState,
  readRow,
  rowAttributes,
  rowFacts,
  stateToQuery,
  type FilterState,
} from '../../src/lib/task-filter.ts';
import { planSpan, yearsOf } from '../../src/lib/timeframe.ts';

const choices = {
  agencies: ['so-xay-dung', 'ubnd-phuong-xa'],
  years: [2024, 2025, 2026],
  units: ['so-xay-dung', 'phuong-hoan-kiem'],
  states: ['hoan-thanh', 'qua-han', 'khac-nhau'],
};
const task = (lead: string[], coordinating: string[], period: { start: number; end: number } | null, appendix: 'I' | 'II' = 'II') =>
  rowFacts({
    appendix,
    part: appendix === 'I' ? 'II' : null,
    lead: lead.map((agency) => ({ agency })),
    coordinating: coordinating.map((agency) => ({ agency })),
    period,
  });
const state = (s: Partial<FilterState>): FilterState => ({ ...EMPTY, ...s });

describe('task filters', () => {
  it('reads a shared URL, keeping only values the form offers', () => {
    const q = new URLSearchParams('co-quan=so-xay-dung&vai-tro=chu-tri&phu-luc=1-ii&thoi-gian=trong-2025');
    expect(parseState(q, choices)).toEqual({
      agency: 'so-xay-dung',
      role: 'chu-tri',
      part: '1-ii',
      time: 'trong-2025',
      unit: '',
      state: '',
    });
    const junk = new URLSearchParams('co-quan=<script>&vai-tro=boss&phu-luc=3&thoi-gian=trong-1999&trang-thai=tuyet-voi');
    expect(parseState(junk, choices)).toEqual(EMPTY);
  });

  it('writes the same query a GET submission of the form would, defaults left out', () => {
    expect(stateToQuery(state({ agency: 'so-xay-dung', role: 'chu-tri' }))).toBe('?co-quan=so-xay-dung&vai-tro=chu-tri');
    expect(stateToQuery(state({ role: 'chu-tri' }))).toBe('');
    expect(stateToQuery(EMPTY, 'thoi-gian-giam')).toBe('?sap-xep=thoi-gian-giam');
  });

  it('tells lead from coordinating, and either from both', () => {
    const row = task(['so-xay-dung'], ['ubnd-phuong-xa'], { start: 2025, end: 2026 });
    expect(matches(row, state({ agency: 'so-xay-dung', role: 'chu-tri' }))).toBe(true);
    expect(matches(row, state({ agency: 'so-xay-dung', role: 'phoi-hop' }))).toBe(false);
    expect(matches(row, state({ agency: 'ubnd-phuong-xa', role: 'ca-hai' }))).toBe(true);
    expect(matches(row, state({ agency: 'ubnd-phuong-xa', role: 'chu-tri' }))).toBe(false);
  });

  it('places a task in time: under way in a year, ended by a year, or not stated', () => {
    const row = task([], [], { start: 2025, end: 2026 });
    const undated = task([], [], null);
    expect(matches(row, state({ time: 'trong-2024' }))).toBe(false);
    expect(matches(row, state({ time: 'trong-2026' }))).toBe(true);
    expect(matches(row, state({ time: 'den-2025' }))).toBe(false);
    expect(matches(row, state({ time: 'den-2026' }))).toBe(true);
    expect(matches(row, state({ time: 'khong-ghi' }))).toBe(false);
    expect(matches(undated, state({ time: 'khong-ghi' }))).toBe(true);
    expect(matches(undated, state({ time: 'trong-2025' }))).toBe(false);
  });

  it('treats "Phụ lục I" as both of its parts', () => {
    expect(matches(task([], [], null, 'I'), state({ part: '1' }))).toBe(true);
    expect(matches(task([], [], null, 'I'), state({ part: '1-i' }))).toBe(false);
    expect(matches(task([], [], null, 'II'), state({ part: '1' }))).toBe(false);
  });

  it('puts on each row what the CSS rules select on', () => {
    const attrs = rowAttributes(task(['so-xay-dung'], ['so-xay-dung', 'ubnd-phuong-xa'], { start: 2025, end: 2026 }));
    expect(attrs).toMatchObject({
      'data-lead': 'so-xay-dung',
      'data-any': 'so-xay-dung ubnd-phuong-xa',
      'data-start': '2025',
      'data-end': '2026',
    });
    expect(rowAttributes(task([], [], null))).not.toHaveProperty('data-start');
    const css = noScriptCss(choices);
    expect(css.startsWith('@media (scripting:none){')).toBe(true);
    expect(css).toContain('#loc-vai-tro-chu-tri:checked) ~ * #bang-nhiem-vu tbody tr:not([data-lead~="so-xay-dung"])');
  });

  it('filters by the state of the overview year, a task’s own or, with a unit chosen, that unit’s part', () => {
    const withState = (st: string | null) => rowFacts({ appendix: 'II', part: null, lead: [], coordinating: [], period: null }, st);
    expect(matches(withState('qua-han'), state({ state: 'qua-han' }))).toBe(true);
    expect(matches(withState('hoan-thanh'), state({ state: 'qua-han' }))).toBe(false);
    expect(matches(withState(null), state({ state: 'qua-han' }))).toBe(false);
    expect(rowAttributes(withState('qua-han'))).toMatchObject({ 'data-state': 'qua-han' });
    expect(rowAttributes(withState(null))).not.toHaveProperty('data-state');
    expect(parseState(new URLSearchParams('trang-thai=qua-han'), choices).state).toBe('qua-han');
    expect(parseState(new URLSearchParams('trang-thai=qua-han'), { ...choices, states: [] }).state).toBe('');
    expect(stateToQuery(state({ state: 'qua-han' }))).toBe('?trang-thai=qua-han');
    // Without JavaScript a state alone is the task's; with a unit chosen the page says the pairing needs JavaScript.
    expect(noScriptCss(choices)).toContain(
      '#loc-nhiem-vu:has(#loc-don-vi option[value=""]:checked):has(#loc-trang-thai option[value="qua-han"]:checked) ~ * #bang-nhiem-vu tbody tr:not([data-state="qua-han"])',
    );
    expect(noScriptCss(choices)).toContain('.nojs-don-vi-trang-thai{display:block}');
  });

  it('filters by a reporting unit’s own part: the tasks it takes part in, in the state of its part', () => {
    const levels = new Map([
      ['so-xay-dung', 'cap-so'],
      ['so-tai-chinh', 'cap-so'],
      ['phuong-hoan-kiem', 'cap-xa'],
      ['phuong-ba-dinh', 'cap-xa'],
      ['xa-soc-son', 'cap-xa'],
    ]);
    const sizes = new Map([
      ['cap-so', 2],
      ['cap-xa', 3],
    ]);
    const levelOf = (u: string) => levels.get(u) ?? '';
    // Every ward takes part (a group): one token for the state most wards are in, the others by name.
    const parts = encodeParts(
      [
        { unit: 'so-xay-dung', state: 'hoan-thanh' },
        { unit: 'phuong-hoan-kiem', state: 'chua-bao-cao' },
        { unit: 'phuong-ba-dinh', state: 'dang-thuc-hien' },
        { unit: 'xa-soc-son', state: 'chua-bao-cao' },
      ],
      levels,
      sizes,
    );
    expect(parts).toEqual(['so-xay-dung=hoan-thanh', '@cap-xa=chua-bao-cao', 'phuong-ba-dinh=dang-thuc-hien']);
    const row = rowFacts({ appendix: 'I', part: 'I', lead: [{ agency: 'bo-x' }], coordinating: [], period: null }, 'khac-nhau', parts);
    const has = (unit: string, st = '') => matches(row, state({ unit, state: st }), levelOf);
    expect(has('so-xay-dung')).toBe(true);
    expect(has('so-tai-chinh')).toBe(false);
    expect(has('so-xay-dung', 'hoan-thanh')).toBe(true);
    expect(has('xa-soc-son', 'chua-bao-cao')).toBe(true);
    expect(has('phuong-ba-dinh', 'chua-bao-cao')).toBe(false);
    expect(has('phuong-ba-dinh', 'dang-thuc-hien')).toBe(true);
    // The task itself is in neither state: its units differ.
    expect(matches(row, state({ state: 'hoan-thanh' }))).toBe(false);
    expect(matches(row, state({ state: 'khac-nhau' }))).toBe(true);
    const attrs = rowAttributes(row);
    expect(attrs['data-parts']).toBe(' so-xay-dung=hoan-thanh @cap-xa=chua-bao-cao phuong-ba-dinh=dang-thuc-hien ');
    expect(readRow({ dataset: { part: '1-i', parts: attrs['data-parts'] } } as unknown as HTMLElement).parts).toEqual(parts);
    expect(stateToQuery(state({ unit: 'so-xay-dung', state: 'hoan-thanh' }))).toBe('?don-vi=so-xay-dung&trang-thai=hoan-thanh');
    expect(parseState(new URLSearchParams('don-vi=so-xay-dung&trang-thai=qua-han'), choices)).toMatchObject({
      unit: 'so-xay-dung',
      state: 'qua-han',
    });
    expect(parseState(new URLSearchParams('don-vi=bo-x'), choices).unit).toBe('');
    expect(noScriptCss({ ...choices, levelOf })).toContain(
      '#loc-don-vi option[value="phuong-hoan-kiem"]:checked) ~ * #bang-nhiem-vu tbody tr:not([data-parts*=" phuong-hoan-kiem="]):not([data-parts*=" @cap-xa="])',
    );
  });

  it('draws timeframes against the years the appendices state, and refuses to invent a scale', () => {
    const span = planSpan([{ period: { start: 2025, end: 2026 } }, { period: null }, { period: { start: 2024, end: 2030 } }]);
    expect(span).toEqual({ start: 2024, end: 2030 });
    expect(yearsOf(span)).toHaveLength(7);
    expect(() => planSpan([{ period: null }])).toThrow();
  });
});
