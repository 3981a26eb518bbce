// The commit the site's data comes from, for pages that must name it (the printable yearly report's footer). Read
// from git at build time; null outside a checkout (a build from an exported folder), and the page then says so.
import { headCommit } from './git.ts';

let cached: string | null | undefined;
export function dataCommit(root = process.cwd()): string | null {
  if (cached !== undefined) return cached;
  cached = headCommit(root);
  return cached;
}

/** "abc1234": the commit as people quote it. */
export const shortCommit = (c: string): string => c.slice(0, 7);
