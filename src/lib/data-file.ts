import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
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
}

/** Parse a YAML file, keeping line positions, and turn syntax errors into Problems instead of exceptions. */
export function parseYamlFile(path: string, root = process.cwd()): ParsedYaml {
  const file = relative(root, path) || path;
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return { file, data: undefined, lineOf: () => null, problems: [{ file, line: null, where: '', severity: 'error', message: 'không đọc được tệp (tệp không tồn tại hoặc không có quyền đọc)' }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.normalize('NFC'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  // An unclosed quote is reported at the end of the file; point instead at the line where the runaway text starts.
  const unclosed = (e: (typeof doc.errors)[number]) =>
    e.code === 'MISSING_CHAR' && /quote/.test(e.message) ? source.split('\n').findIndex((l) => !l.trimStart().startsWith('#') && (l.replace(/\\"/g, '').match(/"/g)?.length ?? 0) % 2 === 1) + 1 || null
      : null;
  // After the first syntax error the parser's recovery produces follow-on errors for the same mistake: show only it.
  const problems: Problem[] = doc.errors.slice(0, 1).map((e) => ({
    file,
    line: unclosed(e) ?? lineCounter.linePos(e.pos[0]).line,
    where: '',
    severity: 'error',
    message: `tệp YAML viết sai cú pháp (${e.code === 'DUPLICATE_KEY' ? 'một trường bị ghi hai lần' : unclosed(e) ? 'dấu nháy mở ở dòng này chưa được đóng' : 'kiểm tra thụt lề, dấu hai chấm và dấu nháy'}).`,
  }));
  const lineOf = (p: PropertyKey[]): number | null => {
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  const sourceOf = (p: PropertyKey[]): string | null => {
    const node = doc.getIn(p as unknown[], true) as { source?: unknown } | undefined;
    return node && typeof node === 'object' && typeof node.source === 'string' ? node.source : null;
  };
  return { file, data: problems.length ? undefined : doc.toJS(), problems, lineOf, sourceOf };
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
): { items: z.output<S>[]; problems: Problem[] } {
  const parsed = parseYamlFile(path, root);
  if (parsed.problems.length) return { items: [], problems: parsed.problems };
  if (!Array.isArray(parsed.data))
    return { items: [], problems: [{ file: parsed.file, line: 1, where: '', severity: 'error', message: 'tệp phải là một danh sách, mỗi mục bắt đầu bằng "- "' }] };
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
        problems.push({ file: parsed.file, line: parsed.lineOf([i, 'id']), where: label, severity: 'error', message: `mã "${id}" đã dùng ở mục thứ ${seen.get(id)! + 1}; mỗi mã chỉ được dùng một lần` });
      seen.set(id, i);
    }
    items.push(result.data);
  });
  return { items, problems };
}

