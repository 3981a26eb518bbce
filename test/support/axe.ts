// axe-core as every browser test runs it: the WCAG 2.0, 2.1 and 2.2 rules of levels A and AA, each violation as one
// line naming the rule and the elements, and a page on which axe ran no rule at all counted as a failure (a check
// that cannot fail is a defect).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe-core's minified build: the same rules as the 1.5 MB source AxeBuilder injects by default, in 0.65 MB to compile.
const AXE_MIN = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe with the WCAG tags, run in the page itself ("legacy" mode). The default mode opens a second, blank page for
 * every run to merge the results of cross-origin frames, and injects axe into it again; the site has no frames, and
 * in the page a run takes 30–60 % less time with the same violations, passes and incomplete results.
 */
export const axeFor = (page: Page) => new AxeBuilder({ page, axeSource: AXE_MIN }).setLegacyMode(true).withTags(WCAG_TAGS);

/** The page's violations as "rule (impact): selector, …" (five elements at most per rule); empty when it passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Long blocks are laid out only as they near the screen (.defer-render: content-visibility: auto, global.css); until
  // then their content has no real geometry, and axe's size and spacing rules would measure a placeholder box with
  // the content spilling out of it. A reader sees each block laid out, so axe checks it laid out.
  await page.evaluate(() => {
    for (const e of document.querySelectorAll<HTMLElement>('.defer-render')) e.style.contentVisibility = 'visible';
  });
  const r = await axeFor(page).analyze();
  return [
    ...(r.passes.length === 0 ? ['axe ran no rule'] : []),
    ...r.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    ),
  ];
}

/**
 * Runs `check` over the items two at a time and gathers what it finds, sorted. axe spends its time in Chromium's
 * renderer, one process per page, so two pages at once keep both cores of a two-core machine busy. `lane` (0 or 1)
 * says which of the two runs asks, so that each can lead its own tab from page to page (openTab).
 */
export async function twoAtATime<T>(items: readonly T[], check: (item: T, lane: 0 | 1) => Promise<string[]>): Promise<string[]> {
  const queue = [...items];
  const found: string[] = [];
  const worker = async (lane: 0 | 1) => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) found.push(...(await check(item, lane)));
  };
  await Promise.all([worker(0), worker(1)]);
  return found.sort();
}
