// Data files are read by js-yaml when their text needs no parse tree, and by the `yaml` package's tree (with line
// positions) when it might hold a problem or when a message needs a line (src/lib/data-file.ts, issue 15). Both
// paths must give the same data for every file the fast path accepts, or validation would depend on the path.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFast, parseWithPositions, parseYamlText } from '../../src/lib/data-file.ts';
import { reportsFolder, synthesize, writeContent } from '../../bench/synth.ts';
import { stringify } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'hn122-yaml-fast-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const readData = (f: string) =>
  readFileSync(f, 'utf8')
    .replace(/^\uFEFF/, '')
    .normalize('NFC');
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.yaml'))
    .map((d) => join(d.parentPath, d.name));

describe('the fast read of a data file', () => {
  it('gives the data the parse tree gives, for every data file of the project and its fixtures', () => {
    const files = [...yamlFiles(join(ROOT, 'content')), ...yamlFiles(join(ROOT, 'test', 'fixtures'))];
    expect(files.length).toBeGreaterThan(5);
    let fast = 0;
    for (const f of files) {
      const text = readData(f);
      const tree = parseWithPositions(f, text);
      const quick = parseFast(text);
      if (!quick) continue;
      fast++;
      expect(tree.problems, f).toEqual([]);
      expect(quick.data, f).toEqual(tree.data);
    }
    expect(fast).toBeGreaterThan(0);
  });

  it('takes the fast path for the benchmark’s plan and report files, with the same data', () => {
    const content = join(scratch, 'content');
    writeContent(synthesize(200), content);
    const files = [...yamlFiles(content), ...yamlFiles(reportsFolder(content))];
    expect(files.length).toBeGreaterThan(500);
    let fast = 0;
    for (const f of files) {
      const text = readData(f);
      const quick = parseFast(text);
      if (!quick) continue;
      fast++;
      expect(quick.data, f).toEqual(parseWithPositions(f, text).data);
    }
    // Every report file: what a national-scale build reads 70,000 of.
    expect(fast).toBeGreaterThanOrEqual(yamlFiles(reportsFolder(content)).length);
  });

  it('reads plain scalars as the YAML 1.2 core schema of the parse tree does, corner cases included', () => {
    const values = [
      '2030',
      '-7',
      '+5',
      '012',
      '0',
      '1.',
      '-.5',
      '.5',
      '1e3',
      '1.5E-2',
      '12.5',
      '100.0',
      '~',
      'null',
      'Null',
      'NULL',
      '',
      'true',
      'True',
      'FALSE',
      'yes',
      'no',
      'on',
      '2030-11-20',
      '12:30',
      '1_000',
      '0.1.2',
      'Sở Xây dựng',
      '"quoted 12"',
      "'x''y'",
      '[]',
      '{}',
    ];
    for (const v of values) {
      const text = `a: ${v}\nb:\n  - ${v}\n`;
      const tree = parseWithPositions('v.yaml', text);
      expect(tree.problems, v).toEqual([]);
      const quick = parseFast(text);
      expect(quick, v).toBeDefined();
      expect(quick!.data, v).toEqual(tree.data);
    }
  });

  it('leaves to the parse tree every text whose checks need it, with the same messages as before', () => {
    const slow = [
      'a: &x 1\nb: *x\n', // aliases
      'a: 0x1F\n', // not decimal
      'a: .inf\n',
      'a: 1.234\n', // thousands separator
      'a: giá trị # ghi chú\n', // a comment that cuts the value
      'a: “trích dẫn”\n', // curly quote opening a value
      'a:\n\tb: 1\n', // a tab
      'a: dòng một\n  dòng hai\n', // a value on two lines
      'a: |\n  khối\n', // block scalar
      'a: [1, 2]\n', // flow collection
      'a: 1\n---\nb: 2\n', // two documents
      'a: 1\na: 2\n', // duplicate key: a syntax error for both
      'a: b: c\n', // ": " inside a plain value
      `a: "${'x'.repeat(5001)}"\n`, // too long
      'a: "\u200B"\n', // invisible only
    ];
    for (const text of slow) expect(parseFast(text), JSON.stringify(text.slice(0, 40))).toBeUndefined();
    expect(parseYamlText('x.yaml', 'a: giá trị # ghi chú\n').problems[0]).toMatchObject({ line: 1 });
    expect(parseYamlText('x.yaml', 'a: 1\na: 2\n').problems[0]!.message).toMatch(/được ghi hai lần/);
  });

  it('still names the line of a value when a later check asks, by parsing that one file again', () => {
    const text = stringify({
      unit: 'so-x',
      year: 2030,
      tasks: [
        { task: 'a', status: 'x' },
        { task: 'b', status: 'y' },
      ],
    });
    expect(parseFast(text)).toBeDefined();
    const parsed = parseYamlText('r.yaml', text);
    const line = text.split('\n').findIndex((l) => l.includes('status: y')) + 1;
    expect(parsed.lineOf(['tasks', 1, 'status'])).toBe(line);
    expect(parsed.sourceOf?.(['year'])).toBe('2030');
  });
});
