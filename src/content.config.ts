import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { planPartSchema } from './schemas/index.ts';
import { contentDir } from './lib/loaders.ts';

const dir = contentDir();

// Only the plan's MDX goes through Astro's content layer, because Astro renders it. Every data file (agencies,
// wards, tasks, targets, links, reports) is read by the one data module, src/lib/site-data.ts, in plain Node, so
// the pages, the CLIs and the search index all see the same data with the same checks.
export const collections = {
  /** The plan's text, one MDX file per part, every block with its own anchor. */
  plan: defineCollection({
    loader: glob({ base: `${dir}/plan`, pattern: '[0-9][0-9]-*.mdx' }),
    schema: planPartSchema,
  }),
};
