// One page of each type is valid HTML by the W3C's Nu Html Checker (vnu): 0 errors, with no exemption list (only the
// checker's own gap, container queries it does not know yet, is left out: vnu.ts). Every page of both builds is
// checked by `npm run test:sweeps` (test/sweeps/w3c.test.ts), which CI also runs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, fileOfPath, samplePaths, scratch } from '../support/site.ts';
import { hasJava, vnuErrors, vnuLine } from '../support/vnu.ts';

// Two pages made wrong on purpose go through the same run of the checker (Java starts once), so that a checker
// which stopped reporting would fail the suite rather than pass it.
const bad = scratch('vnu');
afterAll(() => rmSync(bad, { recursive: true, force: true }));

describe('the W3C Nu Html Checker (vnu)', () => {
  let found: string[] = [];
  const pages = samplePaths(DIST).map((p) => join(DIST, fileOfPath(p)));

  beforeAll(() => {
    if (!hasJava()) return;
    mkdirSync(bad, { recursive: true });
    const head = '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>x</title></head>';
    writeFileSync(join(bad, 'a.html'), `${head}<body><p>x</p></body></html><script src="/x.js"></script>`);
    writeFileSync(join(bad, 'b.html'), `${head}<body><p>x<div>y</div></p></body></html>`);
    // Container queries pass (the checker does not know them yet, see vnu.ts); a property that does not exist fails.
    writeFileSync(
      join(bad, 'c.html'),
      `${head.replace('</head>', '<style>div{container-type:inline-size}@container (width > 1px){p{color:red}}p{colr:red}</style></head>')}<body><div><p>x</p></div></body></html>`,
    );
    found = vnuErrors([...pages, bad]).map((m) => vnuLine(m, DIST));
  }, 300_000);

  it('has Java to run on (.ci/run installs default-jre-headless)', () => {
    expect(hasJava()).toBe(true);
  });

  it('reports no error on one page of each type', () => {
    expect(pages.length).toBeGreaterThanOrEqual(14);
    expect(found.filter((f) => !f.startsWith(bad))).toEqual([]);
  });

  it('would report a script after </html>, a block inside a paragraph and a CSS property that does not exist', () => {
    const ours = found.filter((f) => f.startsWith(bad)).join('\n');
    expect(ours).toMatch(/a\.html:\d+ Stray start tag “script”/);
    expect(ours).toMatch(/b\.html:\d+ .*(No “p” element in scope|end tag)/);
    expect(ours).toMatch(/c\.html:\d+ CSS: “colr”: Property “colr” doesn't exist/);
  });
});
