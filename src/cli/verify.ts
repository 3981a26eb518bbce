// Checks that a published site is exactly a local build: same list of checksums, every published file hashing to
// its checksum, and no page in the published sitemaps that the build does not have. Build the commit named in the
// site's build-info.json first (README, "Verifying that the published site is exactly a commit").
//   npm run verify -- https://example.github.io/repo/                          (compares with dist/)
//   npm run verify -- https://example.github.io/repo/ --dir some/other/build
//   npm run verify -- --dir some/other/build https://example.github.io/repo/   (or --dir=some/other/build)
// Files that nothing links to (no page, no sitemap) cannot be found by a visitor or a crawler, nor by this check:
// they are out of its scope, as the README says.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILD_INFO, listFiles, MANIFEST, readManifest, sha256 } from '../integrations/checksums.ts';

const USAGE = 'Cách dùng: npm run verify -- <địa chỉ trang đã công bố> [--dir <thư mục bản dựng>]';

function stop(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let parsed: ReturnType<typeof parseArgs<{ options: { dir: { type: 'string' } }; allowPositionals: true }>>;
try {
  parsed = parseArgs({ options: { dir: { type: 'string' } }, allowPositionals: true });
} catch (e) {
  stop(`${(e as Error).message.split('\n')[0]}\n${USAGE}`);
}
const [target, ...extra] = parsed.positionals;
if (!target || extra.length) stop(USAGE);
let site: URL;
try {
  site = new URL(target.endsWith('/') ? target : `${target}/`);
  if (!/^https?:$/.test(site.protocol)) throw new Error();
} catch {
  stop(`"${target}" không phải địa chỉ web; hãy ghi đầy đủ, ví dụ https://hanoi-khi-hau.github.io/\n${USAGE}`);
}
const dir = resolve(parsed.values.dir ?? 'dist');
const localFile = join(dir, MANIFEST);
if (!existsSync(localFile)) stop(`Không có ${localFile}: hãy dựng trang trước (npm run build), hoặc chỉ đúng thư mục bản dựng bằng --dir.`);
const local = readManifest(readFileSync(localFile, 'utf8'));
const builtFiles = new Set(listFiles(dir));

/** A published file's bytes, null when the server does not have it; a network failure stops with one sentence. */
async function fetchBytes(path: string): Promise<Buffer | null> {
  const url = new URL(path, site);
  try {
    const res = await fetch(url);
    return res.ok ? Buffer.from(await res.arrayBuffer()) : null;
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
    stop(`Không tải được ${url.href} (${cause}): kiểm tra địa chỉ trang, kết nối mạng, rồi chạy lại.`);
  }
}

const problems: string[] = [];
const remoteText = await fetchBytes(MANIFEST);
if (!remoteText)
  stop(
    `Trang ${site.href} không có ${MANIFEST}: đây không phải một bản dựng của dự án này, hoặc địa chỉ chưa đúng thư mục gốc của trang.`,
    1,
  );
const remote = readManifest(remoteText.toString('utf8'));

for (const [file, hash] of local) {
  const other = remote.get(file);
  if (!other) problems.push(`thiếu trên trang công bố: ${file}`);
  else if (other !== hash) problems.push(`khác bản dựng: ${file}`);
}
for (const file of remote.keys()) if (!local.has(file)) problems.push(`có thêm trên trang công bố: ${file}`);

// The published list could itself be edited; fetch every file and hash what the server really sends.
const files = [...remote.keys()];
let next = 0;
async function worker() {
  while (next < files.length) {
    const file = files[next++]!;
    const body = await fetchBytes(file);
    if (!body) problems.push(`thiếu trên trang công bố (máy chủ không trả tệp): ${file}`);
    else if (sha256(body) !== remote.get(file)) problems.push(`nội dung không khớp ${MANIFEST}: ${file}`);
  }
}
await Promise.all(Array.from({ length: 8 }, worker));

// A page added to the published site is invisible to the checks above unless something points to it. Crawlers
// read sitemaps (the one robots.txt names, and /sitemap.xml by convention): every page they list must be built.
const info = JSON.parse(readFileSync(join(dir, BUILD_INFO), 'utf8')) as { SITE_URL?: string; SITE_BASE?: string };
const builtRoot = new URL((info.SITE_BASE ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/'), info.SITE_URL ?? site.href);
/** The built file a sitemap address stands for, relative to the build, or null for an address outside the site. */
function builtPath(loc: string): string | null {
  let url: URL;
  try {
    url = new URL(loc);
  } catch {
    return null;
  }
  for (const root of [builtRoot, site]) {
    if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) continue;
    const path = decodeURIComponent(url.pathname.slice(root.pathname.length));
    return path === '' || path.endsWith('/') ? `${path}index.html` : path;
  }
  return null;
}
const robots = (await fetchBytes('robots.txt'))?.toString('utf8') ?? '';
// Sitemaps name pages by the address the site was built for; each is fetched from the site being checked.
const sitemaps = [
  'sitemap-index.xml',
  'sitemap.xml',
  ...[...robots.matchAll(/^sitemap:\s*(\S+)/gim)].map((m) => builtPath(m[1]!) ?? m[1]!),
];
const seen = new Set<string>();
while (sitemaps.length && seen.size < 100) {
  const name = sitemaps.shift()!;
  if (seen.has(name)) continue;
  seen.add(name);
  if (/^[a-z]+:/i.test(name)) {
    problems.push(`robots.txt chỉ tới một sơ đồ trang ngoài trang: ${name}`);
    continue;
  }
  const xml = (await fetchBytes(name))?.toString('utf8');
  if (!xml) continue;
  for (const m of xml.matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/g)) {
    const loc = m[1]!.replace(/&amp;/g, '&');
    const path = builtPath(loc);
    if (path === null) problems.push(`${name} chỉ tới một sơ đồ trang ngoài trang: ${loc}`);
    else sitemaps.push(path);
  }
  for (const m of xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>/g)) {
    const loc = m[1]!.replace(/&amp;/g, '&');
    const path = builtPath(loc);
    if (path === null) problems.push(`${name} liệt kê một địa chỉ ngoài trang: ${loc}`);
    else if (!builtFiles.has(path)) problems.push(`${name} liệt kê một trang mà bản dựng không có: ${path}`);
  }
}

if (problems.length) {
  console.error(`Trang ${site.href} KHÔNG khớp với bản dựng trong ${dir} (${problems.length} điểm khác):`);
  for (const p of problems.slice(0, 50)) console.error(`  • ${p}`);
  if (problems.length > 50) console.error(`  … và ${problems.length - 50} điểm khác nữa`);
  process.exit(1);
}
console.log(`Trang ${site.href} khớp từng byte với bản dựng trong ${dir}: ${files.length} tệp.`);
