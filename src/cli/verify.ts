// Checks that a published site is exactly a local build: same list of checksums, and every published file
// hashing to its checksum. Build the commit named in the site's build-info.json first (README, "Kiểm chứng").
//   npm run verify -- https://example.github.io/repo/          (compares with dist/)
//   npm run verify -- https://example.github.io/repo/ --dir some/other/build
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MANIFEST, readManifest, sha256 } from '../integrations/checksums.ts';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const dir = resolve(dirFlag >= 0 ? args[dirFlag + 1]! : 'dist');
const target = args.find((a, i) => !a.startsWith('--') && i !== dirFlag + 1);
if (!target) {
  console.error('Cách dùng: npm run verify -- <địa chỉ trang đã công bố> [--dir <thư mục bản dựng>]');
  process.exit(2);
}
const site = new URL(target.endsWith('/') ? target : `${target}/`);
const localFile = join(dir, MANIFEST);
if (!existsSync(localFile)) {
  console.error(`Không có ${localFile}: hãy dựng trang trước (npm run build).`);
  process.exit(2);
}
const local = readManifest(readFileSync(localFile, 'utf8'));

async function fetchBytes(path: string): Promise<Buffer | null> {
  const res = await fetch(new URL(path, site));
  return res.ok ? Buffer.from(await res.arrayBuffer()) : null;
}

const problems: string[] = [];
const remoteText = await fetchBytes(MANIFEST);
if (!remoteText) {
  console.error(`Trang ${site.href} không có ${MANIFEST}.`);
  process.exit(1);
}
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
    if (!body) problems.push(`không tải được: ${file}`);
    else if (sha256(body) !== remote.get(file)) problems.push(`nội dung không khớp ${MANIFEST}: ${file}`);
  }
}
await Promise.all(Array.from({ length: 8 }, worker));

if (problems.length) {
  console.error(`Trang ${site.href} KHÔNG khớp với bản dựng trong ${dir} (${problems.length} điểm khác):`);
  for (const p of problems.slice(0, 50)) console.error(`  • ${p}`);
  if (problems.length > 50) console.error(`  … và ${problems.length - 50} điểm khác nữa`);
  process.exit(1);
}
console.log(`Trang ${site.href} khớp từng byte với bản dựng trong ${dir}: ${files.length} tệp.`);
