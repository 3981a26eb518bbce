// Reads content/ for the search index with the project's own readers, outside Astro (build.ts runs the
// index after `astro build`, in plain Node). The build has already validated the same files, so a problem
// here means they changed in between; it stops the index rather than indexing half the site.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { agencySchema, targetSchema, taskSchema } from '../schemas/index.ts';
import { DataError, readYamlList, type Problem } from './data-file.ts';
import { contentDir } from './loaders.ts';
import { parsePlanBody } from './plan-text.ts';
import { resultsForSite } from './results.ts';
import type { SearchSource } from './search-records.ts';

export function readSearchSource(root: string): SearchSource {
  const problems: Problem[] = [];
  const list = <T>(r: { items: T[]; problems: Problem[] }): T[] => (problems.push(...r.problems), r.items);
  // The same data folder as the pages (CONTENT_DIR, default content/), so the index never describes another site.
  const dir = resolve(root, contentDir());
  const planDir = join(dir, 'plan');
  // Same files as the "plan" collection (src/content.config.ts); the two-digit prefix is the document order.
  const blocks = readdirSync(planDir)
    .filter((f) => /^\d\d-.*\.mdx$/.test(f))
    .sort()
    .flatMap((f) => parsePlanBody(readFileSync(join(planDir, f), 'utf8')).blocks);
  const agencies = list(readYamlList(join(dir, 'agencies.yaml'), agencySchema, root));
  const tasks = list(readYamlList(join(dir, 'tasks.yaml'), taskSchema, root));
  const targets = list(readYamlList(join(dir, 'targets.yaml'), targetSchema, root));
  if (problems.some((p) => p.severity === 'error')) throw new DataError(problems);
  // Same folder (RESULTS_DIR) and same checks as the pages, so the index never disagrees with them.
  const results = resultsForSite({ tasks, targets }, { root });
  return { blocks, agencies, tasks, targets, results };
}
