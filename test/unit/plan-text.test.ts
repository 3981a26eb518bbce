// The plan text is data: a plan file holds <Heading>/<Para> blocks of plain text and nothing else. Code (ESM
// import/export, {expressions}), raw HTML and other components are refused with the file and line, so nothing
// in content/plan can run at build time or put markup on a page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/data-file.ts';
import { parsePlanBody, parsePlanFile, PLAN_FILE, readPlanFiles } from '../../src/lib/plan-text.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PLAN = join(ROOT, 'content', 'plan');
const HEAD = '---\norder: 9\ntitle: "Thử"\n---\n\n<Para id="a">Đoạn đúng.</Para>\n\n';

describe('plan files', () => {
  it('content/plan parses strictly with no problem, into the same blocks the lenient reading finds', () => {
    const files = readdirSync(PLAN).filter((f) => PLAN_FILE.test(f));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      const source = readFileSync(join(PLAN, f), 'utf8');
      const strict = parsePlanFile(source, f);
      expect(strict.problems, f).toEqual([]);
      expect(strict.blocks, f).toEqual(parsePlanBody(source).blocks);
    }
    const { parts, problems } = readPlanFiles(PLAN, ROOT);
    expect(problems).toEqual([]);
    expect(parts.map((p) => p.order)).toEqual([...parts.keys()]);
  });

  it.each([
    [
      'an ESM import that would write a file at build time',
      'import fs from "node:fs";\nexport const x = fs.writeFileSync("/tmp/pwned", "x");\n',
      'import/export',
      8,
    ],
    ['an expression that would end the build with exit 0', '{process.exit(0)}\n', 'biểu thức mã', 8],
    ['an expression inside a paragraph', '<Para id="b">Đạt {1 + 1} mục tiêu</Para>\n', 'biểu thức mã', 8],
    ['a meta refresh to another site', '<meta http-equiv="refresh" content="0;url=https://evil.example/">\n', 'thẻ <meta>', 8],
    ['a script element', '\n\n<script>alert(1)</script>\n', 'thẻ <script>', 10],
    ['raw HTML inside a paragraph', '<Para id="b">Chữ <b>đậm</b></Para>\n', 'thẻ <b>', 8],
    ['another component', '<Chart id="x" />\n', 'thẻ <Chart>', 8],
    ['an MDX comment', '{/* ghi chú */}\n', 'biểu thức mã', 8],
    ['a block with a wrong id', '<Para id="Đoạn 1">x</Para>\n', 'khối viết sai', 8],
    ['text outside any block', 'Chữ lạc ngoài khối\n', 'nằm ngoài mọi khối', 8],
  ])('refuses %s, naming the file and line', (_, body, fragment, line) => {
    const { problems } = parsePlanFile(HEAD + body, 'content/plan/09-thu.mdx');
    const hit = problems.find((p) => p.message.includes(fragment));
    expect(hit, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(hit).toMatchObject({ file: 'content/plan/09-thu.mdx', line, severity: 'error' });
  });

  it('refuses a frontmatter without order or title', () => {
    expect(parsePlanFile('---\ntitle: "X"\n---\n<Para id="a">x</Para>\n', 'p.mdx').problems[0]!.message).toMatch(/order:/);
  });

  it('a plan folder that does not exist (CONTENT_DIR without plan/) is one clear problem', () => {
    const { problems } = readPlanFiles(join(ROOT, 'khong-co', 'plan'), ROOT);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('khong-co/plan');
    expect(problems[0]!.message).toMatch(/CONTENT_DIR/);
  });
});
