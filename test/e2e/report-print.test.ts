// The printable public report of a year (/ket-qua/<year>/in/), printed by Chromium as a reader prints it: laid out
// at the width of an A4 text column with the print stylesheet, every table measured for clipping, then printed to
// PDF and read back (page size, page count, page numbers, the site's address and the data's commit on every page,
// the sample banner on the first). Its content is checked against the same model the Word draft is made from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dataCommit, shortCommit } from '../../src/lib/data-version.ts';
import { readSiteData } from '../../src/lib/site-data.ts';
import { reportForYear } from '../../src/report/from-site.ts';
import { textOf } from '../../src/report/model.ts';
import { visit, type Visit } from '../support/browser.ts';
import { fileBrowser } from '../support/chromium.ts';
import { htmlValidateConfig } from '../support/htmlvalidate.ts';
import { A4_PT, pdfFacts, pdfPages } from '../support/pdf.ts';
import { axeViolations } from '../support/axe.ts';
import { printLayout } from '../support/print.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const YEAR = 2026;
const MARGINS = { left: 25, right: 15 };
const BANNER = 'DỮ LIỆU MẪU — KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC.';

const chromium = fileBrowser();
let opened: Visit;
let page: Page;
beforeAll(async () => {
  await chromium.start();
  opened = await visit(chromium.browser, new URL(`ket-qua/${YEAR}/in/`, inject('sampleURL')).href);
  page = opened.page;
});
afterAll(async () => {
  await opened?.context.close();
  await chromium.stop();
});

describe(`/ket-qua/${YEAR}/in/ built from the sample submissions`, () => {
  it('loads its print stylesheet under the Content Security Policy, with no error, and passes axe (WCAG 2.2 AA)', async () => {
    expect(opened.requests.some((u) => u.endsWith('/ket-qua/in.css'))).toBe(true);
    expect(opened.violations).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is valid HTML (html-validate, with the configuration of the site)', async () => {
    // The real site has no report yet, so the quality sweep never sees this page: it is checked here, on the sample.
    const report = await new HtmlValidate(htmlValidateConfig).validateFile(
      join(ROOT, inject('sampleDir'), 'ket-qua', String(YEAR), 'in', 'index.html'),
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} [${m.ruleId}] ${m.message}`))).toEqual([]);
  });

  it('carries the report the Word draft is made from, paragraph by paragraph, and says it is not an issued document', async () => {
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    // The as-of date the page was built with, so the model is recomputed for the same day.
    const asOf = /Số liệu tính đến ngày (\d{2})\/(\d{2})\/(\d{4})/.exec(text);
    expect(asOf).not.toBeNull();
    process.env.AS_OF_DATE = `${asOf![3]}-${asOf![2]}-${asOf![1]}`;
    try {
      const { data } = readSiteData(ROOT, { reportsDir: join('test', 'fixtures', 'reports') });
      const doc = reportForYear(data!, YEAR);
      const paragraphs = doc.blocks
        .flatMap((b) => (b.kind === 'table' ? [b.caption, ...b.head, ...b.rows.flat()] : [b.content]))
        .map((l) => textOf(l).replace(/\s+/g, ' '));
      expect(paragraphs.length).toBeGreaterThan(100);
      expect(paragraphs.filter((p) => !text.includes(p))).toEqual([]);
    } finally {
      delete process.env.AS_OF_DATE;
    }
    expect(text).toContain('Đây không phải văn bản do cơ quan nào ban hành.');
  });

  it('fits every table in an A4 text column under the print stylesheet: nothing clipped, nothing past the margin', async () => {
    const layout = await printLayout(page, MARGINS);
    expect(layout.tables.length).toBeGreaterThan(0);
    for (const t of layout.tables) {
      expect(t.scrollWidth, t.caption).toBeLessThanOrEqual(t.clientWidth);
      expect(t.right, t.caption).toBeLessThanOrEqual(layout.column + 1);
    }
    expect(layout.overflowing).toEqual([]);
    // The measure can fail: a table forced wider than the column is reported, then removed again.
    await page.evaluate(() => {
      const t = document.createElement('table');
      t.id = 'trop-rong';
      t.style.minWidth = '2000px';
      t.innerHTML = '<tr><td>x</td></tr>';
      document.querySelector('main')!.append(t);
    });
    const wide = await printLayout(page, MARGINS);
    expect(wide.overflowing.some((o) => o.startsWith('table#trop-rong'))).toBe(true);
    await page.evaluate(() => document.getElementById('trop-rong')!.remove());
    // Header rows repeat on every printed page of a long table.
    const heads = await page.locator('main table thead').evaluateAll((els) => els.map((e) => getComputedStyle(e).display));
    expect(heads.every((d) => d === 'table-header-group')).toBe(true);
  });

  it('prints to A4 with page numbers, the site address and the data commit on every page, and the banner on the first', async () => {
    const started = performance.now();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const seconds = (performance.now() - started) / 1000;
    const facts = pdfFacts(Buffer.from(pdf));
    const pages = pdfPages(pdf);
    console.log(
      `print ${YEAR} (sample): ${facts.pages} pages A4, ${(facts.bytes / 1024).toFixed(0)} KB PDF, printed in ${seconds.toFixed(1)} s`,
    );
    expect(facts.wellFormed).toBe(true);
    expect(facts.pages).toBeGreaterThan(2);
    expect(pages).toHaveLength(facts.pages);
    for (const [w, h] of facts.sizes) {
      expect(w).toBeCloseTo(A4_PT[0], -1);
      expect(h).toBeCloseTo(A4_PT[1], -1);
    }
    const css = readFileSync(join(ROOT, inject('sampleDir'), 'ket-qua', 'in.css'), 'utf8');
    const address = /content: "([^ ]+) · dữ liệu/.exec(css)?.[1];
    expect(address).toMatch(/^https?:\/\//);
    const commit = dataCommit(ROOT);
    pages.forEach((p, i) => {
      const flat = p.replace(/\s+/g, ' ');
      expect(flat, `page ${i + 1}`).toContain(`Trang ${i + 1} / ${pages.length}`);
      expect(flat, `page ${i + 1}`).toContain(address!);
      if (commit) expect(flat, `page ${i + 1}`).toContain(`dữ liệu: phiên bản ${shortCommit(commit)}`);
    });
    expect(pages[0]!.replace(/\s+/g, ' ')).toContain(BANNER);
  });
});
