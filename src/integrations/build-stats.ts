// Figures a build records about itself for `npm run bench` (docs/performance.md): the time of each step that
// runs after the pages, and how many records the search index holds. src/cli/build.ts writes them out when asked
// (BUILD_STATS=<file>); nothing else reads them, and they never go into the site.
// Kept on globalThis, because Astro may load astro.config.mjs (and so the integrations) as a second copy of
// these modules, with its own module-level variables.
export interface BuildStats {
  searchMs?: number;
  checksumsMs?: number;
  indexed?: number;
}

const KEY = Symbol.for('hn122.buildStats');
const store = globalThis as typeof globalThis & { [KEY]?: BuildStats };

export const recordBuildStat = (stats: BuildStats): void => void (store[KEY] = { ...store[KEY], ...stats });
export const buildStats = (): BuildStats => ({ ...store[KEY] });
