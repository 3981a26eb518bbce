// Puts script and HTML injection attempts into every free-text field of the data files, for a build that must
// show them as text. A field counts as free text when the payload can be appended and the record still passes
// its schema: ids, slugs, enums, numbers and anchors refuse it, so they keep their values and the build still runs.
// Fields holding an http(s) address (evidence links, once results land) are also offered javascript: and data:
// addresses, which their schema must refuse: links on the site are http(s) only.
//
// To cover a new data file, add one line to INJECTION_TARGETS: the files, their schema, and whether the schema
// describes each item of a list or the whole file. Every field gets the same payload, so text that a cross-file
// check compares (a reported value's unit and its target's unit) still matches after injection.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { ZodType } from 'zod';
import { agencySchema, targetSchema, taskSchema } from '../../src/schemas/index.ts';
import { consolidatedSchema, submissionSchema } from '../../src/schemas/report.ts';

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
  { files: 'reports/2025/so-*.yaml', schema: submissionSchema, whole: true },
  { files: 'reports/2025/phuong-*.yaml', schema: submissionSchema, whole: true },
  { files: 'reports/2026/*.yaml', schema: submissionSchema, whole: true },
  { files: 'reports/2025/tong-hop.yaml', schema: consolidatedSchema, whole: true },
];

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function resolveFiles(dir: string, pattern: string): string[] {
  const slash = pattern.lastIndexOf('/');
  const folder = join(dir, pattern.slice(0, slash + 1));
  const name = pattern.slice(slash + 1);
  if (!name.includes('*')) return existsSync(join(folder, name)) ? [join(folder, name)] : [];
  const re = new RegExp(
    `^${name
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => re.test(f))
        .sort()
        .map((f) => join(folder, f))
    : [];
}

/** Links the site renders must be http(s); a schema that takes one of these for a URL field is a hole. */
export const SCRIPT_URLS = [
  'javascript:window.__pwned=5',
  'data:text/html,<script>window.__pwned=6</script>',
  ' JaVaScRiPt:window.__pwned=7',
];

export interface UnitReport {
  /** Fields that now carry PAYLOAD. */
  changed: string[];
  /** URL fields (their value was an http(s) address) whose schema also accepts a script URL. */
  unsafeUrls: string[];
}

/** Appends PAYLOAD to every string in `unit` that its schema accepts, and probes URL fields with script URLs. */
function injectUnit(unit: Json, schema: ZodType): UnitReport {
  const changed: string[] = [];
  const unsafeUrls: string[] = [];
  const walk = (node: Json, path: string, set: (v: Json) => void) => {
    if (typeof node === 'string') {
      if (/^https?:\/\//i.test(node))
        for (const url of SCRIPT_URLS) {
          set(url);
          if (schema.safeParse(unit).success) unsafeUrls.push(`${path} accepts "${url}"`);
        }
      set(node + PAYLOAD);
      if (schema.safeParse(unit).success) changed.push(path);
      else set(node);
    } else if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${path}[]`, (x) => (node[i] = x)));
    else if (node && typeof node === 'object')
      for (const k of Object.keys(node)) walk(node[k]!, path ? `${path}.${k}` : k, (x) => (node[k] = x));
  };
  walk(unit, '', () => {
    throw new Error('a data file that is a single string cannot be injected');
  });
  return { changed, unsafeUrls };
}

export interface InjectionReport {
  /** Per file, the distinct field paths that now carry the payload ("title", "lead[].condition"). */
  fields: Record<string, string[]>;
  /** URL fields whose schema lets a javascript: or data: address through (must be empty). */
  unsafeUrls: string[];
}

/** Rewrites the data files of a content folder (a copy!) with payloads in every free-text field. */
export function injectPayloads(contentDir: string, targets: InjectionTarget[] = INJECTION_TARGETS): InjectionReport {
  const report: InjectionReport = { fields: {}, unsafeUrls: [] };
  for (const target of targets) {
    const files = resolveFiles(contentDir, target.files);
    if (files.length === 0) throw new Error(`no file matches ${target.files} in ${contentDir}`);
    for (const file of files) {
      const data = parse(readFileSync(file, 'utf8')) as Json;
      const units = target.whole ? [data] : Array.isArray(data) ? data : [];
      if (!target.whole && !Array.isArray(data)) throw new Error(`${file} is not a list; use whole: true`);
      const name = file.slice(contentDir.length + 1);
      const results = units.map((u) => injectUnit(u, target.schema));
      report.fields[name] = [...new Set(results.flatMap((r) => r.changed))].sort();
      report.unsafeUrls.push(...new Set(results.flatMap((r) => r.unsafeUrls.map((u) => `${name} › ${u}`))));
      writeFileSync(file, stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }));
    }
  }
  return report;
}
