// When the data behind the pages last changed: the date (in Hanoi) of the last commit that touched the data
// folders, from git history. Reproducible for a given commit (never the build machine's clock); it needs the full
// history, so CI checks out with fetch-depth: 0. Without git, or in a shallow copy that cannot tell, the site says
// nothing rather than a wrong date.
import { hanoiDate } from './as-of.ts';
import { lastCommitDate } from './git.ts';

const cache = new Map<string, string | null>();

/** The YYYY-MM-DD date of the last commit touching any of `paths` (relative to root), or null when unknown. */
export function lastChanged(paths: string[], root = process.cwd()): string | null {
  const key = `${root}\0${paths.join('\0')}`;
  if (cache.has(key)) return cache.get(key)!;
  const d = lastCommitDate(root, paths);
  const out = d ? hanoiDate(d) : null;
  cache.set(key, out);
  return out;
}
