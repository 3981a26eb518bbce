// The registry of reporting units and who takes part in which task. Pure functions over the data: the site, the
// CLIs, the workbooks (issue 12) and the rules (reporting-rules.ts) all derive participation here, in one place.
//
// A unit takes part in a task when the appendix names it, or names a group it belongs to, in the lead or the
// coordinating cell. Groups stand for every reporting unit of one level (agency.members). The condition attached
// to a cell entry is kept word for word beside the role (Phụ lục II mục 7 splits its lead by case; in mục 15 every
// unit leads "theo chức năng, nhiệm vụ"). The role is never typed in a submission. A unit the task names directly
// takes its roles from that naming only; a unit that leads through a group does not also coordinate through one.
import {
  reportingLevel,
  reportingLevels,
  wardTypes,
  type Agency,
  type ReportingLevel,
  type Task,
  type Ward,
  type WardRegistry,
} from '../schemas/index.ts';

export type Role = 'chu-tri' | 'phoi-hop';
export const roleLabels: Record<Role, string> = { 'chu-tri': 'Chủ trì', 'phoi-hop': 'Phối hợp' };

/** One way a unit takes part in a task: its role, the cell entry that gives it (the unit itself or a group), and that entry's condition. */
export interface RoleInTask {
  role: Role;
  /** Id of the agency the cell names: the unit itself, or a group it belongs to. */
  via: string;
  /** Condition of that cell entry, verbatim; null when it has none. */
  condition: string | null;
}

/** A reporting unit's participation in one task. A unit may hold more than one role (mục 7: lead in one case, coordinator in the other). */
export interface Participant {
  unit: string;
  task: string;
  roles: RoleInTask[];
  /** True when any of its roles is lead: only then may its entry carry a percent. */
  leads: boolean;
}

export interface UnitRegistry {
  /** Every reporting unit: department-level units in the order of agencies.yaml, then wards in the order of the resolution. */
  units: Agency[];
  unitById: Map<string, Agency>;
  /** Members of each group agency (ids of reporting units). */
  members: Map<string, string[]>;
  /** The level of each reporting unit. */
  level: Map<string, ReportingLevel>;
  /** The ward list's source, or null when content/wards.yaml is absent: the site then says the list is not yet entered. */
  wards: WardRegistry | null;
  /** How many wards the source act sets up, and how many are listed. */
  wardCount: { expected: number | null; listed: number };
}

const byLevel = new WeakMap<UnitRegistry, Agency[]>();
/**
 * Reporting units level by level (departments, then wards), each level in the registry's order: the order of every
 * list and table of units, so that one page of a paged list (src/lib/paging.ts) is a slice of it. Sorted once per build.
 */
export function unitsByLevel(reg: UnitRegistry): Agency[] {
  let list = byLevel.get(reg);
  if (!list) {
    const levels = Object.keys(reportingLevels) as ReportingLevel[];
    list = levels.flatMap((l) => reg.units.filter((u) => reg.level.get(u.id) === l));
    byLevel.set(reg, list);
  }
  return list;
}

/** "UBND phường Hoàn Kiếm": the name a ward's report is signed under. */
export const wardAgencyName = (w: Pick<Ward, 'type' | 'name'>): string => `UBND ${wardTypes[w.type]} ${w.name}`;

/** A ward as an agency of the registry, so every page and file treats it like any other body. */
export const wardAgency = (w: Ward): Agency => ({ id: w.id, name: wardAgencyName(w), kind: 'ubnd-phuong-xa', aliases: [] });

export function buildRegistry(agencies: Agency[], wards: WardRegistry | null): UnitRegistry {
  const units = agencies.filter((a) => reportingLevel(a) !== null);
  const level = new Map<string, ReportingLevel>(units.map((a) => [a.id, reportingLevel(a)!]));
  const members = new Map<string, string[]>();
  for (const g of agencies)
    if (g.members)
      members.set(
        g.id,
        units.filter((u) => level.get(u.id) === g.members).map((u) => u.id),
      );
  return {
    units,
    unitById: new Map(units.map((u) => [u.id, u])),
    members,
    level,
    wards,
    wardCount: { expected: wards?.expected_count ?? null, listed: units.filter((u) => level.get(u.id) === 'cap-xa').length },
  };
}

/** The agencies of a registry with the wards added: agencies.yaml first, then content/wards.yaml. */
export const withWards = (agencies: Agency[], wards: WardRegistry | null): Agency[] => [
  ...agencies,
  ...(wards?.units ?? []).map(wardAgency),
];

