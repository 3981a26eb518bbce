// Each rule of src/lib/reporting-rules.ts and src/lib/registry.ts, on small hand-made cases and on the real plan.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { agencySchema, reportingLevel, type Agency, type Submission, type Task } from '../../src/schemas/index.ts';
import { AS_OF_ENV, asOfDate, hanoiDate } from '../../src/lib/as-of.ts';
import { buildParticipation, buildRegistry, leadMode, participantsOf } from '../../src/lib/registry.ts';
import {
  derive,
  overviewState,
  overviewYear,
  partRules,
  partState,
  taskRules,
  timeliness,
  timelinessRules,
  adHocTimeliness,
  type StateId,
} from '../../src/lib/reporting-rules.ts';
import { loadSiteData } from '../../src/lib/site-data.ts';

const ROOT = join(import.meta.dirname, '..', '..');

const agency = (id: string, kind: Agency['kind'], members?: 'cap-so' | 'cap-xa'): Agency =>
  agencySchema.parse({ id, name: id, kind, ...(members ? { members } : {}) });
const AGENCIES = [
  agency('bo-a', 'bo-nganh-trung-uong'),
  agency('so-a', 'so-nganh'),
  agency('so-b', 'so-nganh'),
  agency('ca-tp', 'cong-an-quan-doi'),
  agency('phuong-x', 'ubnd-phuong-xa'),
  agency('xa-y', 'ubnd-phuong-xa'),
  agency('ubnd-tp', 'chinh-quyen-thanh-pho'),
  agency('cac-so', 'nhom', 'cap-so'),
  agency('cac-xa', 'nhom', 'cap-xa'),
];
const task = (
  id: string,
  lead: [string, string?][],
  coordinating: [string, string?][] = [],
  period: Task['period'] = { start: 2025, end: 2030 },
): Task => ({
  id,
  appendix: 'II',
  part: null,
  number: 1,
  title: id,
  lead_as_written: 'x',
  lead: lead.map(([a, c]) => ({ agency: a, ...(c ? { condition: c } : {}) })),
  coordinating_as_written: coordinating.length ? 'x' : null,
  coordinating: coordinating.map(([a, c]) => ({ agency: a, ...(c ? { condition: c } : {}) })),
  period_as_written: period ? 'x' : null,
  period,
});
const reg = buildRegistry(AGENCIES, null);
const sub = (unit: string, year: number, date: string, tasks: Submission['tasks'] = [], extra: Partial<Submission> = {}): Submission => ({
  unit,
  year,
  document: { number: '1/BC', date },
  tasks,
  proposals: [],
  targets: [],
  ...extra,
});
const entry = (t: string, status: Submission['tasks'][number]['status'], more: Partial<Submission['tasks'][number]> = {}) => ({
  task: t,
  status,
  summary: 's',
  evidence: [],
  ...more,
});

describe('the unit registry', () => {
  it('makes departments, police, army and every ward reporting units, and never a ministry, a group or UBND Thành phố', () => {
    expect(reg.units.map((u) => u.id)).toEqual(['so-a', 'so-b', 'ca-tp', 'phuong-x', 'xa-y']);
    expect(reportingLevel(agency('bo-a', 'bo-nganh-trung-uong'))).toBeNull();
    expect(reportingLevel(agency('ubnd-tp', 'chinh-quyen-thanh-pho'))).toBeNull();
  });

  it('records group membership once: a group stands for every unit of its level', () => {
    expect(reg.members.get('cac-so')).toEqual(['so-a', 'so-b', 'ca-tp']);
    expect(reg.members.get('cac-xa')).toEqual(['phuong-x', 'xa-y']);
  });

  it('refuses a group without members and members on a body that is not a group', () => {
    expect(agencySchema.safeParse({ id: 'g', name: 'G', kind: 'nhom' }).success).toBe(false);
    expect(agencySchema.safeParse({ id: 's', name: 'S', kind: 'so-nganh', members: 'cap-so' }).success).toBe(false);
  });

  it('on the real data: every one of the 126 wards of Resolution 1656/NQ-UBTVQH15 and no ministry or city government', () => {
    const d = loadSiteData(ROOT);
    expect(d.registry.wards?.source.document).toBe('1656/NQ-UBTVQH15');
    expect(d.registry.wards?.source.date).toBe('2025-06-16');
    expect(d.registry.wardCount).toEqual({ expected: 126, listed: 126 });
    const kinds = new Set(d.registry.units.map((u) => u.kind));
    expect([...kinds].sort()).toEqual(['cong-an-quan-doi', 'so-nganh', 'ubnd-phuong-xa']);
    for (const id of ['bo-nong-nghiep-moi-truong', 'bo-cong-an', 'ubnd-thanh-pho', 'hdnd-thanh-pho', 'ubnd-phuong-xa'])
      expect(d.registry.unitById.has(id)).toBe(false);
    for (const id of ['cong-an-thanh-pho', 'bo-tu-lenh-thu-do', 'bql-khu-cnc-kcn', 'so-tai-chinh', 'phuong-hoan-kiem', 'xa-kim-anh'])
      expect(d.registry.unitById.has(id)).toBe(true);
  });
});

