// content/ as plain Node reads it, outside Astro: the search index (after `astro build`) and the results CLIs
// (validate, new-report). Same folder as the build (CONTENT_DIR) and same schemas and messages, in one place, so
// a command can never check against another plan than the site is built from.
import { join, resolve } from 'node:path';
import { agencySchema, targetSchema, taskSchema, type Agency, type PlanBlock, type Target, type Task } from '../schemas/index.ts';
import { readYamlList, type Problem } from './data-file.ts';
import { contentDir } from './loaders.ts';
import { readPlanFiles } from './plan-text.ts';

export interface ContentFiles {
  blocks: PlanBlock[];
  agencies: Agency[];
  tasks: Task[];
  targets: Target[];
  problems: Problem[];
}

export function readContentFiles(root: string): ContentFiles {
  const dir = resolve(root, contentDir());
  const planDir = join(dir, 'plan');
  // Same files and the same strict reading as the "plan" collection (src/content.config.ts).
  const plan = readPlanFiles(planDir, root);
  const blocks = plan.parts.flatMap((p) => p.blocks);
  const agencies = readYamlList(join(dir, 'agencies.yaml'), agencySchema, root);
  const tasks = readYamlList(join(dir, 'tasks.yaml'), taskSchema, root);
  const targets = readYamlList(join(dir, 'targets.yaml'), targetSchema, root);
  return {
    blocks,
    agencies: agencies.items,
    tasks: tasks.items,
    targets: targets.items,
    problems: [...plan.problems, ...agencies.problems, ...tasks.problems, ...targets.problems],
  };
}
