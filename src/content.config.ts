import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { agencySchema, planPartSchema, searchTermSchema, targetSchema, taskLinkSchema, taskSchema } from './schemas/index.ts';
import { contentDir, yamlList } from './lib/loaders.ts';

const dir = contentDir();

// Data lives at the top level in content/ (or CONTENT_DIR); each collection names the file it reads.
// Read by src/lib/site-data.ts, which adds the cross-file checks. The YAML loaders validate with the same
// schema and stop the build with Vietnamese messages; `schema` here gives Astro the entry types.
export const collections = {
  /** The plan's text, one MDX file per part, every block with its own anchor. */
  plan: defineCollection({
    loader: glob({ base: `${dir}/plan`, pattern: '[0-9][0-9]-*.mdx' }),
    schema: planPartSchema,
  }),
  /** Every body named in the appendices and in section IV. */
  agencies: defineCollection({ loader: yamlList(`${dir}/agencies.yaml`, agencySchema), schema: agencySchema }),
  /** The 52 tasks of Phụ lục I and II. */
  tasks: defineCollection({ loader: yamlList(`${dir}/tasks.yaml`, taskSchema), schema: taskSchema }),
  /** The quantified and recurring commitments of the plan. */
  targets: defineCollection({ loader: yamlList(`${dir}/targets.yaml`, targetSchema), schema: targetSchema }),
  /** Editorial cross-references from tasks to plan paragraphs and targets. */
  links: defineCollection({ loader: yamlList(`${dir}/links.yaml`, taskLinkSchema), schema: taskLinkSchema }),
  /** The editors' search words: abbreviations, former names (with the decision that merged them), topic words. */
  searchTerms: defineCollection({ loader: yamlList(`${dir}/search-terms.yaml`, searchTermSchema, { optional: true }), schema: searchTermSchema }),
};
