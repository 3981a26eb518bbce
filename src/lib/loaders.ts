import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { DataError, readYamlList } from './data-file.ts';

/**
 * Folder the data files are read from. CONTENT_DIR lets a test or the benchmark build the same site from another
 * data folder (a broken copy, injected payloads, a synthetic plan) without touching content/.
 */
export const contentDir = (): string => process.env.CONTENT_DIR || 'content';

/**
 * Loads a YAML list into a collection. Unlike Astro's file() loader, which logs a parse error and
 * carries on with an empty collection, this stops the build with Vietnamese messages naming file, line and field.
 */
export function yamlList<S extends z.ZodType<{ id: string }>>(path: string, schema: S, opts: { optional?: boolean } = {}): Loader {
  return {
    name: 'yaml-list',
    schema,
    load: async ({ store, config, watcher }) => {
      const root = new URL('.', config.root).pathname;
      const full = resolve(root, path);
      watcher?.add(full);
      // An optional file (the editors' search words) may be absent from a data folder: then the collection is empty.
      if (opts.optional && !existsSync(full)) return void store.clear();
      const { items, problems } = readYamlList(full, schema, root);
      // A data folder outside the project is named by its full path, never as "../../tmp/…".
      if (!full.startsWith(root.endsWith(sep) ? root : root + sep)) for (const p of problems) p.file = full;
      if (problems.some((p) => p.severity === 'error')) throw new DataError(problems);
      store.clear();
      for (const item of items) store.set({ id: item.id, data: item as Record<string, unknown> });
    },
  };
}
