// Puts script and HTML injection attempts into every free-text field of the data files, for a build that must
// show them as text. A field counts as free text when the payload can be appended and the record still passes
// its schema: ids, slugs, enums, numbers and anchors refuse it, so they keep their values and the build still runs.
//
// To cover a new data file, add one line to INJECTION_TARGETS, e.g. once the results branch lands:
//   { files: 'results/*.yaml', schema: resultSchema },          // a list of records per file
//   { files: 'results/*.yaml', schema: resultFileSchema, whole: true },  // or one object per file
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { ZodType } from 'zod';
import { agencySchema, targetSchema, taskSchema } from '../../../src/schemas/index.ts';

/**
 * Appended to every text field. Each part tries a different way out of the text: a script element, an
 * event handler on a broken image, breaking out of an attribute value, breaking out of a <script> block
 * holding JSON, and an entity that must not be decoded twice.
 */
export const PAYLOAD =
  ' <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">' +
  '"><svg onload="window.__pwned=3">\'></script><script>window.__pwned=4</script> &amp;';

export interface InjectionTarget {
  /** File(s) inside the content folder; "*" allowed in the last segment. */
  files: string;
  schema: ZodType;
  /** The schema describes the whole file rather than each item of a list. */
  whole?: boolean;
}

export const INJECTION_TARGETS: InjectionTarget[] = [
  { files: 'agencies.yaml', schema: agencySchema },
  { files: 'tasks.yaml', schema: taskSchema },
  { files: 'targets.yaml', schema: targetSchema },
];

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function resolveFiles(dir: string, pattern: string): string[] {
  const slash = pattern.lastIndexOf('/');
  const folder = join(dir, pattern.slice(0, slash + 1));
  const name = pattern.slice(slash + 1);
  if (!name.includes('*')) return existsSync(join(folder, name)) ? [join(folder, name)] : [];
  const re = new RegExp(`^${name.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return existsSync(folder) ? readdirSync(folder).filter((f) => re.test(f)).sort().map((f) => join(folder, f)) : [];
}

/** Appends PAYLOAD to every string in `unit` that its schema accepts; returns the field paths it changed. */
function injectUnit(unit: Json, schema: ZodType): string[] {
  const changed: string[] = [];
  const walk = (node: Json, path: string, set: (v: Json) => void) => {
    if (typeof node === 'string') {
      set(node + PAYLOAD);
      if (schema.safeParse(unit).success) changed.push(path);
      else set(node);
    } else if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${path}[]`, (x) => (node[i] = x)));
    else if (node && typeof node === 'object') for (const k of Object.keys(node)) walk(node[k]!, path ? `${path}.${k}` : k, (x) => (node[k] = x));
  };
  walk(unit, '', () => {
    throw new Error('a data file that is a single string cannot be injected');
  });
  return changed;
}

/**
 * Rewrites the data files of a content folder (a copy!) with payloads in every free-text field.
 * Returns, per file, the distinct field paths that now carry the payload ("title", "lead[].condition").
 */
export function injectPayloads(contentDir: string, targets: InjectionTarget[] = INJECTION_TARGETS): Record<string, string[]> {
  const report: Record<string, string[]> = {};
  for (const target of targets) {
    const files = resolveFiles(contentDir, target.files);
    if (files.length === 0) throw new Error(`no file matches ${target.files} in ${contentDir}`);
    for (const file of files) {
      const data = parse(readFileSync(file, 'utf8')) as Json;
      const units = target.whole ? [data] : Array.isArray(data) ? data : [];
      if (!target.whole && !Array.isArray(data)) throw new Error(`${file} is not a list; use whole: true`);
      const fields = new Set(units.flatMap((u) => injectUnit(u, target.schema)));
      report[file.slice(contentDir.length + 1)] = [...fields].sort();
      writeFileSync(file, stringify(data, { lineWidth: 0 }));
    }
  }
  return report;
}
