// The commit the site's data comes from, for pages that must name it (the printable yearly report's footer). Read
// from git at build time; null outside a checkout (a build from an exported folder), and the page then says so.
import { execFileSync } from 'node:child_process';

let cached: string | null | undefined;
export function dataCommit(root = process.cwd()): string | null {
  if (cached !== undefined) return cached;
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    cached = /^[0-9a-f]{40}$/.test(out) ? out : null;
  } catch {
    cached = null;
  }
  return cached;
}

/** "abc1234": the commit as people quote it. */
export const shortCommit = (c: string): string => c.slice(0, 7);
