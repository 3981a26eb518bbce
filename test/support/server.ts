// The one static server of the tests and the benchmark, over loopback, behaving like a static host such as
// GitHub Pages: the built folder is served under the site's base path ("/" or "/repo/"), a folder gives its
// index.html, anything else missing gives 404.html with status 404. `gzip: true` compresses text the way hosts
// do (for Lighthouse and download sizes); by default bytes go out as stored.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
// Pagefind's index files are compressed already; hosts compress text and wasm.
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm))|image\/svg/;

export interface Served {
  /** Origin without a trailing slash ("http://127.0.0.1:1234"); the site itself is at `${url}${base}`. */
  url: string;
  server: Server;
}

export function serve(root: string, opts: { base?: string; port?: number; gzip?: boolean } = {}): Promise<Served> {
  const base = opts.base ?? '/';
  const notFound = join(root, '404.html');
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = pathname.startsWith(base) ? normalize(join(root, pathname.slice(base.length))) : notFound;
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = notFound;
    }
    if (!existsSync(file)) return void res.writeHead(404).end();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = opts.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(status, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
    const body = createReadStream(file);
    if (gzip) body.pipe(createGzip()).pipe(res);
    else body.pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : opts.port}`, server });
    }),
  );
}

/** Stops a server started by serve(). */
export const stop = (s: Served | undefined): Promise<void> => new Promise((r) => (s ? s.server.close(() => r()) : r()));
