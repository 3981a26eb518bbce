// Builds the Pagefind index for a built site folder.
import * as pagefind from 'pagefind';

export async function buildSearchIndex(site: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(errors.join('; '));
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return { pages: added.page_count };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
