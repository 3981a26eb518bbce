// Text from data files is always escaped: a site built from data whose every text field carries script and
// HTML injection attempts (tasks, targets, agencies, units' reports) shows them as text and runs none of them. (The plan text in content/plan/*.mdx is
// compiled as code, not read as data, so it is out of scope here; reviewing it is reviewing code.)
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Dialog } from 'playwright-core';
import { serve } from '../support/server.ts';
import { recordingTab, searchInPage, visit } from '../support/browser.ts';
import { fileBrowser } from '../support/chromium.ts';
import { injectPayloads, PAYLOAD, SCRIPT_URLS, type InjectionReport } from '../support/inject.ts';
import {
  attr,
  copyContent,
  elements,
  htmlPages,
  parseFile,
  ROOT,
  runBuild,
  samplePaths,
  scratch,
  type BuildResult,
} from '../support/site.ts';

// Built while the file loads, so that the Chromium checks below can take their page types from this very site.
const content = copyContent('inject');
const out = join(content, '..', 'site');
// content/ has no published report yet: the fictional sample reports stand in, so report pages are covered too.
cpSync(join(ROOT, 'test', 'fixtures', 'reports'), join(content, 'reports'), { recursive: true });
const injected: InjectionReport = injectPayloads(content);
// Served at the root, so the build uses the default base path whatever this run's SITE_BASE is.
const build: BuildResult = await runBuild({ CONTENT_DIR: content, OUT_DIR: out, SITE_BASE: '/' });
const chromium = fileBrowser();
let server: Server;
let siteURL: string;

beforeAll(async () => {
  if (build.code !== 0) throw new Error(build.stderr);
  ({ server, url: siteURL } = await serve(out));
  await chromium.start();
});
let tab: Awaited<ReturnType<typeof recordingTab>> | undefined;
afterAll(async () => {
  await tab?.close();
  await chromium.stop();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  rmSync(join(content, '..'), { recursive: true, force: true });
});

const EXECUTABLE_SCRIPT_TYPES = ['', 'module', 'text/javascript', 'application/javascript'];

