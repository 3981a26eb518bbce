// Text hygiene at the door: every data file is read by src/lib/data-file.ts, which refuses what would corrupt a
// page or mislead a reader, and says in Vietnamese which file and line to fix and how. Nothing is converted by guess.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, LIMITS, parseYamlFile, readTextFile, readYamlList } from '../../src/lib/data-file.ts';
import { loadReports, type ReportContext } from '../../src/lib/reports.ts';
import { loadSiteData } from '../../src/lib/site-data.ts';
import { slug, text, webLink } from '../../src/schemas/common.ts';
import { taskSchema } from '../../src/schemas/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'hn122-door-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parse(name: string, content: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return parseYamlFile(path, dir);
}

/** [case, file content, message fragment, line] */
const REFUSED: [string, string | Buffer, string, number | null][] = [
  [
    'Windows-1258 bytes',
    Buffer.concat([Buffer.from('a: ok\nb: '), Buffer.from([0xd0, 0xe3]), Buffer.from(' gửi\n')]),
    'không phải UTF-8',
    2,
  ],
  ['UTF-16 with BOM', Buffer.from('\uFEFFa: báo cáo\n', 'utf16le'), 'UTF-16', 1],
  ['UTF-16 without BOM', Buffer.from('a: báo cáo\n', 'utf16le'), 'UTF-16', 1],
  ['a control character', 'a: ok\nb: "x\u0007y"\n', 'U+0007 ở cột 6', 2],
  ['a bidi override that shows %001 as 100%', 'summary: "Đã giải ngân \u202e%001\u202c"\n', 'U+202E', 1],
  ['a value made only of U+200B', 'a: ok\nsummary: "\u200b"\n', 'chỉ gồm ký tự không nhìn thấy', 2],
  ['a value beginning with a curly quote', 'a: ok\nsummary: “Hoàn thành”\n', 'dấu nháy cong', 2],
  ['text after " #" in an unquoted value', 'a: ok\nsummary: Đạt 50% #2 mục tiêu\n', 'bị YAML coi là ghi chú', 2],
  ['a hexadecimal year', 'a: ok\nyear: 0x7E9\n', 'hệ thập phân', 2],
  ['an octal number', 'n: 0o17\n', 'hệ thập phân', 1],
  [
    'an alias bomb (billion laughs)',
    `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`,
    'bí danh YAML',
    2,
  ],
  ['a text field over 5,000 characters', `a: ok\nsummary: ${'x'.repeat(LIMITS.textChars + 1)}\n`, 'quá giới hạn 5000 ký tự', 2],
  [
    'a missing "- " (a field written twice)',
    '- id: a\n  name: A\n- id: b\n  name: B\n  id: c\n  name: C\n',
    'còn thiếu "- " ở đầu dòng',
    5,
  ],
  ['a missing "- " at the margin', '- id: a\n  name: A\nid: b\nname: B\n', 'còn thiếu "- "', 3],
  ['a field indented too far', '- id: a\n  name: A\n   kind: x\n', 'thụt lề không khớp', 3],
  ['a field indented too little', '- id: a\n  name: A\n kind: x\n', 'thụt lề không khớp', 3],
  ['a Tab for indentation', '- id: a\n\tname: A\n', 'phím Tab', 2],
  ['an unclosed quote', '- id: a\n  name: "A\n- id: b\n  name: B\n', 'chưa được đóng', 2],
  ['a colon inside an unquoted value', '- id: a\n  name: Văn bản: số 1\n', 'dấu hai chấm', 2],
];

describe('data files: refused at the door, naming the file and line', () => {
  it.each(REFUSED)('%s', (name, content, fragment, line) => {
    const r = parse(`${name.replace(/\W+/g, '-')}.yaml`, content);
    expect(r.data).toBeUndefined();
    const hit = r.problems.find((p) => p.message.includes(fragment));
    expect(hit, r.problems.map(formatProblem).join('\n')).toBeDefined();
    expect(hit!.file).toMatch(/\.yaml$/);
    expect(hit!.line).toBe(line);
    // One plain sentence, never a stack trace or the parser's English.
    expect(formatProblem(hit!)).not.toMatch(/ at |Error|Unexpected|indicator|Map keys/);
  });

  it('accepts a byte order mark, and does not report it as indentation (tasks.yaml saved by Notepad)', () => {
    const tasks = readFileSync(join(ROOT, 'content', 'tasks.yaml'), 'utf8');
    writeFileSync(join(dir, 'tasks.yaml'), `\uFEFF${tasks}`);
    const r = readYamlList(join(dir, 'tasks.yaml'), taskSchema, dir);
    expect(r.problems).toEqual([]);
    expect(r.items.length).toBeGreaterThan(50);
  });

  it('accepts line breaks, tabs inside text, curly quotes inside text, "#" without a space before it, and decimal numbers', () => {
    const r = parse(
      'ok.yaml',
      'a: "dòng 1\\n\\tdòng 2"\nb: Văn bản “X”, mục#3\nc: "“trích dẫn”"\nd: 2025 # ghi chú sau một số\ne: -5\nf: |\n  dòng một\n  dòng hai\n',
    );
    expect(r.problems).toEqual([]);
    expect(r.data).toEqual({ a: 'dòng 1\n\tdòng 2', b: 'Văn bản “X”, mục#3', c: '“trích dẫn”', d: 2025, e: -5, f: 'dòng một\ndòng hai\n' });
  });

  it('normalises decomposed (NFD) Vietnamese to NFC', () => {
    const r = parse('nfd.yaml', `a: ${'Hà Nội'.normalize('NFD')}\n`);
    expect(r.data).toEqual({ a: 'Hà Nội'.normalize('NFC') });
  });

  it('refuses a plan data file over 50 MB and a results file over its limit before reading it', () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, '');
    truncateSync(big, LIMITS.planFileBytes + 1);
    expect(readTextFile(big, dir).problems[0]!.message).toMatch(/quá giới hạn 50 MB/);
    truncateSync(big, LIMITS.reportFileBytes + 1);
    expect(readTextFile(big, dir, { maxBytes: LIMITS.reportFileBytes }).problems[0]!.message).toMatch(/quá giới hạn 1 MB/);
  });

  it('a missing file or one without read permission says what to do', () => {
    expect(readTextFile(join(dir, 'khong-co.yaml'), dir).problems[0]!.message).toMatch(/không có tệp này/);
  });
});

