// The folder tree is the architecture (README, "How it is built"): the site in src/ stands alone, and what only
// tests and the benchmark need lives in test/ and bench/. A src/ file importing from either would ship test code
// into the build, or make the site depend on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/integrations/checksums.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCE = /\.(ts|mts|js|mjs|astro)$/;
// Static imports, re-exports and dynamic import() with a literal specifier.
const SPECIFIER = /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g;

function importsOf(text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2]!);
}

describe('src/ never imports from test/ or bench/', () => {
  const files = listFiles(join(ROOT, 'src')).filter((f) => SOURCE.test(f));

  it('reads the source files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('finds no import that leaves src/ for test/ or bench/', () => {
    const wrong = files.flatMap((f) =>
      importsOf(readFileSync(join(ROOT, 'src', f), 'utf8'))
        .filter((spec) => /(^|\/)(test|bench)\//.test(spec) && spec.startsWith('.'))
        .map((spec) => `src/${f}: ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  it('would catch one', () => {
    expect(importsOf(`import { serve } from '../../test/support/server.ts';\nconst x = await import('../bench/synth.ts');`)).toEqual([
      '../../test/support/server.ts',
      '../bench/synth.ts',
    ]);
  });
});
