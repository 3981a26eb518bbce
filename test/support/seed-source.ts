// Reads the signed document in seeds/ the way a careful person would: the PDF wrapped lines and repeated the
// appendix table header on every page; neither is part of the wording.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanFile, squash } from '../../src/lib/plan-text.ts';
import type { PlanBlock } from '../../src/schemas/index.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEED = join(ROOT, 'seeds', '000_b3a01ca6df9e6eba.txt');
export const readSeed = (): string => readFileSync(SEED, 'utf8');

/** Join wrapped lines with a space, except a word hyphenated at the line end ("mê-" + "tan"). */
export function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const l = raw.trim();
    if (!l) continue;
    out = !out ? l : /\S-$/.test(out) ? out + l : `${out} ${l}`;
  }
  return squash(out);
}

const SIGNATURE = 'Nguyễn Trọng Đông';

/** The plan's body, from its title to the signature, as one string of words. */
export function sourceBody(seed = readSeed()): string {
  const lines = seed.split('\n');
  const end = lines.findIndex((l) => l.trim() === SIGNATURE);
  if (end < 0) throw new Error('signature line not found in seed');
  return joinLines(lines.slice(0, end + 1));
}

export const PAGE_BREAK = '¶';

/** The appendix tables as one string; each repeated table header (and the page number before it) becomes ¶. */
export function appendixText(seed = readSeed()): string {
  const lines = seed.split('\n');
  const start = lines.findIndex((l) => l.trim() === SIGNATURE) + 1;
  const kept: string[] = [];
  const rest = lines.slice(start).map((l) => l.trim());
  for (let i = 0; i < rest.length; i++) {
    const l = rest[i]!;
    if (l.startsWith('TT Tên nhiệm vụ, kế hoạch, chương')) {
      // drop a bare page number just before the header
      const prev = kept
        .map((k, j) => [k, j] as const)
        .filter(([k]) => k !== '')
        .pop();
      if (
        prev &&
        /^\d+$/.test(prev[0]) &&
        rest
          .slice(0, i)
          .reverse()
          .find((x) => x !== '') === prev[0]
      )
        kept.splice(prev[1], 1);
      kept.push(PAGE_BREAK);
      // skip the rest of the header: "trình, đề án", "Cơ quan chủ trì ...", "hiện"
      while (
        i + 1 < rest.length &&
        (rest[i + 1] === '' || /^(trình, đề án|Cơ quan chủ trì Cơ quan phối hợp Thời gian thực hiện|hiện)$/.test(rest[i + 1]!))
      )
        i++;
      continue;
    }
    kept.push(l);
  }
  return joinLines(kept);
}

/**
 * Is `needle` in the appendix text? Either whole, or in two pieces cut by one page break:
 * the first piece ends shortly before a ¶ (the row's other cells sit between) and the second starts shortly after it.
 */
export function inAppendix(needle: string, text: string, window = 300): boolean {
  const n = squash(needle);
  if (text.includes(n)) return true;
  const words = n.split(' ');
  for (let cut = 1; cut < words.length; cut++) {
    const a = words.slice(0, cut).join(' ');
    const b = words.slice(cut).join(' ');
    for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) {
      const breakAt = text.indexOf(PAGE_BREAK, i + a.length);
      if (breakAt < 0 || breakAt - (i + a.length) > window) continue;
      const j = text.indexOf(b, breakAt);
      if (j >= 0 && j - breakAt <= window) return true;
    }
  }
  return false;
}

/** The plan text as content/ holds it: every block of every part, in document order. */
export function contentBlocks(dir = join(ROOT, 'content', 'plan')): { file: string; blocks: PlanBlock[]; stray: string }[] {
  return readdirSync(dir)
    .filter((f) => /^\d\d-.*\.mdx$/.test(f))
    .sort()
    .map((file) => {
      // The site's own strict reading: anything that is not a block is reported, with its line, as stray.
      const { blocks, problems } = parsePlanFile(readFileSync(join(dir, file), 'utf8'), file);
      return { file, blocks, stray: problems.map((p) => `dòng ${p.line}: ${p.message}`).join('\n') };
    });
}

/** Compare two word streams; on a mismatch, say where and show both sides. */
export function firstDifference(expected: string, found: string): string | null {
  if (expected === found) return null;
  let i = 0;
  while (i < expected.length && expected[i] === found[i]) i++;
  const ctx = (s: string) => `…${s.slice(Math.max(0, i - 60), i)}⟦${s.slice(i, i + 60)}⟧…`;
  return `differs at character ${i}:\n  source:  ${ctx(expected)}\n  content: ${ctx(found)}`;
}
