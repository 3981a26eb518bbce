import { describe, expect, it } from 'vitest';
import { squash } from '../../src/lib/plan-text.ts';
import { contentBlocks, firstDifference, readSeed, sourceBody } from '../support/seed-source.ts';

const seed = readSeed();
const parts = contentBlocks();
const blocks = parts.flatMap((p) => p.blocks);
const contentText = (bs = blocks) => squash(bs.map((b) => b.text).join(' '));

describe('plan text in content/plan matches the signed document', () => {
  it('holds nothing but <Heading> and <Para> blocks', () => {
    for (const p of parts) expect(p.stray, `stray text in ${p.file}`).toBe('');
  });

  it('has the whole body, from the title through the signature, word for word and in order', () => {
    expect(firstDifference(sourceBody(seed), contentText())).toBeNull();
  });

  it('finds every single paragraph in the source', () => {
    const body = sourceBody(seed);
    for (const b of blocks) expect(body.includes(squash(b.text)), `${b.id} not in source`).toBe(true);
  });

  it('gives every block a unique ASCII anchor', () => {
    const ids = blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("keeps the document's own structure, including its jump from c) to đ) in II.5", () => {
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.id);
    expect(headings).toEqual(
      expect.arrayContaining(['i', 'i-1', 'i-2', 'ii', 'ii-4-a', 'ii-4-b', 'ii-5-c', 'ii-5-dd', 'iii', 'iv', 'iv-4']),
    );
    expect(headings).not.toContain('ii-5-d');
    expect(blocks.find((b) => b.id === 'ii-5-dd')!.text).toMatch(/^đ\) /);
  });

  it('keeps NFC text', () => {
    for (const b of blocks) expect(b.text).toBe(b.text.normalize('NFC'));
  });
});

describe('the fidelity check itself can fail', () => {
  // A check that cannot fail proves nothing: alter one word of a copy and it must be caught.
  const altered = (from: string, to: string) => {
    const i = blocks.findIndex((b) => b.text.includes(from));
    expect(i).toBeGreaterThanOrEqual(0);
    return blocks.map((b, j) => (j === i ? { ...b, text: b.text.replace(from, to) } : b));
  };

  it('catches one changed word', () => {
    expect(firstDifference(sourceBody(seed), contentText(altered('xuống 10%', 'xuống 15%')))).toMatch(/differs at character/);
  });

  it('catches a diacritic changed', () => {
    expect(firstDifference(sourceBody(seed), contentText(altered('thất thoát', 'thât thoát')))).not.toBeNull();
  });

  it('catches a dropped paragraph', () => {
    expect(firstDifference(sourceBody(seed), contentText(blocks.filter((b) => b.id !== 'ii-4-b-p2')))).not.toBeNull();
  });

  it("catches the source's typo being 'corrected'", () => {
    // The signed text says "hệ sinh thải tự nhiên" in II.5.đ; it must stay.
    expect(firstDifference(sourceBody(seed), contentText(altered('hệ sinh thải tự nhiên', 'hệ sinh thái tự nhiên')))).not.toBeNull();
  });
});
