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
}

/**
 * Cross-file checks that a schema of one file cannot make. Astro's reference() only logs a broken
 * reference and exits 0, so these are ours, and any problem here stops the build.
 */
export function checkIntegrity(d: Dataset): Problem[] {
  const problems: Problem[] = [];
  const err = (file: string, where: string, message: string) =>
    problems.push({ file, line: null, where, message, severity: 'error' });
  const agencyIds = new Set(d.agencies.map((a) => a.id));
  const taskIds = new Set(d.tasks.map((t) => t.id));
  const targetIds = new Set(d.targets.map((t) => t.id));

  for (const t of d.tasks) {
    for (const [role, list] of [['lead', t.lead], ['coordinating', t.coordinating]] as const) {
      list.forEach((r, i) => {
        if (!agencyIds.has(r.agency))
          err('content/tasks.yaml', `mục "${t.id}" › trường "${role}[${i}].agency"`, `không có cơ quan mã "${r.agency}" trong content/agencies.yaml`);
      });
    }
    for (const r of t.lead) {
      const also = t.coordinating.find((c) => c.agency === r.agency);
      // The plan may name a body as lead in one case and as coordinator in another (Phụ lục II, mục 7): only conditions tell them apart.
      if (also && !(r.condition && also.condition))
        err('content/tasks.yaml', `mục "${t.id}"`, `cơ quan "${r.agency}" vừa chủ trì vừa phối hợp mà không có điều kiện phân biệt`);
    }
  }
  for (const s of d.searchTerms ?? [])
    if ('agency' in s && !agencyIds.has(s.agency))
      err('content/search-terms.yaml', `mục "${s.id}" › trường "agency"`, `không có cơ quan mã "${s.agency}" trong content/agencies.yaml`);
  for (const t of d.targets)
    if (!d.anchors.has(t.paragraph))
      err('content/targets.yaml', `mục "${t.id}" › trường "paragraph"`, `không có đoạn "${t.paragraph}" trong văn bản Kế hoạch (content/plan/)`);
  for (const l of d.links) {
    if (!taskIds.has(l.id)) err('content/links.yaml', `mục "${l.id}"`, `không có nhiệm vụ mã "${l.id}"`);
    for (const p of l.paragraphs) if (!d.anchors.has(p)) err('content/links.yaml', `mục "${l.id}"`, `không có đoạn "${p}" trong văn bản Kế hoạch`);
    for (const t of l.targets) if (!targetIds.has(t)) err('content/links.yaml', `mục "${l.id}"`, `không có mục tiêu mã "${t}"`);
  }
  return problems;
}
