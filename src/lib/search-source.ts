// Reads content/ for the search index, outside Astro's content layer (src/integrations/search-index.ts runs after the
// pages are written, in plain Node). The build has already validated the same files, so a problem here means they
// changed in between; it stops the index rather than indexing half the site.
import { DataError } from './data-file.ts';
import { readContentFiles } from './content-files.ts';
import { resultsForSite } from './results.ts';
import type { SearchSource } from './search-records.ts';

export function readSearchSource(root: string): SearchSource {
  const { problems, ...content } = readContentFiles(root);
  if (problems.some((p) => p.severity === 'error')) throw new DataError(problems);
  // Same folder (RESULTS_DIR) and same checks as the pages, so the index never disagrees with them.
  return { ...content, results: resultsForSite(content, { root }) };
}
