import { defineCollection } from 'astro:content';
import { agencySchema, planTextPartSchema, targetSchema, taskLinkSchema, taskSchema } from './schemas/index.ts';
import { contentDir, planText, yamlList } from './lib/loaders.ts';

const dir = contentDir();

// Data lives at the top level in content/ (or CONTENT_DIR); each collection names the file it reads.
// Read by src/lib/site-data.ts, which adds the cross-file checks. The YAML loaders validate with the same
// schema and stop the build with Vietnamese messages; `schema` here gives Astro the entry types.
export const collections = {
  /** The plan's text, one file per part, every block with its own anchor; read as data, never compiled as MDX. */
  plan: defineCollection({ loader: planText(`${dir}/plan`), schema: planTextPartSchema }),
  /** Every body named in the appendices and in section IV. */
  agencies: defineCollection({ loader: yamlList(`${dir}/agencies.yaml`, agencySchema), schema: agencySchema }),
  /** The 52 tasks of Phụ lục I and II. */
  tasks: defineCollection({ loader: yamlList(`${dir}/tasks.yaml`, taskSchema), schema: taskSchema }),
  /** The quantified and recurring commitments of the plan. */
  targets: defineCollection({ loader: yamlList(`${dir}/targets.yaml`, targetSchema), schema: targetSchema }),
  /** Editorial cross-references from tasks to plan paragraphs and targets. */
  links: defineCollection({ loader: yamlList(`${dir}/links.yaml`, taskLinkSchema), schema: taskLinkSchema }),
};
