// The search index is built from the data, one record per thing a reader looks for (a plan paragraph or
// heading, a task, a target, an agency, and later a year's result), not from rendered pages: the page
// chrome stays out, a paragraph links to its own anchor, and every record carries the fields its result
// shows. Each kind of record is one function; makeRecord does the rest (NFC, đ-twins, validation).
import { z } from 'zod';
import { agencyKinds, type Agency, type PlanBlock, type SearchTerm, type Target, type Task } from '../schemas/index.ts';
import { periodLabel, taskRef } from './format.ts';
import { anchorLabel, squash } from './plan-text.ts';
import { stateLabels, timelinessLabels } from './reporting-rules.ts';
import type { SiteData } from './site-data.ts';
import { searchTypes } from './search-fields.ts';
import { dTwins, taskTokens } from './search-text.ts';

const value = z
  .string()
  .min(1)
  .refine((s) => s === s.normalize('NFC'), { error: 'chữ phải ở dạng Unicode NFC' });
const values = z.array(value).min(1);

export const searchMetaSchema = z
  .object({
    /** The result's link text; Pagefind weights it ×5. */
    title: value,
    /** The title's đ-words written with d (dTwins), weighted like the title. */
    title_d: value.optional(),
    /** The đ-words of everything else in the record, written with d. */
    text_d: value.optional(),
    /** Where it sits in the plan, or what kind of body it is: "Phụ lục II, mục 7", "Sở, ban, ngành Thành phố". */
    ref: value.optional(),
    /** A task's timeframe ("2025–2030"), or the year a result reports on. */
    thoi_gian: value.optional(),
    /** Status, where a published result states one. */
    tinh_trang: value.optional(),
    /** Task-number tokens (taskTokens), matched by references like "phụ lục II mục 7". */
    so_hieu: value.optional(),
  })
  .strict();

export const searchFiltersSchema = z
  .object({
    loai: z.tuple([z.enum(searchTypes)]),
    /** Lead agencies by name; the result shows them too. Not in the metadata as well: a task naming a body
     * twice would then outrank the body's own record. */
    chu_tri: values.optional(),
    phoi_hop: values.optional(),
    phu_luc: values.optional(),
    tinh_trang: values.optional(),
    nam: z
      .array(z.string().regex(/^\d{4}$/))
      .min(1)
      .optional(),
  })
  .strict();

export const searchRecordSchema = z
  .object({
    /** Full URL path, base path included. */
    url: z.string().startsWith('/'),
    content: value,
    language: z.literal('vi'),
    meta: searchMetaSchema,
    filters: searchFiltersSchema,
  })
  .strict();

export type SearchRecord = z.output<typeof searchRecordSchema>;
export type SearchMeta = z.output<typeof searchMetaSchema>;
export type SearchFilters = z.output<typeof searchFiltersSchema>;

/** How a site path becomes a URL, base path included: the CLI and Astro each supply their own. */
export type UrlFor = (path: string) => string;

export interface RecordInput {
  type: SearchFilters['loai'][0];
  /** Site path without the base: "nhiem-vu/pl2-07/", "ke-hoach/#ii-1-p3". */
  path: string;
  title: string;
  /** The searchable text the snippet is cut from. */
  text: string;
  meta?: Omit<Partial<SearchMeta>, 'title' | 'title_d' | 'text_d'>;
  filters?: Omit<SearchFilters, 'loai'>;
}

const clean = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))) as T;

/** One validated record: text squashed to NFC, đ-words twinned, empty fields dropped. */
export function makeRecord(input: RecordInput, urlFor: UrlFor): SearchRecord {
  const title = squash(input.title);
  const content = squash(input.text);
  const meta = clean({ ...input.meta });
  const shown = [content, meta.ref, meta.thoi_gian, meta.tinh_trang].filter(Boolean).join(' ');
  return searchRecordSchema.parse({
    url: urlFor(input.path),
    content,
    language: 'vi',
    meta: clean({ title, title_d: dTwins(title), text_d: dTwins(shown), ...meta }),
    filters: clean({ loai: [input.type], ...input.filters }),
  });
}

const unique = (xs: string[]): string[] => [...new Set(xs)];

