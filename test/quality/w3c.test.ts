// Every built page is valid HTML by the W3C's Nu Html Checker (vnu), with no exemption list: 0 errors.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, scratch } from '../support/site.ts';
import { hasJava, vnuErrors } from '../support/vnu.ts';

const short = (url: string) =>
  decodeURI(url)
    .replace(/^file:/, '')
    .replace(`${DIST}/`, '');

describe('the W3C Nu Html Checker (vnu)', () => {
  it('has Java to run on (.ci/run installs default-jre-headless)', () => {
    expect(hasJava()).toBe(true);
  });

  it('reports no error on any built page', { timeout: 600_000 }, () => {
    expect(htmlPages(DIST).length).toBeGreaterThan(80);
    const errors = vnuErrors([DIST]).map((m) => `${short(m.url)}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  });

  it('would report a script after </html> and a block inside a paragraph', { timeout: 120_000 }, () => {
    const dir = scratch('vnu');
    try {
      mkdirSync(dir, { recursive: true });
      const head = '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>x</title></head>';
      writeFileSync(join(dir, 'a.html'), `${head}<body><p>x</p></body></html><script src="/x.js"></script>`);
      writeFileSync(join(dir, 'b.html'), `${head}<body><p>x<div>y</div></p></body></html>`);
      const found = vnuErrors([dir]).map((m) => `${short(m.url)} ${m.message}`);
      expect(found.join('\n')).toMatch(/a\.html Stray start tag “script”/);
      expect(found.join('\n')).toMatch(/b\.html .*(No “p” element in scope|end tag)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
