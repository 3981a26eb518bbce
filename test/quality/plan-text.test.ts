// The plan text reaches the page as signed: each block's words in dist/ke-hoach/ are exactly those of content/plan
// (which test/fidelity proves match the signed document), straight quotes included. And the plan files are data:
// code, expressions and raw HTML in them stop the build with the file and line, and nothing in them runs.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, sha256 } from '../../src/integrations/checksums.ts';
import { readPlanFiles, squash } from '../../src/lib/plan-text.ts';
import type { PlanBlock } from '../../src/schemas/index.ts';
import { attr, copyContent, DIST, elements, ROOT, runBuild, scratch, type Element } from '../support/site.ts';
import { parse } from 'parse5';

const textOf = (el: Element): string =>
  el.childNodes
    .map((c) => ('value' in c ? (c as { value: string }).value : 'tagName' in c && attr(c, 'class') !== 'permalink' ? textOf(c) : ''))
    .join('');

/** Each block of the plan as the page shows it, by anchor, without its permalink; and the order of the anchors. */
function renderedBlocks(html: string): { ids: string[]; text: Map<string, string> } {
  const text = new Map<string, string>();
  const ids: string[] = [];
  for (const el of elements(parse(html))) {
    const cls = attr(el, 'class') ?? '';
    const id = attr(el, 'id');
    if (id && /\bplan-(heading|para)\b/.test(cls)) {
      ids.push(id);
      text.set(id, squash(textOf(el)));
    }
  }
  return { ids, text };
}

/** Blocks whose rendered words differ from the source's, with both sides. */
function mismatches(blocks: PlanBlock[], html: string): string[] {
  const { text } = renderedBlocks(html);
  return blocks
    .filter((b) => text.get(b.id) !== squash(b.text))
    .map((b) => `${b.id}:\n  source: ${squash(b.text)}\n  page:   ${text.get(b.id)}`);
}

const { parts, problems } = readPlanFiles(join(ROOT, 'content', 'plan'), ROOT);
const blocks = parts.flatMap((p) => p.blocks);
const page = () => readFileSync(join(DIST, 'ke-hoach', 'index.html'), 'utf8');

describe('the plan page (dist/ke-hoach/) shows the plan text exactly', () => {
  it('reads content/plan without a problem', () => {
    expect(problems).toEqual([]);
    expect(blocks.length).toBeGreaterThan(100);
  });

  it('has every block, in document order, and nothing else marked as plan text', () => {
    expect(renderedBlocks(page()).ids).toEqual(blocks.map((b) => b.id));
  });

  it('shows the words of every block exactly, straight quotes and dashes included', () => {
    expect(mismatches(blocks, page())).toEqual([]);
    const zero = blocks.find((b) => b.text.includes('"0"'))!;
    expect(renderedBlocks(page()).text.get(zero.id)).toContain('bằng "0"');
  });

  it('would catch smart quotes, a changed dash or a dropped word on the page (the check can fail)', () => {
    const html = page();
    expect(mismatches(blocks, html.replace('"0"', '“0”').replace('&quot;0&quot;', '“0”'))).toHaveLength(1);
    expect(mismatches(blocks, html.replace(' - xã hội', ' – xã hội'))).not.toEqual([]);
    expect(mismatches(blocks, html.replace('thất thoát', 'thoát'))).not.toEqual([]);
  });
});

describe('plan files holding code, expressions or raw HTML', () => {
  const dir = scratch('plan-code');
  const out = join(dir, 'site');
  const marker = join(dir, 'pwned');
  let before: Map<string, string>;
  let r: Awaited<ReturnType<typeof runBuild>>;
  const content = copyContent('plan-code');
  const plan = join(content, 'plan');
  /** Appends a hostile line to a plan file; returns its line number. */
  function plant(file: string, text: string): number {
    const path = join(plan, file);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    writeFileSync(path, `${lines.join('\n')}\n\n${text}\n`);
    return lines.length + 2;
  }
  const planted = {
    '01-muc-dich-yeu-cau.mdx': plant(
      '01-muc-dich-yeu-cau.mdx',
      `import fs from 'node:fs';\nexport const x = fs.writeFileSync(${JSON.stringify(marker)}, 'chạy được');`,
    ),
    '02-nhiem-vu-va-giai-phap.mdx': plant('02-nhiem-vu-va-giai-phap.mdx', '{process.exit(0)}'),
    '04-to-chuc-thuc-hien.mdx': plant('04-to-chuc-thuc-hien.mdx', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'),
  };

  beforeAll(async () => {
    cpSync(DIST, out, { recursive: true, dereference: true });
    before = new Map(listFiles(out).map((f) => [f, sha256(readFileSync(join(out, f)))]));
    r = await runBuild({ CONTENT_DIR: content, OUT_DIR: out });
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(content, '..'), { recursive: true, force: true });
  });

  it('stop the build (exit 1, never 0) and leave the published site as it was', () => {
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(new Map(listFiles(out).map((f) => [f, sha256(readFileSync(join(out, f)))]))).toEqual(before);
  });

  it('run nothing: the import never wrote its file', () => {
    expect(existsSync(marker)).toBe(false);
  });

  it.each(Object.entries(planted))('name %s and the line of the code', (file, line) => {
    expect(r.stderr).toContain(`${join(plan, file)}, dòng ${line}`);
  });
});