/** How a block is cited after "Kế hoạch, ": "mục II.4.b, đoạn 2", "nơi nhận, đoạn 3". */
const citeBlock = (id: string): string => {
  const label = anchorLabel(id);
  return /^[IVX]+\b/.test(label) ? `mục ${label}` : label.charAt(0).toLowerCase() + label.slice(1);
};
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Each heading and paragraph of the plan, linked to its own anchor. */
export function planRecords(blocks: PlanBlock[], urlFor: UrlFor): SearchRecord[] {
  return blocks.map((b) =>
    makeRecord(
      b.kind === 'heading'
        ? { type: 'Kế hoạch', path: `ke-hoach/#${b.id}`, title: b.text, text: b.text, meta: { ref: `Kế hoạch, ${citeBlock(b.id)}` } }
        : { type: 'Kế hoạch', path: `ke-hoach/#${b.id}`, title: capitalize(citeBlock(b.id)), text: b.text },
      urlFor,
    ),
  );
}

export interface TaskRecordOptions {
  /** A task's current status, once published results state one (issue 4); shown and filterable. */
  statusOf?: (taskId: string) => string | undefined;
}

/** Each task of the two appendices, with its cells as printed and its agencies by name. */
export function taskRecords(tasks: Task[], agencies: Agency[], urlFor: UrlFor, opts: TaskRecordOptions = {}): SearchRecord[] {
  const name = new Map(agencies.map((a) => [a.id, a.name]));
  const names = (roles: Task['lead']) => unique(roles.map((r) => name.get(r.agency) ?? r.agency));
  return tasks.map((t) => {
    const lead = names(t.lead);
    const status = opts.statusOf?.(t.id);
    const years = t.period ? Array.from({ length: t.period.end - t.period.start + 1 }, (_, i) => String(t.period!.start + i)) : [];
    return makeRecord(
      {
        type: 'Nhiệm vụ',
        path: `nhiem-vu/${t.id}/`,
        title: t.title,
        // The title leads the content too, so that among tasks matching in their titles, the one whose
        // title says it most directly ranks first (Pagefind scores a title match as a flat bonus).
        text: [
          t.title,
          `Cơ quan chủ trì: ${t.lead_as_written}`,
          `Cơ quan phối hợp: ${t.coordinating_as_written ?? '(để trống)'}`,
          `Thời gian thực hiện: ${t.period_as_written ?? '(để trống)'}`,
        ].join(' — '),
        meta: {
          ref: taskRef(t),
          thoi_gian: t.period ? periodLabel(t) : 'Không ghi thời gian',
          tinh_trang: status,
          so_hieu: taskTokens(t.appendix, t.part, t.number).join(' '),
        },
        filters: {
          chu_tri: lead,
          phoi_hop: names(t.coordinating),
          phu_luc: [`Phụ lục ${t.appendix}`],
          tinh_trang: status ? [status] : undefined,
          nam: years,
        },
      },
      urlFor,
    );
  });
}

/** Each quantified target or recurring obligation, with its statement verbatim. */
export function targetRecords(targets: Target[], urlFor: UrlFor): SearchRecord[] {
  return targets.map((t) =>
    makeRecord(
      {
        type: 'Mục tiêu',
        path: `muc-tieu/${t.id}/`,
        title: t.measure,
        text: t.statement,
        meta: { ref: `Kế hoạch, ${citeBlock(t.paragraph)}` },
        filters: { nam: t.kind === 'dinh-luong' && t.deadline ? [String(t.deadline)] : undefined },
      },
      urlFor,
    ),
  );
}

/** Each body named in the plan, under its name, the other forms the plan uses, and the editors' abbreviations and former names. */
export function agencyRecords(agencies: Agency[], urlFor: UrlFor, terms: SearchTerm[] = []): SearchRecord[] {
  const spellings = (id: string, kind: SearchTerm['kind']) =>
    terms.flatMap((t) => (t.kind === kind && 'agency' in t && t.agency === id ? t.words : []));
  return agencies.map((a) => {
    const former = spellings(a.id, 'ten-cu');
    const short = spellings(a.id, 'viet-tat');
    return makeRecord(
      {
        type: 'Cơ quan',
        path: `co-quan/${a.id}/`,
        title: a.name,
        // The name leads the content as well, or a task that names the body twice would outrank the body itself.
        text: [
          a.name,
          agencyKinds[a.kind],
          ...(a.aliases.length ? [`Văn bản còn ghi: ${a.aliases.map((x) => `“${x}”`).join(', ')}.`] : []),
          ...(short.length ? [`Viết tắt: ${short.join(', ')}.`] : []),
          ...(former.length ? [`Tên cũ: ${former.join(', ')}.`] : []),
        ].join(' — '),
      },
      urlFor,
    );
  });
}

