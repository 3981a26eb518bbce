import { readFileSync } from 'node:fs';

// Figures a build records about itself for `npm run bench` (docs/performance.md): the time of each step that
// runs after the pages, and how many records the search index holds. src/cli/build.ts writes them out when asked
// (BUILD_STATS=<file>); nothing else reads them, and they never go into the site.
// Kept on globalThis, because Astro may load astro.config.mjs (and so the integrations) as a second copy of
// these modules, with its own module-level variables.
export interface BuildStats {
  searchMs?: number;
  /** CPU time of the search index step, Pagefind's own process included (Linux; absent elsewhere). */
  searchCpuMs?: number;
  checksumsMs?: number;
  indexed?: number;
}

const KEY = Symbol.for('hn122.buildStats');
const store = globalThis as typeof globalThis & { [KEY]?: BuildStats };

export const recordBuildStat = (stats: BuildStats): void => void (store[KEY] = { ...store[KEY], ...stats });
export const buildStats = (): BuildStats => ({ ...store[KEY] });

/**
 * CPU milliseconds used so far by this process and by its children that have exited (Pagefind's binary, once
 * closed). Linux only (/proc); null elsewhere, where the benchmark then shows wall time alone.
 */
export function cpuWithChildrenMs(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // utime, stime, cutime, cstime: fields 14–17 of /proc/<pid>/stat, in clock ticks (1/100 s on Linux).
    return [11, 12, 13, 14].reduce((n, i) => n + Number(fields[i]), 0) * 10;
  } catch {
    return null;
  }
}
