import type { Agency, SearchTerm, Target, Task, TaskLink } from '../schemas/index.ts';
import type { Problem } from './data-file.ts';

export interface Dataset {
  agencies: Agency[];
  tasks: Task[];
  targets: Target[];
  links: TaskLink[];
  /** The editors' search words (content/search-terms.yaml); optional so older callers need not pass them. */
  searchTerms?: SearchTerm[];
  /** Every anchor in the plan text. */
  anchors: Set<string>;
  /** Where each file's records are, so that every problem names its file and line (src/lib/data-file.ts locate()). */
  files?: Partial<Record<'tasks' | 'targets' | 'links' | 'searchTerms', Locator>>;
}

/** A data file and the line of a record's field in it, by record id. */
export interface Locator {
  file: string;
  line: (id: string, path?: PropertyKey[]) => number | null;
}

/**
 * Cross-file checks that a schema of one file cannot make. Astro's reference() only logs a broken
 * reference and exits 0, so these are ours, and any problem here stops the build.
 */
export function checkIntegrity(d: Dataset): Problem[] {
  const problems: Problem[] = [];
  const fallback = {
    tasks: 'content/tasks.yaml',
    targets: 'content/targets.yaml',
    links: 'content/links.yaml',
    searchTerms: 'content/search-terms.yaml',
  } as const;
  const err = (kind: keyof typeof fallback, id: string, path: PropertyKey[], where: string, message: string) => {
    const at = d.files?.[kind];
    problems.push({ file: at?.file ?? fallback[kind], line: at?.line(id, path) ?? null, where, message, severity: 'error' });
  };
  const agencyIds = new Set(d.agencies.map((a) => a.id));
  const taskIds = new Set(d.tasks.map((t) => t.id));
  const targetIds = new Set(d.targets.map((t) => t.id));

  for (const t of d.tasks) {
    for (const [role, list] of [
      ['lead', t.lead],
      ['coordinating', t.coordinating],
    ] as const) {
      list.forEach((r, i) => {
        if (!agencyIds.has(r.agency))
          err(
            'tasks',
            t.id,
            [role, i, 'agency'],
            `mục "${t.id}" › trường "${role}[${i}].agency"`,
            `không có cơ quan mã "${r.agency}" trong content/agencies.yaml`,
          );
      });
    }
    for (const r of t.lead) {
      const also = t.coordinating.find((c) => c.agency === r.agency);
      // The plan may name a body as lead in one case and as coordinator in another (Phụ lục II, mục 7): only conditions tell them apart.
      if (also && !(r.condition && also.condition))
        err(
          'tasks',
          t.id,
          ['coordinating'],
          `mục "${t.id}"`,
          `cơ quan "${r.agency}" vừa chủ trì vừa phối hợp mà không có điều kiện phân biệt`,
        );
    }
  }
  for (const s of d.searchTerms ?? [])
    if ('agency' in s && !agencyIds.has(s.agency))
      err(
        'searchTerms',
        s.id,
        ['agency'],
        `mục "${s.id}" › trường "agency"`,
        `không có cơ quan mã "${s.agency}" trong content/agencies.yaml`,
      );
  for (const t of d.targets)
    if (!d.anchors.has(t.paragraph))
      err(
        'targets',
        t.id,
        ['paragraph'],
        `mục "${t.id}" › trường "paragraph"`,
        `không có đoạn "${t.paragraph}" trong văn bản Kế hoạch (content/plan/)`,
      );
  for (const l of d.links) {
    if (!taskIds.has(l.id)) err('links', l.id, ['id'], `mục "${l.id}"`, `không có nhiệm vụ mã "${l.id}"`);
    l.paragraphs.forEach(
      (p, i) =>
        !d.anchors.has(p) &&
        err('links', l.id, ['paragraphs', i], `mục "${l.id}" › trường "paragraphs[${i}]"`, `không có đoạn "${p}" trong văn bản Kế hoạch`),
    );
    l.targets.forEach(
      (t, i) =>
        !targetIds.has(t) && err('links', l.id, ['targets', i], `mục "${l.id}" › trường "targets[${i}]"`, `không có mục tiêu mã "${t}"`),
    );
  }
  return problems;
}
