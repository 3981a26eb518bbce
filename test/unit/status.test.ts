import { describe, expect, it } from 'vitest';
import { activeIn, computedStates, rules, stateLabels, stateOrder, taskState, type StatusInput } from '../../src/lib/status.ts';
import { reportedStatuses } from '../../src/schemas/result.ts';

const p = (start: number, end: number) => ({ start, end });
const state = (input: Partial<StatusInput>) => taskState({ period: p(2025, 2030), year: 2026, entry: null, earlier: null, ...input });

describe('computed states when the report does not mention a task', () => {
  it('is "not reported" in a year inside the timeframe, first and last year included', () => {
    for (const year of [2025, 2027, 2030]) expect(state({ year })).toMatchObject({ state: 'chua-bao-cao', rule: 'chua-bao-cao', reported: null });
  });

  it('is "not yet due" before the timeframe starts', () => {
    expect(state({ period: p(2028, 2030) })).toMatchObject({ state: 'chua-den-han', rule: 'chua-den-han' });
  });

  it('is "overdue" after the timeframe ends, when no report said it was finished', () => {
    expect(state({ period: p(2025, 2025) })).toMatchObject({ state: 'qua-han', rule: 'qua-han' });
    expect(state({ period: p(2025, 2025), earlier: { year: 2025, status: 'dang-thuc-hien' } })).toMatchObject({ state: 'qua-han' });
  });

  it('keeps a finished status from an earlier report, saying which year', () => {
    expect(state({ period: p(2025, 2025), earlier: { year: 2025, status: 'hoan-thanh' } })).toMatchObject({ state: 'hoan-thanh', rule: 'da-ket-thuc', since: 2025 });
    expect(state({ earlier: { year: 2025, status: 'dung-hoac-thay-the' } })).toMatchObject({ state: 'dung-hoac-thay-the', rule: 'da-ket-thuc', since: 2025 });
  });

  it('does not carry an unfinished status forward: silence in a later report is "not reported"', () => {
    expect(state({ earlier: { year: 2025, status: 'dang-thuc-hien' } })).toMatchObject({ state: 'chua-bao-cao', since: null });
  });

  it('says "timeframe not stated" for a task the plan gives no timeframe, never "overdue" or "not reported"', () => {
    expect(state({ period: null })).toMatchObject({ state: 'khong-ghi-thoi-gian', rule: 'khong-ghi-thoi-gian' });
    expect(state({ period: null, earlier: { year: 2025, status: 'hoan-thanh' } })).toMatchObject({ state: 'hoan-thanh', rule: 'da-ket-thuc' });
  });
});

describe('states when the report mentions a task', () => {
  it('shows the reported status inside the timeframe, including its last year', () => {
    expect(state({ entry: { status: 'dang-thuc-hien' } })).toMatchObject({ state: 'dang-thuc-hien', rule: 'theo-bao-cao', reported: 'dang-thuc-hien' });
    expect(state({ period: p(2025, 2026), entry: { status: 'chua-bat-dau' } })).toMatchObject({ state: 'chua-bat-dau', rule: 'theo-bao-cao' });
  });

  it('shows work reported before the timeframe starts, and on a task without timeframe', () => {
    expect(state({ period: p(2028, 2030), entry: { status: 'dang-thuc-hien' } })).toMatchObject({ state: 'dang-thuc-hien', rule: 'theo-bao-cao' });
    expect(state({ period: null, entry: { status: 'dang-thuc-hien' } })).toMatchObject({ state: 'dang-thuc-hien', rule: 'theo-bao-cao' });
  });

  it('says "overdue" over an unfinished reported status once the timeframe has ended, and keeps what the report said', () => {
    for (const status of ['dang-thuc-hien', 'chua-bat-dau'] as const)
      expect(state({ period: p(2025, 2025), entry: { status } })).toMatchObject({ state: 'qua-han', rule: 'qua-han', reported: status, overrides: null });
  });

  it('lets the reported status win over "overdue" only with a written reason, which it keeps for display', () => {
    const reason = 'Bộ đã gia hạn đến năm 2027';
    expect(state({ period: p(2025, 2025), entry: { status: 'dang-thuc-hien', reason } })).toEqual({
      state: 'dang-thuc-hien',
      rule: 'co-ly-do',
      reported: 'dang-thuc-hien',
      reason,
      overrides: 'qua-han',
      since: null,
    });
    expect(state({ period: p(2025, 2025), entry: { status: 'dang-thuc-hien', reason: '' } })).toMatchObject({ state: 'qua-han' });
  });

  it('never calls a finished task overdue', () => {
    expect(state({ period: p(2024, 2025), entry: { status: 'hoan-thanh' } })).toMatchObject({ state: 'hoan-thanh', rule: 'theo-bao-cao' });
    expect(state({ period: p(2024, 2025), entry: { status: 'dung-hoac-thay-the', reason: 'Thay bằng đề án khác' } })).toMatchObject({ state: 'dung-hoac-thay-the' });
  });

  it('shows a reason given with an ordinary status (for example a reopened task)', () => {
    expect(state({ entry: { status: 'dang-thuc-hien', reason: 'Mở rộng phạm vi' }, earlier: { year: 2025, status: 'hoan-thanh' } })).toMatchObject({
      state: 'dang-thuc-hien',
      rule: 'theo-bao-cao',
      reason: 'Mở rộng phạm vi',
    });
  });
});

describe('the vocabulary and the printed rules', () => {
  it('labels every state once, in Vietnamese, and orders all of them', () => {
    const ids = [...Object.keys(reportedStatuses), ...Object.keys(computedStates)];
    expect(Object.keys(stateLabels).sort()).toEqual(ids.sort());
    expect([...stateOrder].sort()).toEqual(ids.sort());
    for (const label of Object.values(stateLabels)) expect(label).toBe(label.normalize('NFC'));
  });

  it('prints one rule per rule id the function can return, with a unique anchor', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(['chua-bao-cao', 'chua-den-han', 'co-ly-do', 'da-ket-thuc', 'khong-ghi-thoi-gian', 'qua-han', 'theo-bao-cao']);
  });

  it('treats a timeframe as inclusive of both years, and no timeframe as never active', () => {
    expect([2024, 2025, 2026, 2027].map((y) => activeIn(p(2025, 2026), y))).toEqual([false, true, true, false]);
    expect(activeIn(null, 2026)).toBe(false);
  });
});
