import { readdirSync, readFileSync } from 'node:fs';

// Figures a build records about itself for `npm run bench` (docs/performance.md): the time of each step that
// runs after the pages, and how many records the search index holds. src/cli/build.ts writes them out when asked
// (BUILD_STATS=<file>); nothing else reads them, and they never go into the site.
// Kept on globalThis, because Astro may load astro.config.mjs (and so the integrations) as a second copy of
// these modules, with its own module-level variables.
export interface BuildStats {
  searchMs?: number;
  /** CPU time of the search index step, Pagefind's own process included (Linux; absent elsewhere). */
  searchCpuMs?: number;
  /** Of which Pagefind's own process. */
  pagefindCpuMs?: number;
  checksumsMs?: number;
  indexed?: number;
}

const KEY = Symbol.for('hn122.buildStats');
const store = globalThis as typeof globalThis & { [KEY]?: BuildStats };

export const recordBuildStat = (stats: BuildStats): void => void (store[KEY] = { ...store[KEY], ...stats });
export const buildStats = (): BuildStats => ({ ...store[KEY] });

/**
 * CPU milliseconds used so far by each live child process of this one (Pagefind's binary while it runs), by pid.
 * Linux only (/proc); empty elsewhere, where the benchmark then shows wall time alone. A child's CPU must be read
 * while it lives: Pagefind's close() kills it without waiting, so its time may never reach this process's totals.
 */
export function childrenCpuMs(): Map<number, number> {
  const out = new Map<number, number>();
  try {
    for (const tid of readdirSync('/proc/self/task'))
      for (const pid of readFileSync(`/proc/self/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)) {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        // utime and stime: fields 14 and 15 of /proc/<pid>/stat, in clock ticks (1/100 s on Linux).
        out.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
      }
  } catch {
    // Not Linux, or a child ended while being read: the figure is then left out rather than guessed.
  }
  return out;
}
