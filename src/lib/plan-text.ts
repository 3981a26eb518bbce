import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { planPartSchema, type PlanBlock, type PlanPart } from '../schemas/plan.ts';
import { displayPath, readTextFile, type Problem } from './data-file.ts';

// The plan's MDX holds nothing but <Heading> and <Para> blocks, each with a hand-set id, so anchors never
// shift when text is corrected and the same parse serves the table of contents, search records and tests.
const BLOCK = /<(Heading|Para) id="([a-z0-9-]+)"(?: level=\{(\d)\})?>([\s\S]*?)<\/\1>/g;

export interface ParsedPlan {
  blocks: PlanBlock[];
  /** Anything in the body that is not a block (should be empty). */
  stray: string;
}

export function parsePlanBody(body: string): ParsedPlan {
  const blocks: PlanBlock[] = [];
  for (const m of body.matchAll(BLOCK)) {
    blocks.push({
      kind: m[1] === 'Heading' ? 'heading' : 'para',
      id: m[2]!,
      level: m[3] ? Number(m[3]) : null,
      text: m[4]!.normalize('NFC'),
    });
  }
  return { blocks, stray: body.replace(BLOCK, '').trim() };
}

/** One file of the plan text, read as data: its frontmatter and its blocks. */
export interface PlanFile {
  part: PlanPart | null;
  blocks: PlanBlock[];
  problems: Problem[];
}

// The only markup a plan file may hold. Anything else (ESM import/export, {expressions}, raw HTML, other
// components) is refused with its line: the plan text is data, rendered by the site's own components, never compiled.
const STRICT_BLOCK =
  /<(Heading) id="([a-z0-9]+(?:-[a-z0-9]+)*)" level=\{([1-6])\}>([^<>{}]*)<\/Heading>|<(Para) id="([a-z0-9]+(?:-[a-z0-9]+)*)">([^<>{}]*)<\/Para>/y;
const ALLOWED =
  'một tệp văn bản Kế hoạch chỉ gồm các khối <Heading id="…" level={2}>…</Heading> và <Para id="…">…</Para>, mỗi khối là chữ thuần';

/**
 * Parses a plan file strictly. Nothing in it is ever executed: the frontmatter is YAML data, and the body must
 * be a sequence of <Heading>/<Para> blocks holding plain text (no "<", "{" or "}" inside).
 */
export function parsePlanFile(source: string, file: string): PlanFile {
  const problems: Problem[] = [];
  const add = (offset: number, message: string) => {
    const line = source.slice(0, offset).split('\n').length;
    problems.push({ file, line, where: '', severity: 'error', message });
  };
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  let part: PlanPart | null = null;
  if (!fm) add(0, 'tệp phải bắt đầu bằng phần đầu giữa hai dòng "---" (order: và title:)');
  else {
    const doc = parseDocument(fm[1]!, { prettyErrors: false, uniqueKeys: true });
    const parsed = doc.errors.length ? null : planPartSchema.safeParse(doc.toJS({ maxAliasCount: 0 }));
    if (!parsed?.success)
      add(
        0,
        `phần đầu giữa hai dòng "---" phải có order: (số thứ tự) và title: (tiêu đề)${parsed && !parsed.success ? `: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` : ''}`,
      );
    else part = parsed.data;
  }
  const blocks: PlanBlock[] = [];
  let at = fm ? fm[0].length : 0;
  while (at < source.length) {
    const ws = /\s*/y;
    ws.lastIndex = at;
    ws.exec(source);
    at = ws.lastIndex;
    if (at >= source.length) break;
    STRICT_BLOCK.lastIndex = at;
    const m = STRICT_BLOCK.exec(source);
    if (m) {
      const heading = m[1] === 'Heading';
      blocks.push({
        kind: heading ? 'heading' : 'para',
        id: heading ? m[2]! : m[6]!,
        level: heading ? Number(m[3]) : null,
        text: (heading ? m[4]! : m[7]!).normalize('NFC'),
      });
      at = STRICT_BLOCK.lastIndex;
      continue;
    }
    // Say what the unexpected thing is, at the line where it starts, then skip to the next line.
    const end = source.indexOf('\n', at) === -1 ? source.length : source.indexOf('\n', at);
    const line = source.slice(at, end);
    const brace = line.replace(/^(<Heading\b[^>]*?level=)\{[1-6]\}/, '$1___').search(/[{}]/);
    const tag = /<\/?(?!(?:Heading|Para)\b)([A-Za-z][\w.:-]*)/.exec(line);
    if (/^(import|export)\b/.test(line))
      add(
        at,
        `dòng "${line.slice(0, 60)}" là lệnh import/export: văn bản Kế hoạch là dữ liệu, không được chứa mã; hãy xoá dòng này (${ALLOWED})`,
      );
    else if (brace >= 0)
      add(
        at,
        `dấu ${line[brace]} ở cột ${brace + 1}: trong tệp MDX đó là một biểu thức mã, không được phép trong văn bản Kế hoạch; ${ALLOWED}`,
      );
    else if (tag)
      add(at, `thẻ <${tag[1]}> không được phép (HTML hay thành phần khác có thể chuyển hướng hoặc chạy mã trên trang); ${ALLOWED}`);
    else if (/^<\/?(Heading|Para)\b/.test(line))
      add(
        at,
        'khối viết sai: cần đúng dạng <Heading id="ma-doan" level={2}>chữ</Heading> hoặc <Para id="ma-doan">chữ</Para>, mã chỉ gồm chữ thường không dấu, số và "-", chữ bên trong không có dấu < > { }',
      );
    else add(at, `chữ "${line.slice(0, 60)}" nằm ngoài mọi khối; đặt nó trong một khối <Para id="…">…</Para>`);
    at = end;
  }
  return { part, blocks, problems: problems.slice(0, 50) };
}

