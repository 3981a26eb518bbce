// The Pages workflow stays in step with the project: valid YAML, only npm scripts that exist, tests on every
// pull request, deployment from main only, with the permissions deploy-pages documents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/site.ts';

interface Step {
  run?: string;
  uses?: string;
  if?: string;
}
interface Job {
  needs?: string;
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/pages.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};
const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

describe('.github/workflows/pages.yml', () => {
  it('runs on every pull request and on main', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(workflow.on['push']).toEqual({ branches: ['main'] });
  });

  it('uses only npm scripts that exist, and runs build, check and the whole test suite', () => {
    const runs = Object.values(workflow.jobs)
      .flatMap((j) => j.steps.map((s) => s.run ?? ''))
      .join('\n');
    const used = [...runs.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    for (const s of used) expect(scripts, `npm run ${s}`).toContain(s);
    expect(used).toEqual(expect.arrayContaining(['build', 'check']));
    expect(runs).toMatch(/npm test/);
  });

  it('installs with npm ci, exactly the lockfile, like .ci/run', () => {
    const runs = Object.values(workflow.jobs)
      .flatMap((j) => j.steps.map((s) => s.run ?? ''))
      .join('\n');
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    for (const text of [runs, ci]) {
      expect(text).toMatch(/^\s*npm ci\b/m);
      expect(text).not.toMatch(/^\s*npm (install|i)\b/m);
    }
  });

  it('deploys only from main, with no more permissions than deploy-pages needs', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const deploy = workflow.jobs['deploy']!;
    expect(deploy.needs).toBe('test');
    expect(deploy.if).toMatch(/refs\/heads\/main/);
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('attaches the built site to every pull request, so the editor can preview it before merging', () => {
    const steps = workflow.jobs['test']!.steps as (Step & { with?: Record<string, unknown> })[];
    const build = steps.findIndex((s) => /npm run build/.test(s.run ?? ''));
    const upload = steps.findIndex((s) => (s.uses ?? '').startsWith('actions/upload-artifact@') && s.with?.['path'] === 'dist');
    expect(upload).toBeGreaterThan(build);
    expect(steps[upload]!.if).toMatch(/pull_request/);
  });

  it('installs LibreOffice Calc, which the workbook round trip needs', () => {
    expect(workflow.jobs['test']!.steps.map((s) => s.run ?? '').join('\n')).toMatch(/libreoffice-calc-nogui/);
  });
});
