// Cross-file errors name the file and the line to fix, like every other data error; a data folder without the
// plan (CONTENT_DIR pointing at the wrong folder) is one clear message, not dozens naming content/.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/data-file.ts';
import { readSiteData } from '../../src/lib/site-data.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'hn122-integrity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => delete process.env.CONTENT_DIR);

function copy(name: string): string {
  const content = join(dir, name);
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  process.env.CONTENT_DIR = content;
  return content;
}
/** Replaces the first match in a file of the copy; returns the 1-based line it is on. */
function edit(file: string, from: RegExp, to: string): number {
  const text = readFileSync(file, 'utf8');
  const m = from.exec(text)!;
  writeFileSync(file, text.replace(from, to));
  return text.slice(0, m.index).split('\n').length;
}

describe('cross-file errors', () => {
  it('name the file and the line of the broken reference', () => {
    const content = copy('refs');
    const agencyLine = edit(join(content, 'tasks.yaml'), /(\n\s+- agency: )[a-z0-9-]+/, '$1co-quan-khong-co');
    const targetLine = edit(join(content, 'links.yaml'), /(targets: \[)([a-z0-9-]+)/, '$1muc-tieu-khong-co');
    const paragraphLine = edit(join(content, 'targets.yaml'), /(paragraph: )[a-z0-9-]+/, '$1doan-khong-co');
    const { data, problems } = readSiteData(ROOT, { withoutReports: true });
    expect(data).toBeNull();
    const find = (text: string) => problems.find((p) => p.message.includes(text));
    expect(find('co-quan-khong-co'), problems.map(formatProblem).join('\n')).toMatchObject({
      file: join(content, 'tasks.yaml'),
      line: agencyLine + 1,
    });
    expect(find('muc-tieu-khong-co')).toMatchObject({ file: join(content, 'links.yaml'), line: targetLine });
    expect(find('doan-khong-co')).toMatchObject({ file: join(content, 'targets.yaml'), line: paragraphLine });
    for (const p of problems) expect(p.line, formatProblem(p)).not.toBeNull();
  });
});

describe('a data folder without the plan', () => {
  it('is one message naming the folder and what CONTENT_DIR must hold', () => {
    const content = copy('no-plan');
    rmSync(join(content, 'plan'), { recursive: true });
    const { data, problems } = readSiteData(ROOT, { withoutReports: true });
    expect(data).toBeNull();
    expect(problems.filter((p) => p.severity === 'error')).toHaveLength(1);
    expect(problems[0]!.file).toBe(join(content, 'plan'));
    expect(problems[0]!.message).toMatch(/CONTENT_DIR/);
  });
});