/** The plan's files are named "NN-slug.mdx"; the two-digit prefix is the document order. */
export const PLAN_FILE = /^\d\d-[a-z0-9-]+\.mdx$/;

export interface PlanTextPart extends PlanPart {
  /** File name without its extension: "02-nhiem-vu-va-giai-phap". */
  id: string;
  blocks: PlanBlock[];
}

/** Every file of the plan folder, read through the data door and parsed strictly, in document order. */
export function readPlanFiles(planDir: string, root = process.cwd()): { parts: PlanTextPart[]; problems: Problem[] } {
  const name = displayPath(planDir, root);
  let files: string[];
  try {
    files = readdirSync(planDir)
      .filter((f) => PLAN_FILE.test(f))
      .sort();
  } catch {
    files = [];
  }
  if (!files.length)
    return {
      parts: [],
      problems: [
        {
          file: name,
          line: null,
          where: '',
          severity: 'error',
          message: `không có thư mục văn bản Kế hoạch (các tệp 00-….mdx) ở đây; thư mục dữ liệu (CONTENT_DIR) phải có đủ plan/, agencies.yaml, tasks.yaml, targets.yaml và links.yaml như content/`,
        },
      ],
    };
  const parts: PlanTextPart[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    const read = readTextFile(join(planDir, f), root);
    problems.push(...read.problems);
    if (read.text === null) continue;
    const parsed = parsePlanFile(read.text, read.file);
    problems.push(...parsed.problems);
    if (parsed.part) parts.push({ id: f.replace(/\.mdx$/, ''), ...parsed.part, blocks: parsed.blocks });
  }
  return { parts: parts.sort((a, b) => a.order - b.order), problems };
}

/** Collapse whitespace the way HTML does, for comparing wording rather than line breaks. */
export const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Human label of an anchor, as readers cite the plan: "II.4.b, đoạn 2". */
export function anchorLabel(id: string): string {
  const m = /^(.*?)(?:-p(\d+))?$/.exec(id)!;
  const path = m[1]!;
  const para = m[2];
  const named: Record<string, string> = { 'tieu-de': 'Tiêu đề', 'noi-nhan': 'Nơi nhận', 'chu-ky': 'Chữ ký' };
  const head =
    named[path] ??
    path
      .split('-')
      .map((seg, i) => (i === 0 ? seg.toUpperCase() : seg === 'dd' ? 'đ' : seg))
      .join('.');
  return para ? `${head}, đoạn ${para}` : head;
}
