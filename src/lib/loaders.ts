import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { DataError, readYamlList } from './data-file.ts';

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
      if (problems.some((p) => p.severity === 'error')) throw new DataError(problems);
      store.clear();
      for (const item of items) store.set({ id: item.id, data: item as Record<string, unknown> });
    },
  };
}
