// `npm run test:sweeps`: every page of the real and the sample site is valid HTML by the W3C's Nu Html Checker
// (vnu), with no exemption list: 0 errors. The main suite checks one page of each type (test/quality/w3c.test.ts);
// this sweep takes about a minute, so it runs with the other all-pages sweeps, which CI also runs.
import { describe, expect, it } from 'vitest';
import { SAMPLE_DIST } from '../support/builds.ts';
import { DIST, htmlPages } from '../support/site.ts';
import { vnuErrors, vnuLine } from '../support/vnu.ts';

describe('the W3C Nu Html Checker (vnu) on every page', () => {
  it.each([
    ['real', DIST],
    ['sample', SAMPLE_DIST],
  ])('reports no error on any page of the %s site', { timeout: 600_000 }, (_, dist) => {
    expect(htmlPages(dist).length).toBeGreaterThan(80);
    const errors = vnuErrors([dist]).map((m) => vnuLine(m, dist));
    expect(errors).toEqual([]);
  });
});
