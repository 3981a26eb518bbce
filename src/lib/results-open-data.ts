// Open data for annual results (dist/data/results.*, target-values.*): one row per report year and task with the
// state the site shows and the rule behind it, and one row per reported target value with its source.
import { z } from 'zod';
import { openResultSchema, openTargetValueSchema, type OpenResult, type OpenTargetValue } from '../schemas/result.ts';
import { stateLabels } from './status.ts';
import { toCsv } from './csv.ts';
import type { SiteData } from './site-data.ts';
import { resultsUrl, targetUrl } from './urls.ts';

export function openResults(d: SiteData, site: URL): OpenResult[] {
  return d.results.reports.flatMap((r) =>
    d.tasks.map((t) => {
      const s = d.results.states.get(r.year)!.get(t.id)!;
      return {
        year: r.year,
        task: t.id,
        state: s.state,
        state_label: stateLabels[s.state],
        rule: s.rule,
        reported_status: s.reported,
        summary: s.entry?.summary ?? null,
        percent: s.entry?.percent ?? null,
        reason: s.reason,
        evidence: (s.entry?.evidence ?? []).map((e) => ({ title: e.title, url: e.url ?? null })),
        report_document: r.document.number,
        report_date: r.document.date,
        report_issuer: r.document.issuer,
        published: r.published,
        url: new URL(resultsUrl(r.year), site).href,
      };
    }),
  );
}

export function openTargetValues(d: SiteData, site: URL): OpenTargetValue[] {
  return d.results.reports.flatMap((r) =>
    r.targets.map((v) => ({
      year: r.year,
      target: v.target,
      value: v.value,
      unit: v.unit,
      as_of: v.as_of,
      source: v.source,
      source_url: v.source_url ?? null,
      note: v.note ?? null,
      report_document: r.document.number,
      url: new URL(targetUrl(v.target), site).href,
    })),
  );
}

/** The results files of dist/data/, by name; empty lists (and header-only CSVs) until a report is published. */
export function resultsOpenDataFiles(d: SiteData, site: URL): Record<string, string> {
  const results = openResults(d, site);
  const values = openTargetValues(d, site);
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  const schema = (s: z.ZodType) => json(z.toJSONSchema(z.array(s), { target: 'draft-2020-12' }));
  return {
    'results.json': json(results),
    'results.csv': toCsv(
      ['year', 'task', 'state', 'state_label', 'rule', 'reported_status', 'summary', 'percent', 'reason', 'evidence', 'evidence_urls', 'report_document', 'report_date', 'report_issuer', 'published', 'url'],
      results.map((r) => [r.year, r.task, r.state, r.state_label, r.rule, r.reported_status, r.summary, r.percent, r.reason, r.evidence.map((e) => e.title).join('; '), r.evidence.flatMap((e) => (e.url ? [e.url] : [])).join(' '), r.report_document, r.report_date, r.report_issuer, r.published, r.url]),
    ),
    'results.schema.json': schema(openResultSchema),
    'target-values.json': json(values),
    'target-values.csv': toCsv(
      ['year', 'target', 'value', 'unit', 'as_of', 'source', 'source_url', 'note', 'report_document', 'url'],
      values.map((v) => [v.year, v.target, v.value, v.unit, v.as_of, v.source, v.source_url, v.note, v.report_document, v.url]),
    ),
    'target-values.schema.json': schema(openTargetValueSchema),
  };
}
