// content/ as plain Node reads it, outside Astro: the search index (after `astro build`) and the results CLIs
// (validate, new-report). Same folder as the build (CONTENT_DIR) and same schemas and messages, in one place, so
// a command can never check against another plan than the site is built from.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { agencySchema, searchTermSchema, targetSchema, taskSchema, type Agency, type PlanBlock, type SearchTerm, type Target, type Task } from '../schemas/index.ts';
import { readYamlList, type Problem } from './data-file.ts';
import { contentDir } from './loaders.ts';
import { parsePlanBody } from './plan-text.ts';

export interface ContentFiles {
  blocks: PlanBlock[];
  agencies: Agency[];
  tasks: Task[];
  targets: Target[];
  searchTerms: SearchTerm[];
  problems: Problem[];
}

export function readContentFiles(root: string): ContentFiles {
  const dir = resolve(root, contentDir());
  const planDir = join(dir, 'plan');
  // Same files as the "plan" collection (src/content.config.ts); the two-digit prefix is the document order.
  const blocks = readdirSync(planDir)
    .filter((f) => /^\d\d-.*\.mdx$/.test(f))
    .sort()
    .flatMap((f) => parsePlanBody(readFileSync(join(planDir, f), 'utf8')).blocks);
  const agencies = readYamlList(join(dir, 'agencies.yaml'), agencySchema, root);
  const tasks = readYamlList(join(dir, 'tasks.yaml'), taskSchema, root);
  const targets = readYamlList(join(dir, 'targets.yaml'), targetSchema, root);
  // Optional, like its collection: a data folder without the editors' search words has none.
  const termsFile = join(dir, 'search-terms.yaml');
  const searchTerms = existsSync(termsFile) ? readYamlList(termsFile, searchTermSchema, root) : { items: [], problems: [] };
  return {
    blocks,
    agencies: agencies.items,
    tasks: tasks.items,
    targets: targets.items,
    searchTerms: searchTerms.items,
    problems: [...agencies.problems, ...tasks.problems, ...targets.problems, ...searchTerms.problems],
  };
}