/** Every reporting unit taking part in a task, in registry order, each with all its roles. */
export function participantsOf(task: Task, reg: UnitRegistry): Participant[] {
  const cells = [
    ['chu-tri', task.lead],
    ['phoi-hop', task.coordinating],
  ] as const;
  const roles = new Map<string, RoleInTask[]>();
  // Named directly: every role kept as the cell gives it (mục 7 names Sở Xây dựng as lead in one case and as
  // coordinator in the other).
  for (const [role, cell] of cells)
    for (const e of cell)
      if (reg.unitById.has(e.agency))
        roles.set(e.agency, [...(roles.get(e.agency) ?? []), { role, via: e.agency, condition: e.condition ?? null }]);
  const direct = new Set(roles.keys());
  // Through a group: only for units the task does not name, and a unit that leads does not also coordinate with
  // itself ("Các Sở, ngành liên quan" phối hợp means the others).
  for (const [role, cell] of cells)
    for (const e of cell)
      for (const m of reg.members.get(e.agency) ?? []) {
        if (direct.has(m)) continue;
        const list = roles.get(m) ?? [];
        const r = { role, via: e.agency, condition: e.condition ?? null };
        if (!list.some((x) => x.role === r.role && x.condition === r.condition)) list.push(r);
        roles.set(m, list);
      }
  for (const [unit, list] of roles)
    if (!direct.has(unit) && list.some((r) => r.role === 'chu-tri'))
      roles.set(
        unit,
        list.filter((r) => r.role === 'chu-tri'),
      );
  // In registry order, by position rather than by walking the whole registry for every task (issue 15: with
  // thousands of units that walk was units × tasks).
  const order = registryOrder(reg);
  return [...roles.keys()]
    .filter((id) => order.has(id))
    .sort((a, b) => order.get(a)! - order.get(b)!)
    .map((id) => {
      const list = roles.get(id)!.sort((a, b) => (a.role === b.role ? 0 : a.role === 'chu-tri' ? -1 : 1));
      return { unit: id, task: task.id, roles: list, leads: list.some((r) => r.role === 'chu-tri') };
    });
}

const orders = new WeakMap<UnitRegistry, Map<string, number>>();
/** Each reporting unit's position in the registry, made once per registry. */
function registryOrder(reg: UnitRegistry): Map<string, number> {
  let order = orders.get(reg);
  if (!order) orders.set(reg, (order = new Map(reg.units.map((u, i) => [u.id, i]))));
  return order;
}

/** How a task's lead is made up, which decides what the site may say about the task as a whole. */
export type LeadMode =
  /** Led by one Hanoi reporting unit: the task's state is that unit's. */
  | 'mot-don-vi'
  /** Led by a group or several Hanoi units: counts by state and each member's part, never one invented state. */
  | 'nhom'
  /** Led by a body that does not report to Hanoi (a ministry, Phụ lục I): only Hanoi's part is shown. */
  | 'phan-viec-ha-noi';

export const leadModeLabels: Record<LeadMode, string> = {
  'mot-don-vi': 'Một đơn vị của Thành phố chủ trì',
  nhom: 'Nhiều đơn vị của Thành phố cùng chủ trì',
  'phan-viec-ha-noi': 'Phần việc của Hà Nội',
};

export function leadMode(task: Task, reg: UnitRegistry): LeadMode {
  const named = task.lead.map((r) => r.agency);
  if (named.some((id) => !reg.unitById.has(id) && !reg.members.has(id))) return 'phan-viec-ha-noi';
  if (named.length === 1 && reg.unitById.has(named[0]!)) return 'mot-don-vi';
  return 'nhom';
}

export interface Participation {
  /** Task id → its participants. */
  byTask: Map<string, Participant[]>;
  /** Unit id → its participations, in task order. */
  byUnit: Map<string, Participant[]>;
  /** Task id → lead mode. */
  mode: Map<string, LeadMode>;
}

export function buildParticipation(tasks: Task[], reg: UnitRegistry): Participation {
  const byTask = new Map<string, Participant[]>();
  const byUnit = new Map<string, Participant[]>(reg.units.map((u) => [u.id, []]));
  const mode = new Map<string, LeadMode>();
  for (const t of tasks) {
    const list = participantsOf(t, reg);
    byTask.set(t.id, list);
    mode.set(t.id, leadMode(t, reg));
    for (const p of list) byUnit.get(p.unit)!.push(p);
  }
  return { byTask, byUnit, mode };
}