describe('who takes part in a task', () => {
  it('expands a group into each member, keeping the cell entry it came through', () => {
    const p = participantsOf(task('t', [['so-a']], [['cac-xa']]), reg);
    expect(p.map((x) => [x.unit, x.roles])).toEqual([
      ['so-a', [{ role: 'chu-tri', via: 'so-a', condition: null }]],
      ['phuong-x', [{ role: 'phoi-hop', via: 'cac-xa', condition: null }]],
      ['xa-y', [{ role: 'phoi-hop', via: 'cac-xa', condition: null }]],
    ]);
  });

  it('keeps both roles and their conditions when a unit leads in one case and coordinates in the other (Phụ lục II mục 7)', () => {
    const t = task(
      't',
      [
        ['so-a', 'từ 2 xã trở lên'],
        ['cac-xa', 'trọn vẹn trong xã'],
      ],
      [
        ['so-a', 'khi xã chủ trì'],
        ['so-b', 'khi xã chủ trì'],
      ],
    );
    const p = new Map(participantsOf(t, reg).map((x) => [x.unit, x]));
    expect(p.get('so-a')!.roles).toEqual([
      { role: 'chu-tri', via: 'so-a', condition: 'từ 2 xã trở lên' },
      { role: 'phoi-hop', via: 'so-a', condition: 'khi xã chủ trì' },
    ]);
    expect(p.get('so-a')!.leads).toBe(true);
    expect(p.get('phuong-x')!.roles).toEqual([{ role: 'chu-tri', via: 'cac-xa', condition: 'trọn vẹn trong xã' }]);
    expect(p.get('so-b')!.leads).toBe(false);
    expect(leadMode(t, reg)).toBe('nhom');
  });

  it('lets every unit lead when the lead cell is the groups (mục 15), without also counting them as coordinators', () => {
    const t = task(
      't',
      [
        ['cac-so', 'theo chức năng'],
        ['cac-xa', 'theo chức năng'],
      ],
      [['cac-so']],
    );
    const p = participantsOf(t, reg);
    expect(p).toHaveLength(5);
    for (const x of p)
      expect(x.roles).toEqual([
        { role: 'chu-tri', via: x.unit.startsWith('so') || x.unit === 'ca-tp' ? 'cac-so' : 'cac-xa', condition: 'theo chức năng' },
      ]);
  });

  it('takes a directly named unit’s role from its name, not from a group it is also in', () => {
    const p = participantsOf(task('t', [['so-a']], [['cac-so']]), reg);
    expect(p.find((x) => x.unit === 'so-a')!.roles).toEqual([{ role: 'chu-tri', via: 'so-a', condition: null }]);
  });

  it('sorts tasks by who leads them: one Hanoi unit, a group or several, or a body that does not report to Hanoi', () => {
    expect(leadMode(task('t', [['so-a']]), reg)).toBe('mot-don-vi');
    expect(leadMode(task('t', [['so-a'], ['so-b']]), reg)).toBe('nhom');
    expect(leadMode(task('t', [['cac-xa']]), reg)).toBe('nhom');
    expect(leadMode(task('t', [['bo-a']], [['so-a']]), reg)).toBe('phan-viec-ha-noi');
  });
});

