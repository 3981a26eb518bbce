import { describe, expect, it } from 'vitest';
import { squash } from '../../src/lib/plan-text.ts';
import { APPENDIX_HEADER } from '../../src/lib/plan-facts.ts';
import { readSeed } from '../support/seed-source.ts';

describe('facts quoted from outside the running text', () => {
  it('quotes the appendix header as printed, blanks included', () => {
    const seed = squash(readSeed());
    expect(seed).toContain(`(${APPENDIX_HEADER})`);
  });
});