/** Each ward by its name (departments already have their /co-quan/ record), on its unit page. */
export function wardRecords(d: Pick<SiteData, 'registry' | 'agencies'>, urlFor: UrlFor): SearchRecord[] {
  const named = new Set(d.agencies.map((a) => a.id));
  const source = d.registry.wards?.source;
  return d.registry.units
    .filter((u) => !named.has(u.id))
    .map((u) =>
      makeRecord(
        {
          type: 'Cơ quan',
          path: `don-vi/${u.id}/`,
          title: u.name,
          text: [u.name, agencyKinds[u.kind], source ? `Theo Nghị quyết số ${source.document}` : ''].filter(Boolean).join(' — '),
        },
        urlFor,
      ),
    );
}

/**
 * What each unit reported (yearly and ad hoc) in the latest year with reports, one record per unit, on its unit page.
 * Only the latest year, so the index grows with the registry and the plan, not with years (issue 15).
 */
export function reportRecords(d: Pick<SiteData, 'reporting' | 'registry' | 'taskById'>, urlFor: UrlFor): SearchRecord[] {
  const latest = d.reporting.years.at(-1);
  const byUnitYear = new Map<string, SiteData['reporting']['submissions']>();
  for (const s of d.reporting.submissions.filter((x) => x.year === latest))
    byUnitYear.set(`${s.unit}/${s.year}`, [...(byUnitYear.get(`${s.unit}/${s.year}`) ?? []), s]);
  return [...byUnitYear].map(([key, subs]) => {
    const [unit, yearText] = key.split('/') as [string, string];
    const year = Number(yearText);
    const name = d.registry.unitById.get(unit)!.name;
    const row = d.reporting.derived.units.get(year)!.get(unit)!;
    const text = subs.flatMap((s) => [
      ...s.tasks.flatMap((e) => [`${taskRef(d.taskById.get(e.task)!)}: ${e.summary}`, e.reason ?? '', ...e.evidence.map((x) => x.title)]),
      ...s.proposals.map((p) => `Đề xuất, kiến nghị: ${p}`),
    ]);
    return makeRecord(
      {
        type: 'Kết quả',
        path: `don-vi/${unit}/#nam-${year}`,
        title: `${name}: báo cáo năm ${year}`,
        text: [name, ...text].filter(Boolean).join(' — '),
        meta: { thoi_gian: `Năm ${year}`, tinh_trang: timelinessLabels[row.timeliness] },
        filters: { tinh_trang: [timelinessLabels[row.timeliness]], nam: [String(year)] },
      },
      urlFor,
    );
  });
}

export interface SearchSource {
  blocks: PlanBlock[];
  tasks: Task[];
  agencies: Agency[];
  targets: Target[];
  /** Units and reports; without them (a plan-only source), no unit or report records and no task status. */
  registry?: SiteData['registry'];
  reporting?: SiteData['reporting'];
  taskById?: SiteData['taskById'];
  /** The editors' search words: abbreviations and former names join their body's record. */
  searchTerms?: SearchTerm[];
}

/** Every record of the site. Reports (content/reports/<year>/<unit>.yaml) join here as one more builder. */
export function allRecords(src: SearchSource, urlFor: UrlFor, opts: TaskRecordOptions = {}): SearchRecord[] {
  const year = src.reporting?.years.at(-1);
  const latest = year === undefined ? undefined : src.reporting!.derived.tasks.get(year);
  // A task's status is the lead unit's state in the latest year, only where one Hanoi unit leads it.
  const statusOf =
    opts.statusOf ??
    (latest
      ? (id: string) => {
          const s = latest.get(id)?.state;
          return s ? stateLabels[s] : undefined;
        }
      : undefined);
  const records = [
    ...planRecords(src.blocks, urlFor),
    ...taskRecords(src.tasks, src.agencies, urlFor, statusOf ? { statusOf } : {}),
    ...targetRecords(src.targets, urlFor),
    ...agencyRecords(src.agencies, urlFor, src.searchTerms),
    ...(src.registry ? wardRecords({ registry: src.registry, agencies: src.agencies }, urlFor) : []),
    ...(src.reporting && src.registry && src.taskById
      ? reportRecords({ reporting: src.reporting, registry: src.registry, taskById: src.taskById }, urlFor)
      : []),
  ];
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.url)) throw new Error(`hai mục tìm kiếm cùng địa chỉ ${r.url}`);
    seen.add(r.url);
  }
  return records;
}
