import { resolve, sep } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { DataError, readYamlList, type Problem } from './data-file.ts';
import { readPlanFiles } from './plan-text.ts';

/**
 * Folder the data files are read from. CONTENT_DIR lets a test or the benchmark build the same site from another
 * data folder (a broken copy, injected payloads, a synthetic plan) without touching content/.
 */
export const contentDir = (): string => process.env.CONTENT_DIR || 'content';

/**
 * Loads a YAML list into a collection. Unlike Astro's file() loader, which logs a parse error and
 * carries on with an empty collection, this stops the build with Vietnamese messages naming file, line and field.
 */
export function yamlList<S extends z.ZodType<{ id: string }>>(path: string, schema: S): Loader {
  return {
    name: 'yaml-list',
    schema,
    load: async ({ store, config, watcher }) => {
      const root = new URL('.', config.root).pathname;
      const full = resolve(root, path);
      watcher?.add(full);
      const { items, problems } = readYamlList(full, schema, root);
      stopOn(problems, full, root);
      store.clear();
      for (const item of items) store.set({ id: item.id, data: item as Record<string, unknown> });
    },
  };
}

/** Stops the build on any error. A data folder outside the project is named by its full path, never as "../../tmp/…". */
function stopOn(problems: Problem[], full: string, root: string): void {
  if (!full.startsWith(root.endsWith(sep) ? root : root + sep)) for (const p of problems) p.file = resolve(root, p.file);
  if (problems.some((p) => p.severity === 'error')) throw new DataError(problems);
}

/**
 * Loads the plan text (content/plan/NN-*.mdx) as data: each file is parsed strictly into <Heading>/<Para> blocks
 * of plain text and never compiled, so nothing in it can run at build time or reach a page as markup.
 */
export function planText(dir: string): Loader {
  return {
    name: 'plan-text',
    load: async ({ store, config, watcher }) => {
      const root = new URL('.', config.root).pathname;
      const full = resolve(root, dir);
      watcher?.add(full);
      const { parts, problems } = readPlanFiles(full, root);
      stopOn(problems, full, root);
      store.clear();
      for (const { id, ...data } of parts) store.set({ id, data });
    },
  };
}
