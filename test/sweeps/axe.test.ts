// `npm run test:a11y` (one of `npm run test:sweeps`): axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every HTML page
// of the real site and of the sample site (whose pages show reports, states and charts that the real site has no
// data for yet), at desktop width, with no console error on any of them. The main suite checks one page of each
// type at 320 px, a phone's width (test/e2e/a11y.test.ts); this sweep is its own command because it takes
// minutes, and CI runs it after the suite.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, twoAtATime } from '../support/axe.ts';
import { SAMPLE_DIST } from '../support/builds.ts';
import { openTab } from '../support/browser.ts';
import { launch } from '../support/chromium.ts';
import { builtPages } from '../support/e2e.ts';
import { DIST } from '../support/site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Every page of a site through axe, two at a time (twoAtATime), each lane a tab led from page to page (openTab). */
async function sweep(origin: string, pages: string[]): Promise<string[]> {
  const tabs = await Promise.all([openTab(browser), openTab(browser)]);
  try {
    return await twoAtATime(pages, async (path, lane) => {
      const { page, errors } = await tabs[lane].go(new URL(path, origin).href);
      return [...(await axeViolations(page)), ...errors.map((e) => `console: ${e}`)].map((f) => `${path}: ${f}`);
    });
  } finally {
    await Promise.all(tabs.map((t) => t.close()));
  }
}

describe('accessibility of every page (axe-core, WCAG 2.2 AA tags)', () => {
  it('finds no violation on any page of the real site', { timeout: 900_000 }, async () => {
    const pages = builtPages(DIST);
    expect(pages.length).toBeGreaterThan(80);
    expect(await sweep(inject('baseURL'), pages)).toEqual([]);
  });

  it('finds no violation on any page of the sample site', { timeout: 900_000 }, async () => {
    const pages = builtPages(SAMPLE_DIST);
    expect(pages.length).toBeGreaterThan(80);
    expect(await sweep(inject('sampleURL'), pages)).toEqual([]);
  });
});
