// Builds the Pagefind index of a built site from the data (src/lib/search-records.ts), not from its pages.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { allRecords, type SearchRecord } from '../lib/search-records.ts';
import { loadSiteData } from '../lib/site-data.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The site's base path, as astro.config.mjs reads it, with a trailing slash. */
export const siteBase = (): string => (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');

/** A result that leads nowhere is worse than none: every record must point at a built page, and at an id on it. */
function checkTargets(site: string, base: string, records: SearchRecord[]): string[] {
  const html = new Map<string, string | null>();
  const wrong: string[] = [];
  for (const r of records) {
    const [path = '', anchor] = r.url.slice(base.length).split('#');
    const file = join(site, path, 'index.html');
    if (!html.has(file)) html.set(file, existsSync(file) ? readFileSync(file, 'utf8') : null);
    const page = html.get(file);
    if (page === null || page === undefined) wrong.push(`${r.url}: không có trang ${join(path, 'index.html')}`);
    else if (anchor && !page.includes(`id="${anchor}"`)) wrong.push(`${r.url}: trang không có đoạn #${anchor}`);
  }
  return wrong;
}

const defined = <T>(o: { [k: string]: T | undefined }): Record<string, T> =>
  Object.fromEntries(Object.entries(o).filter((e): e is [string, T] => e[1] !== undefined));

// Pagefind always writes its three ready-made interfaces; the site uses its own (src/pages/tim-kiem/), so
// they would only be dead weight in the published folder.
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

export async function buildSearchIndex(site: string, root = ROOT): Promise<{ records: number }> {
  const base = siteBase();
  const urlFor = (path: string) => `${base}${path.replace(/^\//, '')}`;
  const records = allRecords(loadSiteData(root), urlFor);
  const wrong = checkTargets(site, base, records);
  if (wrong.length) throw new Error(`mục tìm kiếm trỏ đến chỗ không có:\n  ${wrong.join('\n  ')}`);

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(errors.join('; '));
  try {
    for (const r of records) {
      const added = await index.addCustomRecord({ url: r.url, content: r.content, language: r.language, meta: defined(r.meta), filters: defined(r.filters) });
      if (added.errors.length) throw new Error(added.errors.join('; '));
    }
    const out = join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    for (const f of readdirSync(out)) if (UNUSED.test(f)) rmSync(join(out, f));
    return { records: records.length };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
