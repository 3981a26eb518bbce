// The data files the site publishes beside its pages (dist/data/*, dist/data/co-quan/*, the report form's unit
// files): each folder is one pass over the data per build, whatever the number of files. A file given as a function
// is computed when it is written and not kept: the open data of a national plan is hundreds of megabytes of text,
// which held for the whole build was a large part of its memory (issue 15).
//
// They are not Astro routes: the build writes them after the pages (src/integrations/data-files.ts), a chunk at a
// time straight to disk, and the dev server serves them from the same makers. As routes, each file went through a
// Response that Astro reads whole before writing it: at 20,000 tasks task-parts.json (330 MB) was held twice over,
// the build's peak memory, and each of the 21,000 small files paid a page's overhead.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { unitBookFiles } from './form-book.ts';
import { agencyTaskFiles, openDataMakers } from './open-data.ts';
import type { SiteData } from './site-data.ts';
import { Chunks } from './text-file.ts';

/** Content-Type of a published data file, from its extension: CSV, else JSON. */
export const dataFileType = (name: string): string =>
  name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';

/** A file's text (or its UTF-8 bytes, made as they are read), or what computes it when it is written. */
export type FileText = string | Chunks | (() => string | Chunks);

/** A folder of published data files (path under the site's root, forward slashes) and what makes its files. */
export interface FileSet {
  folder: string;
  make: (d: SiteData, site: URL) => Record<string, FileText>;
}

/** dist/data/<file>.csv, .json and .schema.json: the open data. */
export const openDataSet: FileSet = { folder: 'data', make: openDataMakers };
/** dist/data/co-quan/<id>.csv and .json: each body's tasks. */
export const agencyTaskSet: FileSet = { folder: 'data/co-quan', make: agencyTaskFiles };
/** dist/nop-bao-cao/don-vi/<unit>.json: one reporting unit's tasks for the report form (src/lib/form-book.ts). */
export const unitBookSet: FileSet = { folder: 'nop-bao-cao/don-vi', make: (d) => unitBookFiles(d) };

export const fileSets: readonly FileSet[] = [openDataSet, agencyTaskSet, unitBookSet];

const textOf = (file: FileText): string | Chunks => (typeof file === 'function' ? file() : file);

/** Write every file of every set under `outDir`, one file at a time, a big one a chunk at a time. Returns the count. */
export function writeFileSets(d: SiteData, site: URL, outDir: string, sets: readonly FileSet[] = fileSets): number {
  let written = 0;
  for (const set of sets) {
    const folder = join(outDir, ...set.folder.split('/'));
    mkdirSync(folder, { recursive: true });
    for (const [name, file] of Object.entries(set.make(d, site))) {
      const text = textOf(file);
      const path = join(folder, name);
      if (text instanceof Chunks) {
        const fd = openSync(path, 'w');
        try {
          for (const chunk of text.of) writeSync(fd, chunk);
        } finally {
          closeSync(fd);
        }
      } else writeFileSync(path, text);
      written++;
    }
  }
  return written;
}

/** The file at `path` (under the site's root, no leading slash), made now; undefined when no set publishes it. */
export function fileAt(d: SiteData, site: URL, path: string, sets: readonly FileSet[] = fileSets): string | Chunks | undefined {
  const cut = path.lastIndexOf('/');
  const set = sets.find((s) => s.folder === path.slice(0, cut));
  const files = set?.make(d, site);
  const name = path.slice(cut + 1);
  return files && Object.hasOwn(files, name) ? textOf(files[name]!) : undefined;
}
