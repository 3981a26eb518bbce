// Every internal URL is built here, so the base path (for hosting under a sub-folder) is applied once.
import { pageOf, pagePath, PAGE_SIZE } from './paging.ts';

/** The one rule for the base path: "/" or "/repo/", always with a leading and a trailing slash. */
export const normalizeBase = (base: string | undefined): string => (base ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');

// Read when a URL is made, not when this module loads. In pages, Vite replaces BASE_URL with the configured base.
// In plain Node, where import.meta.env does not exist, URLs are made only by the build's integrations (the data
// files written after the pages), which set the configured base first; anything else fails rather than guess "/".
// On globalThis, because Astro may load the integrations' copy of this module apart from the pages' one.
const NODE_BASE = Symbol.for('hn122.base');
const node = globalThis as typeof globalThis & { [NODE_BASE]?: string };

/** The base path URLs are made under outside the pages (plain Node): the build's configured base. */
export const setNodeBase = (configured: string | undefined): void => void (node[NODE_BASE] = normalizeBase(configured));

const base = (): string => {
  if (typeof import.meta.env === 'object') return normalizeBase(import.meta.env.BASE_URL);
  const configured = node[NODE_BASE];
  if (configured === undefined) throw new Error('urls.ts: a URL was asked for outside the pages before setNodeBase()');
  return configured;
};

export const url = (path = ''): string => `${base()}${path.replace(/^\//, '')}`;
export const planUrl = (anchor?: string): string => url(`ke-hoach/${anchor ? `#${anchor}` : ''}`);
export const taskUrl = (id: string): string => url(`nhiem-vu/${id}/`);
export const agencyUrl = (id: string): string => url(`co-quan/${id}/`);
export const targetUrl = (id: string): string => url(`muc-tieu/${id}/`);
export const dataUrl = (file: string): string => url(`data/${file}`);
export const resultsUrl = (year?: number): string => url(`ket-qua/${year ? `${year}/` : ''}`);
/**
 * One task's part of a year's results: on the year page, or, when the plan is too long for one page, on the page of
 * the year's results that holds it (src/lib/paging.ts): `index` is the task's place in plan order, `count` the tasks.
 */
export const resultsTaskUrl = (year: number, id: string, index: number, count: number): string =>
  `${count <= PAGE_SIZE ? resultsUrl(year) : url(pagePath(`ket-qua/${year}/`, pageOf(index)))}#${id}`;
/** A reporting unit's page: its tasks, its reports year by year, its proposals. */
export const unitUrl = (id: string): string => url(`don-vi/${id}/`);
