// The data files published beside the pages (src/lib/data-files.ts): the build writes them after the pages, a big
// file a chunk at a time, and the dev server serves the same bytes, each made when it is asked for.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import dataFiles from '../../src/integrations/data-files.ts';
import { dataFileType, fileAt, writeFileSets, type FileSet } from '../../src/lib/data-files.ts';
import type { SiteData } from '../../src/lib/site-data.ts';
import { Chunks, jsonList } from '../../src/lib/text-file.ts';
import { ROOT } from '../support/site.ts';

describe('data files', () => {
  // Two files, one made as chunks (long enough to cross the 64 KB chunk size): what the dev server serves and what
  // the build writes must be the same bytes.
  const long = Array.from({ length: 3000 }, (_, i) => ({ year: i, task: `pl2-${i}`, summary: 'Đã thu gom "nước thải"\nđạt 45%' }));
  const longText = `${JSON.stringify(long, null, 2)}\n`;
  const counted = () => {
    const made = { count: 0 };
    const set: FileSet = {
      folder: 'data/thu',
      make: () => ({
        'a.json': () => {
          made.count += 1;
          return jsonList(long);
        },
        'b.csv': 'x\r\n',
      }),
    };
    return { made, set };
  };

  it('fileAt makes a file when it is asked for, the same bytes, and nothing for a name no set publishes', () => {
    const { made, set } = counted();
    const site = new URL('https://example.org');
    const d = {} as SiteData;
    expect(made.count).toBe(0);
    const a = fileAt(d, site, 'data/thu/a.json', [set]);
    expect(made.count).toBe(1);
    expect(a instanceof Chunks && Buffer.from(a.bytes()).toString('utf8')).toBe(longText);
    expect(fileAt(d, site, 'data/thu/b.csv', [set])).toBe('x\r\n');
    expect(dataFileType('b.csv')).toBe('text/csv; charset=utf-8');
    expect(dataFileType('a.json')).toBe('application/json; charset=utf-8');
    for (const nothing of ['data/thu/c.json', 'data/thu/constructor', 'data/a.json', 'thu/a.json'])
      expect(fileAt(d, site, nothing, [set])).toBeUndefined();
  });

  it('writeFileSets writes every file of a set into its folder, each made once, byte for byte', () => {
    const { made, set } = counted();
    const out = mkdtempSync(join(tmpdir(), 'data-files-'));
    try {
      expect(writeFileSets({} as SiteData, new URL('https://example.org'), out, [set])).toBe(2);
      expect(made.count).toBe(1);
      expect(readdirSync(join(out, 'data', 'thu')).sort()).toEqual(['a.json', 'b.csv']);
      expect(readFileSync(join(out, 'data', 'thu', 'a.json'), 'utf8')).toBe(longText);
      expect(readFileSync(join(out, 'data', 'thu', 'b.csv'), 'utf8')).toBe('x\r\n');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

type Hooks = Required<AstroIntegration['hooks']>;
type Middleware = (req: { url: string }, res: unknown, next: (e?: Error) => void) => void;

/** What the dev server answers for `path`: the body and type, or null when it passes the request on to Astro. */
function ask(middleware: Middleware, path: string): Promise<{ body: Buffer; type: string } | null> {
  return new Promise((done, fail) => {
    const parts: Buffer[] = [];
    let type = '';
    const res = {
      setHeader: (name: string, value: string) => void (name === 'Content-Type' && (type = value)),
      write: (chunk: string | Uint8Array) => void parts.push(Buffer.from(chunk)),
      end: () => done({ body: Buffer.concat(parts), type }),
    };
    middleware({ url: path }, res, (e) => (e ? fail(e) : done(null)));
  });
}

describe('the data files of the real plan', () => {
  it('the build writes them into its folder, and the dev server serves the same bytes with their type', async () => {
    const integration = dataFiles();
    const hooks = integration.hooks as Hooks;
    await hooks['astro:config:done']({ config: { root: pathToFileURL(`${ROOT}/`), site: 'https://example.org', base: '/' } } as never);
    let middleware: Middleware | undefined;
    await hooks['astro:server:setup']({ server: { middlewares: { use: (m: Middleware) => (middleware = m) } } } as never);
    const out = mkdtempSync(join(tmpdir(), 'data-files-real-'));
    try {
      await hooks['astro:build:done']({ dir: pathToFileURL(`${out}/`), logger: { info: () => {} } } as never);
      const agency = readdirSync(join(out, 'data', 'co-quan')).find((f) => f.endsWith('.csv'))!;
      const unit = readdirSync(join(out, 'nop-bao-cao', 'don-vi'))[0]!;
      expect(readdirSync(join(out, 'data'))).toContain('task-parts.json');
      for (const [path, type] of [
        ['data/tasks.json', 'application/json; charset=utf-8'],
        ['data/task-parts.csv', 'text/csv; charset=utf-8'],
        [`data/co-quan/${agency}`, 'text/csv; charset=utf-8'],
        [`nop-bao-cao/don-vi/${unit}`, 'application/json; charset=utf-8'],
      ] as const) {
        const served = await ask(middleware!, `/${path}?v=1`);
        expect(served?.type, path).toBe(type);
        expect(served?.body.equals(readFileSync(join(out, ...path.split('/')))), path).toBe(true);
      }
      // Pages, files no set publishes and addresses outside the data are Astro's to answer.
      for (const path of ['/nhiem-vu/', '/data/khong-co.json', '/data/', '/data/co-quan/%C4%91.json'])
        expect(await ask(middleware!, path), path).toBeNull();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