describe('the state of a unit’s part', () => {
  const base = { period: { start: 2025, end: 2030 }, year: 2026, received: true, entry: null, earlier: null, asOf: '2027-01-15' };
  it('shows what the unit reported', () => {
    expect(partState({ ...base, entry: { status: 'dang-thuc-hien' } })).toMatchObject({ state: 'dang-thuc-hien', rule: 'theo-bao-cao' });
  });
  it('keeps a finished part from an earlier year, saying which', () => {
    expect(partState({ ...base, earlier: { year: 2025, status: 'hoan-thanh' } })).toMatchObject({
      state: 'hoan-thanh',
      rule: 'da-ket-thuc',
      since: 2025,
    });
  });
  it('marks a part overdue after the task’s end year unless a reason is given', () => {
    const ended = { ...base, period: { start: 2025, end: 2025 } };
    expect(partState({ ...ended, entry: { status: 'dang-thuc-hien' } })).toMatchObject({ state: 'qua-han', rule: 'qua-han' });
    expect(partState({ ...ended, entry: { status: 'dang-thuc-hien', reason: 'gia hạn' } })).toMatchObject({
      state: 'dang-thuc-hien',
      rule: 'co-ly-do',
      overrides: 'qua-han',
    });
    expect(partState(ended)).toMatchObject({ state: 'qua-han' });
  });
  it('says "not reported" only once the report is due, judged against the as-of date', () => {
    expect(partState({ ...base, received: false, asOf: '2026-11-30' })).toMatchObject({ state: 'chua-den-ky-bao-cao' });
    expect(partState({ ...base, received: false, asOf: '2026-12-01' })).toMatchObject({ state: 'chua-bao-cao' });
    expect(partState({ ...base, received: true, asOf: '2026-11-30' })).toMatchObject({ state: 'chua-bao-cao' });
  });
  it('does not count a task before its start year or one without a timeframe as missing', () => {
    expect(partState({ ...base, period: { start: 2027, end: 2030 } })).toMatchObject({ state: 'chua-den-han' });
    expect(partState({ ...base, period: null })).toMatchObject({ state: 'khong-ghi-thoi-gian' });
  });
});

describe('whether a report came in on time (section IV.4: before 01/12)', () => {
  it('judges by the document date: before 01/12 is on time, from 01/12 on is late', () => {
    expect(timeliness(2026, '2026-11-30', '2027-03-01')).toBe('dung-han');
    expect(timeliness(2026, '2026-12-01', '2027-03-01')).toBe('muon');
  });
  it('says "not received" only after the deadline, by the as-of date', () => {
    expect(timeliness(2026, null, '2026-11-30')).toBe('chua-den-han');
    expect(timeliness(2026, null, '2026-12-01')).toBe('chua-nhan');
  });
  it('judges an ad-hoc report against its request’s own deadline, if any', () => {
    const s = sub('so-a', 2026, '2026-03-12');
    expect(adHocTimeliness({ ...s, request: { document: 'CV', deadline: '2026-03-10' } })).toBe('muon');
    expect(adHocTimeliness({ ...s, request: { document: 'CV', deadline: '2026-03-12' } })).toBe('dung-han');
    expect(adHocTimeliness({ ...s, request: { document: 'CV' } })).toBe('khong-dat-han');
  });
});

describe('a task as a whole', () => {
  const tasks = [
    task('mot', [['so-a']], [['so-b'], ['cac-xa']]),
    task('nhom', [['cac-xa']], [['so-a']]),
    task('bo', [['bo-a']], [['ca-tp'], ['so-a']], { start: 2025, end: 2025 }),
  ];
  const participation = buildParticipation(tasks, reg);
  const run = (yearly: Submission[], asOf = '2027-01-10') =>
    derive({ tasks, registry: reg, participation, yearly, adHoc: [], years: [2025, 2026], asOf });

  it('takes the lead unit’s state for a task one Hanoi unit leads, never a coordinator’s', () => {
    const d = run([
      sub('so-a', 2026, '2026-11-20', [entry('mot', 'dang-thuc-hien')]),
      sub('so-b', 2026, '2026-11-20', [entry('mot', 'hoan-thanh')]),
    ]);
    const t = d.tasks.get(2026)!.get('mot')!;
    expect(t.mode).toBe('mot-don-vi');
    expect(t.state).toBe('dang-thuc-hien');
    expect(t.parts.map((p) => [p.unit, p.state])).toEqual([
      ['so-a', 'dang-thuc-hien'],
      ['so-b', 'hoan-thanh'],
      ['phuong-x', 'chua-bao-cao'],
      ['xa-y', 'chua-bao-cao'],
    ]);
  });

  it('counts a group lead’s members by state and invents no single state', () => {
    const d = run([
      sub('phuong-x', 2026, '2026-11-20', [entry('nhom', 'hoan-thanh')]),
      sub('so-a', 2026, '2026-11-20', [entry('nhom', 'dang-thuc-hien')]),
    ]);
    const t = d.tasks.get(2026)!.get('nhom')!;
    expect(t.state).toBeNull();
    expect(Object.fromEntries(t.counts)).toEqual({ 'hoan-thanh': 1, 'chua-bao-cao': 1 });
    expect(t.parts.map((p) => p.unit)).toEqual(['phuong-x', 'xa-y', 'so-a']);
  });

  it('shows only Hanoi’s part of a ministry-led task: no state for the task, and the ministry is never a unit that has not reported', () => {
    const d = run([sub('ca-tp', 2025, '2025-11-15', [entry('bo', 'hoan-thanh')])]);
    const t = d.tasks.get(2025)!.get('bo')!;
    expect(t.mode).toBe('phan-viec-ha-noi');
    expect(t.state).toBeNull();
    expect(t.parts.map((p) => [p.unit, p.state])).toEqual([
      ['so-a', 'chua-bao-cao'],
      ['ca-tp', 'hoan-thanh'],
    ]);
    for (const y of d.units.values()) expect([...y.keys()]).not.toContain('bo-a');
  });

  it('gives every reporting unit a row each year, with on time, late or not received', () => {
    const d = run([
      sub('so-a', 2026, '2026-11-20', [entry('mot', 'dang-thuc-hien')], { proposals: ['Đề nghị A'] }),
      sub('so-b', 2026, '2026-12-03'),
    ]);
    const y = d.units.get(2026)!;
    expect([...y.keys()]).toEqual(['so-a', 'so-b', 'ca-tp', 'phuong-x', 'xa-y']);
    expect(y.get('so-a')).toMatchObject({
      timeliness: 'dung-han',
      covered: ['mot'],
      expected: ['mot', 'nhom', 'bo'],
      proposals: ['Đề nghị A'],
    });
    expect(y.get('so-b')).toMatchObject({ timeliness: 'muon', date: '2026-12-03' });
    expect(y.get('ca-tp')).toMatchObject({ timeliness: 'chua-nhan', date: null });
    expect(run([], '2026-11-30').units.get(2026)!.get('ca-tp')!.timeliness).toBe('chua-den-han');
  });

  it('carries a finished part to later years for that unit only', () => {
    const d = run([sub('so-b', 2025, '2025-11-20', [entry('mot', 'hoan-thanh')])]);
    const parts = new Map(
      d.tasks
        .get(2026)!
        .get('mot')!
        .parts.map((p) => [p.unit, p]),
    );
    expect(parts.get('so-b')).toMatchObject({ state: 'hoan-thanh', rule: 'da-ket-thuc', since: 2025 });
    expect(parts.get('so-a')!.state).toBe('chua-bao-cao');
  });
});

