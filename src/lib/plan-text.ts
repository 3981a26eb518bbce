import type { PlanBlock } from '../schemas/plan.ts';

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
