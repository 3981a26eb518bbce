// A submission as the YAML text of content/reports/<year>/<unit-id>.yaml: written by import-report and by the
// browser form's "download YAML". Every string is written as a JSON string, which is a valid YAML double-quoted
// scalar, so no value (a "#", a leading "-", a colon, Word's curly quotes) can change the meaning of the file.
// Small on purpose: the form page ships it, and the yaml package would triple its weight.
import type { SubmissionValues } from './model.ts';

const q = (s: unknown) => JSON.stringify(String(s));
const scalar = (v: unknown) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : q(v));
const present = (v: unknown) => v !== undefined && v !== null && v !== '';

export interface YamlOptions {
  /** First comment lines (without "#"). */
  header?: string[];
}

export function submissionYaml(s: SubmissionValues, opts: YamlOptions = {}): string {
  const out: string[] = (opts.header ?? []).map((l) => `# ${l}`);
  out.push(`unit: ${s.unit}`, `year: ${s.year}`);
  if (present(s.received)) out.push(`received: ${scalar(s.received)}`);
  out.push('', 'document:');
  for (const k of ['number', 'date', 'signer', 'url'] as const) if (present(s.document[k])) out.push(`  ${k}: ${scalar(s.document[k])}`);
  out.push('');
  if (!s.tasks.length) out.push('tasks: []');
  else {
    out.push('tasks:');
    for (const t of s.tasks) {
      out.push(`  - task: ${scalar(t.task)}`);
      for (const k of ['status', 'percent', 'summary', 'reason'] as const) if (present(t[k])) out.push(`    ${k}: ${scalar(t[k])}`);
      const ev = Array.isArray(t.evidence) ? (t.evidence as { title: unknown; url?: unknown }[]) : [];
      if (ev.length) {
        out.push('    evidence:');
        for (const e of ev) {
          out.push(`      - title: ${scalar(e.title)}`);
          if (present(e.url)) out.push(`        url: ${scalar(e.url)}`);
        }
      }
    }
  }
  out.push('');
  if (!s.proposals.length) out.push('proposals: []');
  else out.push('proposals:', ...s.proposals.map((p) => `  - ${scalar(p)}`));
  out.push('');
  if (!s.targets.length) out.push('targets: []');
  else {
    out.push('targets:');
    for (const t of s.targets) {
      out.push(`  - target: ${scalar(t.target)}`);
      for (const k of ['value', 'unit', 'as_of', 'source', 'scope'] as const) if (present(t[k])) out.push(`    ${k}: ${scalar(t[k])}`);
    }
  }
  return `${out.join('\n')}\n`;
}
