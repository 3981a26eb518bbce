import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { FAILSAFE_SCHEMA, load as loadFast, Type } from 'js-yaml';
import { LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { z } from 'zod';

// Every message a non-programmer may read comes out in Vietnamese, including zod's generic ones.
z.config(z.locales.vi());

/** One thing wrong with a data file, located precisely enough to fix it without a programmer. */
export interface Problem {
  file: string;
  line: number | null;
  /** Where in the record: "pl2-07 › lead[0].agency". */
  where: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Thrown to stop the build; its message is the full, readable list of problems. */
export class DataError extends Error {
  // A declared field, not a parameter property: Node's type stripping (used by the CLIs) rejects the latter.
  problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'DataError';
    this.problems = problems;
  }
}

export function formatProblem(p: Problem): string {
  const at = p.line ? `${p.file}, dòng ${p.line}` : p.file;
  const tag = p.severity === 'error' ? 'LỖI' : 'CẢNH BÁO';
  return `${tag} ${at}${p.where ? ` — ${p.where}` : ''}: ${p.message}`;
}

export function formatProblems(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const head = errors
    ? `Dữ liệu có ${errors} lỗi, nên trang web chưa được tạo. Hãy sửa các chỗ sau rồi chạy lại:`
    : 'Dữ liệu có điểm cần xem lại:';
  return [head, ...problems.map((p) => `  • ${formatProblem(p)}`)].join('\n');
}

function describe(value: unknown): string {
  if (value === undefined) return 'không có';
  if (value === null) return 'để trống (null)';
  const s = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

function pathText(path: PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

export interface ParsedYaml {
  file: string;
  data: unknown;
  problems: Problem[];
  /** Line (1-based) of the node at a path, or of the nearest ancestor that exists. */
  lineOf: (path: PropertyKey[]) => number | null;
  /** The scalar at a path exactly as written ("1.234"), for checks the parsed value cannot make; null if absent. */
  sourceOf?: (path: PropertyKey[]) => string | null;
  /** For a workbook read as a submission: the sheet and cell a path came from (`Sheet "Nhiệm vụ", ô E12`). */
  placeOf?: (path: PropertyKey[]) => string | null;
  /**
   * The file's text, for a check that can rule itself out with one test of the whole text instead of asking
   * `sourceOf` for every value (which, on a file read by the fast path, means parsing it again with positions).
   */
  source?: string;
}

// ── Text hygiene at the door: one policy for every data file (YAML and the plan text) ─────────────────────────

const MB = 1024 * 1024;
/** Size limits, so that a wrong or hostile file stops with a message instead of exhausting the build machine. */
export const LIMITS = {
  /** One unit's report. */
  reportFileBytes: 1 * MB,
  /** A year's consolidated results file (content/results/<year>.yaml), which covers every task of the plan: the
   * benchmark's 20,000-task plan writes 4.3 MB; a 66 MB file once took 4 GB of memory to build. */
  consolidatedReportBytes: 10 * MB,
  /** Plan data (tasks, agencies, targets, links, plan text); the benchmark's 20,000-task plan is about 11 MB. */
  planFileBytes: 50 * MB,
  /** One text value of any data file. */
  textChars: 5000,
} as const;

export interface ReadOptions {
  /** Largest accepted file, in bytes; LIMITS.planFileBytes unless said otherwise. */
  maxBytes?: number;
}

export interface TextFile {
  file: string;
  /** NFC text without its byte order mark; null when the file could not be read or is not UTF-8. */
  text: string | null;
  problems: Problem[];
}

const RESAVE =
  'Hãy lưu lại tệp dưới dạng UTF-8: trong Notepad chọn File › Save As… › Encoding: UTF-8; trong VS Code bấm vào tên bảng mã ở thanh dưới cùng › Save with Encoding › UTF-8. Trang web không tự đoán bảng mã để chuyển đổi, vì đoán sai sẽ làm hỏng chữ.';

/** Characters that are never part of a data file's text: C0/C1 controls other than tab and line breaks, and bidi controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/**
 * A character that shows something: anything but spaces, format characters (\p{Cf}, zero-width and the like) and
 * the other characters that render as nothing. Written as the negated class so that one test stops at the first
 * visible character, where a replace over the whole value built a new string for every value of every file.
 */
// eslint-disable-next-line no-misleading-character-class -- each code point is listed alone, as an invisible filler
const VISIBLE = /[^\s\p{Cf}\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u2800\u3164\uFFA0]/u;

/** True when a text shows nothing at all although it is not empty: spaces, zero-width and other invisible characters only. */
export const isInvisibleOnly = (s: string): boolean => s.length > 0 && !VISIBLE.test(s);

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Line and column (1-based) of an offset in a text. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** How messages name a file: relative to the project, or by its full path when it lies outside (never "../../tmp/…"). */
export function displayPath(path: string, root = process.cwd()): string {
  const rel = relative(root, path);
  return !rel ? path : rel.startsWith('..') || isAbsolute(rel) ? resolve(root, path) : rel;
}

/** Control characters and bidi overrides anywhere in a text, each named with its line and column. */
export function checkText(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  for (const m of text.matchAll(FORBIDDEN)) {
    const { line, column } = position(text, m.index);
    const what = BIDI.test(m[0])
      ? `ký tự điều khiển hướng chữ ${codePoint(m[0])} ở cột ${column}: nó không hiện ra nhưng đảo thứ tự chữ trên trang (ví dụ "%001" hiện thành "100%")`
      : `ký tự điều khiển ${codePoint(m[0])} ở cột ${column}: ký tự này không hiện ra trên trang và thường đến từ việc sao chép`;
    problems.push({ file, line, where: '', severity: 'error', message: `${what}; hãy xoá nó (xuống dòng và Tab thì được phép)` });
    if (problems.length >= 20) break;
  }
  return problems;
}

/**
 * Reads a data file as text: UTF-8 only (a byte order mark is accepted and dropped), within the size limit,
 * normalised to NFC, with no control or bidi characters. Anything else is refused, never converted by guess.
 */
export function readTextFile(path: string, root = process.cwd(), opts: ReadOptions = {}): TextFile {
  const file = displayPath(path, root);
  const fail = (message: string, line: number | null = null): TextFile => ({
    file,
    text: null,
    problems: [{ file, line, where: '', severity: 'error', message }],
  });
  const maxBytes = opts.maxBytes ?? LIMITS.planFileBytes;
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > maxBytes)
      return fail(
        `tệp nặng ${(size / MB).toFixed(1)} MB, quá giới hạn ${maxBytes / MB} MB cho loại tệp này; kiểm tra xem có dán nhầm nội dung lớn (ảnh, bảng tính) vào tệp không, hoặc tách thành nhiều tệp`,
      );
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(
      code === 'ENOENT'
        ? 'không có tệp này; kiểm tra tên và thư mục của tệp'
        : code === 'EACCES' || code === 'EPERM'
          ? 'không có quyền đọc tệp; hãy cấp quyền đọc cho tệp (chmod a+r hoặc Properties › Security trên Windows)'
          : code === 'EISDIR'
            ? 'đây là một thư mục, không phải một tệp'
            : `không đọc được tệp (${code ?? (e as Error).message})`,
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 4096).includes(0))
    return fail(`tệp đang ở bảng mã UTF-16 (Unicode), không phải UTF-8. ${RESAVE}`, 1);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bom));
  } catch {
    // Name the line of the first byte that is not UTF-8, so the editor can see which word is affected.
    const good = new TextDecoder('utf-8').decode(bytes.subarray(bom));
    const bad = good.indexOf('\uFFFD');
    return fail(
      `tệp không phải UTF-8 (thường là do lưu bằng Windows-1258, TCVN3 hay VNI), chữ có dấu sẽ bị hỏng trên trang. ${RESAVE}`,
      bad >= 0 ? position(good, bad).line : null,
    );
  }
  text = text.normalize('NFC');
  const problems = checkText(file, text);
  return { file, text: problems.length ? null : text, problems };
}