describe("injection attempts in every text field of tasks, targets, agencies and units' reports", () => {
  it('reach every free-text field, and no id, reference or number', () => {
    expect(injected.fields['tasks.yaml']).toEqual([
      'coordinating[].condition',
      'coordinating_as_written',
      'lead[].condition',
      'lead_as_written',
      'period_as_written',
      'title',
    ]);
    expect(injected.fields['agencies.yaml']).toEqual(['aliases[]', 'name']);
    expect(injected.fields['targets.yaml']).toEqual([
      'due.text',
      'measure',
      'reported_by.basis',
      'statement',
      'stretch.value_text',
      'unit',
      'value_text',
    ]);
    const results = [
      ...new Set(
        Object.entries(injected.fields)
          .filter(([f]) => f.startsWith('reports/'))
          .flatMap(([, fs]) => fs),
      ),
    ].sort();
    // Every text field the sample reports fill in; dates, years, statuses, ids and numbers refuse the payload.
    expect(results).toEqual(
      expect.arrayContaining([
        'document.issuer',
        'document.number',
        'document.title',
        'document.signer',
        'summary',
        'proposals[]',
        'request.document',
        'targets[].scope',
        'targets[].source',
        'targets[].unit',
        'tasks[].evidence[].title',
        'tasks[].reason',
        'tasks[].summary',
      ]),
    );
    expect(
      results.filter((f) => /year|date|published|as_of|status|percent|value|deadline|received|^unit$|\.task$|\.target$/.test(f)),
    ).toEqual([]);
  });

  it('find no URL field that accepts a javascript: or data: address', () => {
    expect(injected.unsafeUrls).toEqual([]);
  });

  it('would report a URL field whose schema takes any string', () => {
    const dir = scratch('inject-url');
    try {
      writeFileSync(join(dir, 'links.yaml'), '- id: a\n  evidence: https://example.org/report.pdf\n');
      const loose = z.object({ id: z.string(), evidence: z.string() });
      const r = injectPayloads(dir, [{ files: 'links.yaml', schema: loose }]);
      expect(r.unsafeUrls).toHaveLength(SCRIPT_URLS.length);
      const strict = z.object({ id: z.string(), evidence: z.url({ protocol: /^https?$/ }) });
      writeFileSync(join(dir, 'links.yaml'), '- id: a\n  evidence: https://example.org/report.pdf\n');
      expect(injectPayloads(dir, [{ files: 'links.yaml', schema: strict }]).unsafeUrls).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('still build', () => {
    expect(build.code).toBe(0);
  });

  it('leave no executable script, event handler or injected element in any built page', () => {
    const problems: string[] = [];
    let shown = 0;
    for (const page of htmlPages(out)) {
      for (const el of elements(parseFile(join(out, page)))) {
        for (const a of el.attrs) if (/^on/i.test(a.name)) problems.push(`${page}: <${el.tagName} ${a.name}>`);
        const href = attr(el, 'href') ?? attr(el, 'src') ?? '';
        if (/^\s*(javascript|data|vbscript):/i.test(href)) problems.push(`${page}: <${el.tagName}> links to ${href}`);
        if (el.tagName === 'svg' || (el.tagName === 'img' && attr(el, 'src') === 'x')) problems.push(`${page}: injected <${el.tagName}>`);
        const text = el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
        if (el.tagName === 'script' && EXECUTABLE_SCRIPT_TYPES.includes(attr(el, 'type') ?? '') && text.includes('__pwned'))
          problems.push(`${page}: executable script with the payload`);
        if (el.tagName !== 'script' && text.includes('<script>window.__pwned=1</script>')) shown++;
      }
    }
    expect(problems).toEqual([]);
    // The payload is really there, as text, on many pages: the check above is not vacuous.
    expect(shown).toBeGreaterThan(100);
  });

  it.each(build.code === 0 ? samplePaths(out) : [])('/%s runs nothing and shows the payload as text in Chromium', async (path) => {
    // One tab led from page to page, its cache off so that each page's requests list all it loads (recordingTab).
    tab ??= await recordingTab(chromium.browser);
    const dialogs: string[] = [];
    const onDialog = (d: Dialog) => void dialogs.push(d.message());
    tab.page.on('dialog', onDialog);
    const v = await tab.go(new URL(path, `${siteURL}/`).href);
    await tab.settled();
    expect(await v.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // An <img src=x> that became an element would have asked the server for "x".
    expect(v.requests.filter((u) => /\/x$/.test(new URL(u).pathname))).toEqual([]);
    expect(await v.page.locator('svg, img[src="x"]').count()).toBe(0);
    const text = await v.page.locator('body').innerText();
    const html = await v.page.content();
    if (html.includes('__pwned')) expect(text).toContain(PAYLOAD.trim().split(' &amp;')[0]!);
    tab.page.off('dialog', onDialog);
  });

  it('a task page shows the whole payload, entity included, as the data wrote it', async () => {
    const v = await visit(chromium.browser, `${siteURL}/nhiem-vu/pl2-01/`);
    expect(await v.page.locator('h1').innerText()).toContain(PAYLOAD.trim());
    expect(await v.page.title()).toContain('<script>window.__pwned=1</script>');
    await v.context.close();
  });

  it('search results carry the payload only as escaped text', async () => {
    const v = await visit(chromium.browser, `${siteURL}/`);
    const found = await searchInPage(v.page, '/', 'pwned');
    expect(found.urls.length).toBeGreaterThan(0);
    // Search UIs insert excerpts as HTML (for the <mark> highlights): nothing else may be markup.
    for (const excerpt of found.excerpts) expect(excerpt.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z/]/i);
    expect(found.excerpts.join(' ')).toMatch(/&lt;script&gt;|&lt;img/);
    await v.context.close();
  });
});
