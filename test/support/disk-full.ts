// Preloaded with `node --import` into a build: the disk fills up while Astro writes the pages. Once DISK_FULL_AFTER
// pages (20 unless said) are written, every further page fails with ENOSPC, as on a full disk. Astro writes each page
// with fs.promises.writeFile (node_modules/astro/dist/core/build/generate.js), looked up at each call.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const after = Number(process.env.DISK_FULL_AFTER ?? 20);
let pages = 0;
const writeFile = fs.promises.writeFile;
fs.promises.writeFile = ((file: Parameters<typeof writeFile>[0], ...rest: [never, never]) => {
  // A page is written to a path or a file: URL; a file handle is not a page.
  const path = file instanceof URL ? fileURLToPath(file) : typeof file === 'string' ? file : '';
  if (path.endsWith('.html') && ++pages > after)
    return Promise.reject(
      Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC', syscall: 'write', path }),
    );
  return writeFile(file, ...rest);
}) as typeof writeFile;