// ── YAML ─────────────────────────────────────────────────────────────────────────────────────────────────────────

/** A YAML syntax error, said in plain Vietnamese with the line to fix. */
function explainSyntax(
  error: YAMLError,
  source: string,
  lines: string[],
  lineCounter: LineCounter,
): { line: number | null; message: string } {
  const at = lineCounter.linePos(error.pos[0]).line;
  const text = (n: number) => lines[n - 1] ?? '';
  const indent = (n: number) => /^ */.exec(text(n))![0].length;
  const key = (n: number) => /^\s*(?:- )?([^\s:#][^:#]*?):(?:\s|$)/.exec(text(n))?.[1];
  const tabbed = lines.findIndex((l) => /^ *\t/.test(l));
  if (tabbed >= 0)
    return {
      line: tabbed + 1,
      message: 'dòng này thụt lề bằng phím Tab; YAML chỉ nhận dấu cách: thay Tab bằng dấu cách, thẳng cột với các dòng cùng cấp',
    };
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    // An unclosed quote is reported at the end of the file; point instead at the line where the runaway text starts.
    const open = lines.findIndex((l) => !l.trimStart().startsWith('#') && (l.replace(/\\"/g, '').match(/"/g)?.length ?? 0) % 2 === 1);
    return {
      line: open >= 0 ? open + 1 : at,
      message: 'dấu nháy kép " mở ở dòng này chưa được đóng: thêm dấu " ở cuối giá trị (dấu " bên trong giá trị thì viết là \\")',
    };
  }
  if (error.code === 'DUPLICATE_KEY') {
    const name = key(at);
    let first: number | null = null;
    for (let n = at - 1; n >= 1 && first === null; n--) if (key(n) === name && indent(n) <= indent(at) + 2) first = n;
    return {
      line: at,
      message: `trường "${name ?? '?'}" được ghi hai lần trong cùng một mục${first ? ` (dòng ${first} và dòng ${at})` : ''}. Nếu dòng ${at} bắt đầu một mục mới thì còn thiếu "- " ở đầu dòng đó; nếu không, xoá một trong hai dòng`,
    };
  }
  if (error.code === 'MULTIPLE_DOCS')
    return { line: at, message: 'tệp chỉ được có một tài liệu: xoá dòng "---" này (hoặc phần phía sau nó)' };
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /:\s.*:\s/.test(text(at)) && key(at + 1) === undefined)
    return {
      line: at,
      message: 'giá trị có dấu hai chấm và dấu cách (": ") bên trong: đặt cả giá trị trong dấu nháy kép, ví dụ: tên: "Văn bản: số 1"',
    };
  if (['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'BAD_INDENT', 'MISSING_CHAR', 'UNEXPECTED_TOKEN'].includes(error.code)) {
    // A field indented further than the line above makes that line's value swallow it: the culprit is the next line.
    const next = lines.findIndex((l, i) => i >= at && l.trim() !== '' && !l.trimStart().startsWith('#'));
    const line = next >= 0 && key(next + 1) !== undefined && indent(next + 1) > indent(at) && /:\s*\S/.test(text(at)) ? next + 1 : at;
    // A record's field at the left margin under a list means the "- " that starts a new record is missing.
    if (error.code === 'UNEXPECTED_TOKEN' && indent(line) === 0 && key(line) !== undefined && /^- /m.test(source))
      return {
        line,
        message:
          'dòng này nằm ngoài mọi mục của danh sách: nếu đây là mục mới thì còn thiếu "- " ở đầu dòng; nếu không, thụt lề cho thẳng cột với các trường của mục phía trên',
      };
    return {
      line,
      message: /without - indicator/.test(error.message)
        ? 'dòng này thụt lề không khớp: các trường của cùng một mục phải thẳng cột với nhau; nếu đây là mục mới của danh sách thì bắt đầu dòng bằng "- "'
        : 'dòng này thụt lề không khớp với các dòng cùng cấp: các trường của cùng một mục phải thẳng cột với nhau (dùng dấu cách, không dùng Tab)',
    };
  }
  return { line: at, message: 'kiểm tra thụt lề, dấu hai chấm sau tên trường và dấu nháy' };
}

/** Values that YAML reads differently from what the editor meant, and values no reader can see. */
function checkValues(file: string, doc: Document.Parsed, source: string, lineCounter: LineCounter): Problem[] {
  const problems: Problem[] = [];
  const add = (offset: number, message: string) =>
    problems.push({ file, line: lineCounter.linePos(offset).line, where: '', severity: 'error', message });
  let aliases = 0;
  visit(doc, {
    Alias(_, node) {
      if (aliases++ === 0)
        add(
          node.range?.[0] ?? 0,
          'tệp dữ liệu không được dùng bí danh YAML (&tên và *tên): ghi thẳng giá trị ra. Bí danh lồng nhau có thể làm tệp nhỏ nở thành hàng tỷ mục',
        );
      return visit.SKIP;
    },
    Scalar(_, node) {
      const [start, end] = node.range ?? [0, 0];
      const raw = source.slice(start, end);
      const plain = node.type === 'PLAIN';
      if (typeof node.value === 'number' && plain && /^[-+]?(0[xob]|\.(inf|nan))/i.test(raw))
        add(start, `số "${raw}" không viết ở hệ thập phân; hãy viết số thập phân thông thường, ví dụ 2025`);
      if (typeof node.value !== 'string') return;
      const value = node.value;
      if (plain && /^[“‘]/.test(value))
        add(
          start,
          `giá trị bắt đầu bằng dấu nháy cong ${value[0]} (Word tự đổi dấu nháy): YAML không coi đó là dấu nháy nên nó sẽ hiện ra trên trang. Nếu định đặt giá trị trong dấu nháy, hãy dùng dấu nháy thẳng: "${value.replace(/^[“‘]|[”’]$/g, '').slice(0, 40)}"; nếu dấu nháy cong là một phần của chữ, hãy đặt cả giá trị trong dấu nháy thẳng: "${value.slice(0, 40)}"`,
        );
      if (plain) {
        const rest = source.slice(end, source.indexOf('\n', end) === -1 ? source.length : source.indexOf('\n', end));
        if (/^\s+#/.test(rest))
          add(
            start,
            `phần "${rest.trim().slice(0, 40)}" sau dấu " #" bị YAML coi là ghi chú và bị bỏ đi; nếu đó là một phần của giá trị, hãy đặt cả giá trị trong dấu nháy kép: "${value.slice(0, 30)}${rest.trimEnd().slice(0, 30)}"`,
          );
      }
      if (isInvisibleOnly(value))
        add(start, 'giá trị chỉ gồm ký tự không nhìn thấy (dấu cách, ký tự độ rộng 0): hãy ghi nội dung, hoặc bỏ hẳn trường nếu không có');
      if (value.length > LIMITS.textChars)
        add(
          start,
          `đoạn chữ dài ${value.length} ký tự, quá giới hạn ${LIMITS.textChars} ký tự của một trường; hãy tóm tắt, và đưa văn bản đầy đủ lên một trang công khai rồi ghi đường dẫn`,
        );
    },
  });
  return problems.slice(0, 50);
}

/** Parse a text with line positions and every check of `checkValues`: the path for a file with a problem. */
export function parseWithPositions(file: string, source: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lines = source.split(/\r?\n/);
  // After the first syntax error the parser's recovery produces follow-on errors for the same mistake: show only it.
  const problems: Problem[] = doc.errors.slice(0, 1).map((e) => {
    const { line, message } = explainSyntax(e, source, lines, lineCounter);
    return { file, line, where: '', severity: 'error', message: `tệp YAML viết sai cú pháp: ${message}.` };
  });
  if (!problems.length) problems.push(...checkValues(file, doc, source, lineCounter));
  const lineOf = (p: PropertyKey[]): number | null => {
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  let data: unknown;
  if (!problems.length) {
    try {
      data = doc.toJS({ maxAliasCount: 0 });
    } catch (e) {
      problems.push({ file, line: null, where: '', severity: 'error', message: `không đọc được nội dung tệp (${(e as Error).message})` });
    }
  }
  const sourceOf = (p: PropertyKey[]): string | null => {
    const node = doc.getIn(p as unknown[], true) as { source?: unknown } | undefined;
    return node && typeof node === 'object' && typeof node.source === 'string' ? node.source : null;
  };
  return { file, data: problems.length ? undefined : data, problems, lineOf, sourceOf, source };
}

// ── The fast path ────────────────────────────────────────────────────────────────────────────────────────────────
// Parsing with positions (the `yaml` package's document tree) costs about ten times what js-yaml's plain parse does,
// and a national-scale build reads 70,000 report files (issue 15). So a file is read by js-yaml when its text can
// hold none of the things that need the tree; the tree is built only when a message needs a line, or when the text
// might hold a problem, in which case the file takes the path above and gets exactly the messages it always had.

/**
 * Scalars resolve as the `yaml` package's YAML 1.2 core schema resolves them (its tags and patterns, in its order),
 * so both paths give the same values: js-yaml's own core schema differs in corners ("-.5", "012", "1.").
 */
const scalar = (tag: string, test: RegExp, construct: (s: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (s: string | null) => s !== null && test.test(s), construct });
const CORE = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'),
    // Decimal integers only: octal, hexadecimal, .inf and .nan never reach this path (SLOW_TEXT below).
    scalar('int', /^[-+]?[0-9]+$/, (s) => parseInt(s, 10)),
    // The tree's two float patterns (with and without exponent) in one type: js-yaml keeps one type per tag.
    scalar('float', /^[-+]?(?:(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)),
  ],
});

/**
 * Text that sends a file to the path with positions, because the fast path could read it differently or a check
 * needs the tree: anchors, aliases and tags (& * !), flow collections other than [] and {}, block scalars (| >),
 * directives and document markers, tabs, a " #" after a value (a comment the editor may not have meant), a curly
 * quote opening a value, numbers that are not decimal, and a number written like "1.234" (a thousands separator,
 * which the report checks name from the written text). Plain text rarely holds any of these; a file that does is
 * only slower, never read differently.
 */
const SLOW_TEXT =
  /[&*!|>\t]|^%|\[(?!\])|\{(?!\})|\S[ \t]+#|^(?:---|\.\.\.)|(?:^|[ \t]-|:)[ \t]*[“‘]|0[xob]|\.(?:inf|nan)|\d\.\d{3}(?!\d)/im;
/**
 * A line the fast path accepts: blank, a comment, a "key: value" or "- value" line. A value running on to the next
 * line (a multi-line plain or quoted scalar) is folded by rules where the two parsers could differ: slow path.
 */
const OTHER_LINE = /^(?! *(?:#|\r?$|(?:- +)*[A-Za-z_][\w-]*:(?: |\r?$)|-(?: |\r?$)))/m;

/** What a parsed value holds that checkValues would flag: only then are positions needed to name the line. */
function flaggedValue(value: unknown): boolean {
  if (typeof value === 'string') return isInvisibleOnly(value) || value.length > LIMITS.textChars;
  if (Array.isArray(value)) return value.some(flaggedValue);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([k, v]) => isInvisibleOnly(k) || k.length > LIMITS.textChars || flaggedValue(v));
  return false;
}

/** The data of a text with nothing to report, without a tree; undefined when the text needs the path with positions. */
export function parseFast(source: string): { data: unknown } | undefined {
  if (SLOW_TEXT.test(source) || OTHER_LINE.test(source)) return undefined;
  let data: unknown;
  try {
    data = loadFast(source, { schema: CORE });
  } catch {
    return undefined; // a syntax error: the path with positions explains it
  }
  // An empty file: js-yaml gives undefined where the tree gives null; let the tree say so.
  return data === undefined || flaggedValue(data) ? undefined : { data };
}

/**
 * Parse a YAML file and turn syntax errors into Problems instead of exceptions. Line positions are computed only
 * for a file with a problem, or when a later check asks for a line (lineOf, sourceOf), by parsing that one file again.
 */
export function parseYamlFile(path: string, root = process.cwd(), opts: ReadOptions = {}): ParsedYaml {
  const read = readTextFile(path, root, opts);
  const { file } = read;
  if (read.text === null) return { file, data: undefined, lineOf: () => null, problems: read.problems };
  return parseYamlText(file, read.text);
}

/** parseYamlFile for a text already read (and checked by readTextFile). */
export function parseYamlText(file: string, source: string): ParsedYaml {
  const fast = parseFast(source);
  if (!fast) return parseWithPositions(file, source);
  let tree: ParsedYaml | null = null;
  const full = () => (tree ??= parseWithPositions(file, source));
  return {
    file,
    data: fast.data,
    problems: [],
    lineOf: (p) => full().lineOf(p),
    sourceOf: (p) => full().sourceOf?.(p) ?? null,
    source,
  };
}

/** Turn zod issues into Problems that say where, what was found and what is expected. */
export function issuesToProblems(
  issues: z.core.$ZodIssue[],
  parsed: ParsedYaml,
  base: PropertyKey[],
  label: string,
  root: unknown,
): Problem[] {
  return issues.map((issue) => {
    const full = [...base, ...issue.path];
    let found: unknown = root;
    for (const k of issue.path) found = found && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[k] : undefined;
    const field = pathText(issue.path);
    const unknownKeys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
    const message =
      issue.code === 'unrecognized_keys'
        ? `có trường không được phép${unknownKeys}; kiểm tra lỗi chính tả của tên trường`
        : `${issue.message}; giá trị đang ghi: ${describe(found)}`;
    return {
      file: parsed.file,
      line: parsed.lineOf(full),
      where: [label, field && `trường "${field}"`].filter(Boolean).join(' › '),
      severity: 'error' as const,
      message,
    };
  });
}

/** Read a YAML list of records, validate each with the schema, and report every problem at once. */
export function readYamlList<S extends z.ZodType>(
  path: string,
  schema: S,
  root = process.cwd(),
  opts: ReadOptions = {},
): { items: z.output<S>[]; problems: Problem[]; file: string; lineOfId: (id: string, path?: PropertyKey[]) => number | null } {
  const parsed = parseYamlFile(path, root, opts);
  // Line of a field of the record with this id: cross-file checks run on records and must still name the line.
  const lineOfId = (id: string, path: PropertyKey[] = []) => {
    const i = Array.isArray(parsed.data)
      ? parsed.data.findIndex((r) => r && typeof r === 'object' && (r as { id?: unknown }).id === id)
      : -1;
    return i < 0 ? null : parsed.lineOf([i, ...path]);
  };
  const none = { items: [], file: parsed.file, lineOfId };
  if (parsed.problems.length) return { ...none, problems: parsed.problems };
  if (!Array.isArray(parsed.data))
    return {
      ...none,
      problems: [
        { file: parsed.file, line: 1, where: '', severity: 'error', message: 'tệp phải là một danh sách, mỗi mục bắt đầu bằng "- "' },
      ],
    };
  const items: z.output<S>[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((raw, i) => {
    const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : undefined;
    const label = id ? `mục "${id}"` : `mục thứ ${i + 1}`;
    const result = schema.safeParse(raw);
    if (!result.success) {
      problems.push(...issuesToProblems(result.error.issues, parsed, [i], label, raw));
      return;
    }
    if (id !== undefined) {
      if (seen.has(id))
        problems.push({
          file: parsed.file,
          line: parsed.lineOf([i, 'id']),
          where: label,
          severity: 'error',
          message: `mã "${id}" đã dùng ở mục thứ ${seen.get(id)! + 1}; mỗi mã chỉ được dùng một lần`,
        });
      seen.set(id, i);
    }
    items.push(result.data);
  });
  return { items, problems, file: parsed.file, lineOfId };
}
