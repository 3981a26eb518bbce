// A corpus of broken results files (test/fixtures/bad-results/). Each file says in its header what must be reported:
//   # expect: <message fragment>   # field: <where fragment>   # at: <text on the reported line>
//   # as: <file name to save it under, default 2026.yaml>   # with: 2025 (an earlier sample report beside it)
//   # real: true (placed in content/results rather than a sample folder)
// Every file goes through the same loader as the build, then through `npm run validate`, which must fail cleanly.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_RESULTS_DIR, loadResults } from '../../src/lib/results.ts';
import { readPlanContext } from '../../src/lib/site-data.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'test/fixtures/bad-results');
const { plan } = readPlanContext(ROOT);
const roots: string[] = [];
afterAll(() => roots.forEach((d) => rmSync(d, { recursive: true, force: true })));

const cases = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((name) => {
    const text = readFileSync(join(CORPUS, name), 'utf8');
    const header = (key: string) => new RegExp(`^# ${key}: (.+)$`, 'm').exec(text)?.[1];
    return { name, text, expect: header('expect')!, field: header('field'), at: header('at'), as: header('as') ?? '2026.yaml', with: header('with'), real: header('real') === 'true' };
  });

/** Lay the case out as a project would: a results folder holding the file under its intended name. */
function layout(c: (typeof cases)[number]) {
  const root = mkdtempSync(join(tmpdir(), 'ket-qua-hong-'));
  roots.push(root);
  const dir = c.real ? DEFAULT_RESULTS_DIR : 'ket-qua';
  mkdirSync(join(root, dir), { recursive: true });
  copyFileSync(join(CORPUS, c.name), join(root, dir, c.as));
  if (c.with) copyFileSync(join(ROOT, 'test/fixtures/results', `${c.with}.yaml`), join(root, dir, `${c.with}.yaml`));
  return { root, dir, file: `${dir}/${c.as}` };
}

describe('the corpus of bad results files', () => {
  it('has a case for every check the issue lists', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) expect(c.expect, c.name).toBeTruthy();
  });

  for (const c of cases) {
    it(`${c.name}: rejected with "${c.expect}"`, () => {
      const { root, dir, file } = layout(c);
      const { problems } = loadResults(plan, { root, dir });
      const hit = problems.find((p) => p.severity === 'error' && p.message.includes(c.expect));
      expect(hit, `no error containing "${c.expect}"; got:\n${problems.map((p) => `${p.where}: ${p.message}`).join('\n')}`).toBeDefined();
      expect(hit!.file).toBe(file);
      if (c.field) expect(hit!.where).toContain(c.field);
      if (c.at) {
        expect(hit!.line, 'line number').not.toBeNull();
        const line = c.text.split('\n')[hit!.line! - 1]!;
        expect(line, `line ${hit!.line}`).toContain(c.at);
        expect(line, 'a data line, not the header comment').not.toMatch(/^\s*#/);
      }
    });
  }

});
