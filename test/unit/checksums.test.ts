// The checksum list reads each file a megabyte at a time (src/integrations/checksums.ts): a file of several
// megabytes, cut anywhere, must hash as it does whole. test/quality/reproducible.test.ts checks the list itself.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256, sha256File } from '../../src/integrations/checksums.ts';

describe('sha256File', () => {
  it('gives the checksum of the whole file, for an empty file, a small one and one over several reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sha-'));
    try {
      const big = Buffer.from(Array.from({ length: 2_700_000 }, (_, i) => (i * 7919) % 251));
      for (const [name, body] of [
        ['empty', Buffer.alloc(0)],
        ['small', Buffer.from('Hà Nội\n')],
        ['big', big],
        ['exact', big.subarray(0, 2 << 20)],
      ] as const) {
        writeFileSync(join(dir, name), body);
        expect(sha256File(join(dir, name)), name).toBe(sha256(body));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