describe('unit reports (the cases seen publishing wrong text)', () => {
  const site = loadSiteData(ROOT);
  const ctx: ReportContext = site;
  const FILE = 'ket-qua/2026/so-nong-nghiep-moi-truong.yaml';
  function results(edit: (text: string) => string | Buffer) {
    const root = mkdtempSync(join(dir, 'results-'));
    mkdirSync(join(root, 'ket-qua/2026'), { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/reports/2026/so-nong-nghiep-moi-truong.yaml'), join(root, FILE));
    writeFileSync(join(root, FILE), edit(readFileSync(join(root, FILE), 'utf8')));
    return loadReports(ctx, { root, dir: 'ket-qua' }).problems.filter((p) => p.severity === 'error');
  }
  const firstSummary = (t: string, value: string) => t.replace(/summary: "[^"]*"/, `summary: ${value}`);

  it('the untouched sample has no error', () => expect(results((t) => t)).toEqual([]));
  it('invalid UTF-8 bytes are an error, not "không có lỗi" and "Ð� gửi" on the page', () => {
    const errors = results((t) =>
      Buffer.concat([
        Buffer.from(t.slice(0, t.indexOf('summary:')), 'utf8'),
        Buffer.from('summary: "'),
        Buffer.from([0xd0, 0xe3]),
        Buffer.from(' gửi"\n'),
        Buffer.from(t.slice(t.indexOf('summary:') + t.slice(t.indexOf('summary:')).indexOf('\n') + 1), 'utf8'),
      ]),
    );
    expect(errors.map((p) => `${p.file}: ${p.message}`).join('\n')).toMatch(
      /ket-qua\/2026\/so-nong-nghiep-moi-truong\.yaml: tệp không phải UTF-8/,
    );
  });
  it('a summary of only U+200B is empty', () => expect(results((t) => firstSummary(t, '"\u200b"'))).not.toEqual([]));
  it('a percentage hidden behind a bidi override is refused', () =>
    expect(results((t) => firstSummary(t, '"Đã giải ngân \u202e%001\u202c"'))[0]!.message).toMatch(/U\+202E/));
  it('0x7E9 is not the year 2025', () =>
    expect(results((t) => t.replace(/^year: 2026$/m, 'year: 0x7EA'))[0]!.message).toMatch(/hệ thập phân/));
  it('a report file of 66 MB is refused before it is read', () => {
    const root = mkdtempSync(join(dir, 'huge-'));
    mkdirSync(join(root, 'ket-qua/2026'), { recursive: true });
    writeFileSync(join(root, FILE), '');
    truncateSync(join(root, FILE), 66 * 1024 * 1024);
    const t = performance.now();
    const problems = loadReports(ctx, { root, dir: 'ket-qua' }).problems;
    expect(problems[0]!.message).toMatch(/66\.0 MB, quá giới hạn 1 MB/);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('schemas: text, ids and links', () => {
  it('text refuses invisible-only and over-long values', () => {
    expect(text.safeParse('\u200b\u200c').success).toBe(false);
    expect(text.safeParse('x'.repeat(5001)).success).toBe(false);
    expect(text.safeParse('Hà Nội').success).toBe(true);
  });

  it('an id that would be a folder name too long for the file system is refused with a message', () => {
    const r = slug.safeParse('a'.repeat(500));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/dài quá 80 ký tự/);
    expect(taskSchema.shape.id.safeParse(`pl2-${'1'.repeat(500)}`).success).toBe(false);
  });

  it.each([
    ['https://thuvienphapluat.vn@evil.example/x.pdf', 'dẫn tới evil.example'],
    ['https://user:pass@vanban.hanoi.gov.vn/x.pdf', 'không có tên đăng nhập'],
    ['https://\u0430pple.com/', 'trộn chữ'],
    ['https://xn--pple-43d.com/', 'trộn chữ'],
    ['https://vanban.hanoi.gov.\u0432\u043d/', 'trộn chữ'],
    ['ftp://example.org/x', 'https://'],
    ['https:///x.pdf', 'https://'],
    ['javascript:alert(1)', 'https://'],
  ])('refuses %s', (url, fragment) => {
    const r = webLink.safeParse(url);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message).join(' ')).toContain(fragment);
  });

  it.each(['https://vanban.hanoi.gov.vn/x.pdf', 'http://example.org/a?b=1#c', 'https://bộcôngan.vn/'])('accepts %s', (url) => {
    expect(webLink.safeParse(url).success).toBe(true);
  });
});
