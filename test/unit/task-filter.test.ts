import { describe, expect, it } from 'vitest';
import {
  EMPTY,
  matches,
  noScriptCss,
  parseState,
  rowAttributes,
  rowFacts,
  stateToQuery,
  type FilterState,
} from '../../src/lib/task-filter.ts';
import { planSpan, yearsOf } from '../../src/lib/timeframe.ts';

const choices = { agencies: ['so-xay-dung', 'ubnd-phuong-xa'], years: [2024, 2025, 2026], states: ['hoan-thanh', 'qua-han'] };
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
    expect(parseState(q, choices)).toEqual({ agency: 'so-xay-dung', role: 'chu-tri', part: '1-ii', time: 'trong-2025', state: '' });
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
    expect(css).toContain('#loc-vai-tro-chu-tri:checked) #bang-nhiem-vu tbody tr:not([data-lead~="so-xay-dung"])');
  });

  it('filters by the state of the latest report, and only once one is published', () => {
    const withState = (st: string | null) => rowFacts({ appendix: 'II', part: null, lead: [], coordinating: [], period: null }, st);
    expect(matches(withState('qua-han'), state({ state: 'qua-han' }))).toBe(true);
    expect(matches(withState('hoan-thanh'), state({ state: 'qua-han' }))).toBe(false);
    expect(matches(withState(null), state({ state: 'qua-han' }))).toBe(false);
    expect(rowAttributes(withState('qua-han'))).toMatchObject({ 'data-state': 'qua-han' });
    expect(rowAttributes(withState(null))).not.toHaveProperty('data-state');
    expect(parseState(new URLSearchParams('trang-thai=qua-han'), choices).state).toBe('qua-han');
    expect(parseState(new URLSearchParams('trang-thai=qua-han'), { ...choices, states: [] }).state).toBe('');
    expect(stateToQuery(state({ state: 'qua-han' }))).toBe('?trang-thai=qua-han');
    expect(noScriptCss(choices)).toContain(
      '#loc-trang-thai option[value="qua-han"]:checked) #bang-nhiem-vu tbody tr:not([data-state="qua-han"])',
    );
  });

  it('draws timeframes against the years the appendices state, and refuses to invent a scale', () => {
    const span = planSpan([{ period: { start: 2025, end: 2026 } }, { period: null }, { period: { start: 2024, end: 2030 } }]);
    expect(span).toEqual({ start: 2024, end: 2030 });
    expect(yearsOf(span)).toHaveLength(7);
    expect(() => planSpan([{ period: null }])).toThrow();
  });
});