describe('the rules as printed', () => {
  it('has a title and a full sentence for every rule, ids unique', () => {
    const all = [...partRules, ...taskRules, ...timelinessRules];
    for (const r of all) expect(r.text.length).toBeGreaterThan(40);
    expect(new Set(partRules.map((r) => r.id)).size).toBe(partRules.length);
  });
});

describe('the as-of date', () => {
  const saved = process.env[AS_OF_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[AS_OF_ENV];
    else process.env[AS_OF_ENV] = saved;
  });
  it('is the commit date of HEAD in Hanoi, not the clock', () => {
    delete process.env[AS_OF_ENV];
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(asOfDate(ROOT)).toBe(hanoiDate(new Date(iso)));
  });
  it('converts to Hanoi’s calendar day (UTC+7)', () => {
    expect(hanoiDate(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01');
    expect(hanoiDate(new Date('2026-11-30T16:59:59Z'))).toBe('2026-11-30');
  });
  it('can be fixed for tests, and refuses a malformed date', () => {
    process.env[AS_OF_ENV] = '2026-12-01';
    expect(asOfDate(ROOT)).toBe('2026-12-01');
    process.env[AS_OF_ENV] = '01/12/2026';
    expect(() => asOfDate(ROOT)).toThrow(/NĂM-THÁNG-NGÀY/);
  });
});

describe('the progress overview', () => {
  it('counts a task under one state only where its counted Hanoi units share it', () => {
    const counts = (...s: StateId[]) => new Map(s.map((x) => [x, 1]));
    expect(overviewState({ mode: 'mot-don-vi', state: 'qua-han', counts: counts('qua-han', 'hoan-thanh') })).toBe('qua-han');
    expect(overviewState({ mode: 'phan-viec-ha-noi', state: null, counts: counts('chua-bao-cao') })).toBe('chua-bao-cao');
    expect(overviewState({ mode: 'nhom', state: null, counts: counts('chua-bao-cao', 'hoan-thanh') })).toBe('khac-nhau');
    expect(overviewState({ mode: 'phan-viec-ha-noi', state: null, counts: new Map() })).toBe('khong-co-don-vi');
  });

  it('shows the latest year with a report or whose deadline has passed, within the plan’s years', () => {
    const accepted = { first: 2025, last: 2030 };
    expect(overviewYear([], accepted, '2025-06-01')).toBe(2025);
    expect(overviewYear([], accepted, '2026-11-30')).toBe(2025);
    expect(overviewYear([], accepted, '2026-12-01')).toBe(2026);
    expect(overviewYear([2025, 2026], accepted, '2026-06-01')).toBe(2026);
    expect(overviewYear([], accepted, '2040-01-01')).toBe(2030);
  });
});
