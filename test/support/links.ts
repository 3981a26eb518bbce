// Link checker for a built folder: every internal reference (href, src, srcset, action, also absolute URLs of
// the site itself) must name a file that exists, and every #fragment must be an id on the target page.
// Other origins are never fetched here: the site must not depend on them (see security.test.ts).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attr, builtFor, elements, htmlPages, parseFile, type Element } from './site.ts';

export interface Reference {
  page: string;
  tag: string;
  attr: string;
  value: string;
}

const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
  input: ['src'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

export function referencesOf(page: string, els: Iterable<Element>): Reference[] {
  const out: Reference[] = [];
  for (const el of els) {
    for (const name of URL_ATTRS[el.tagName] ?? []) {
      const value = attr(el, name);
      if (value === undefined) continue;
      const values =
        name === 'srcset'
          ? value
              .split(',')
              .map((c) => c.trim().split(/\s+/)[0]!)
              .filter(Boolean)
          : [value];
      for (const v of values) out.push({ page, tag: el.tagName, attr: name, value: v });
    }
    // Social previews point at the page itself; they must resolve like any link.
    if (el.tagName === 'meta' && attr(el, 'property') === 'og:url')
      out.push({ page, tag: 'meta', attr: 'content', value: attr(el, 'content') ?? '' });
  }
  return out;
}

export interface LinkReport {
  checked: number;
  external: string[];
  problems: string[];
}

export function checkLinks(dist: string): LinkReport {
  const { site, base } = builtFor(dist);
  const pages = htmlPages(dist);
  const ids = new Map<string, Set<string>>();
  const refs: Reference[] = [];
  for (const page of pages) {
    const els = [...elements(parseFile(join(dist, page)))];
    ids.set(
      page,
      new Set(els.flatMap((el) => [attr(el, 'id'), el.tagName === 'a' ? attr(el, 'name') : undefined]).filter((x): x is string => !!x)),
    );
    refs.push(...referencesOf(page, els));
  }
  const problems: string[] = [];
  const external = new Set<string>();
  for (const r of refs) {
    const where = `${r.page}: <${r.tag} ${r.attr}="${r.value}">`;
    if (/^(mailto|tel):/i.test(r.value)) continue;
    const pageUrl = new URL(r.page.replace(/(^|\/)index\.html$/, '$1'), site);
    let url: URL;
    try {
      url = new URL(r.value, pageUrl);
    } catch {
      problems.push(`${where}: not a valid URL`);
      continue;
    }
    if (url.origin !== site.origin || !url.pathname.startsWith(base)) {
      external.add(url.href);
      continue;
    }
    let path = decodeURIComponent(url.pathname.slice(base.length));
    const full = join(dist, path);
    if (path === '' || path.endsWith('/')) path += 'index.html';
    else if (existsSync(full) && statSync(full).isDirectory()) {
      problems.push(`${where}: a folder must end with "/" (trailingSlash: always)`);
      path += '/index.html';
    }
    if (!existsSync(join(dist, path))) {
      problems.push(`${where}: no file ${path}`);
      continue;
    }
    const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
    if (!fragment) continue;
    const targetIds = ids.get(path);
    if (!targetIds) problems.push(`${where}: #${fragment} points into a file that is not an HTML page`);
    else if (!targetIds.has(fragment)) problems.push(`${where}: ${path} has no element with id="${fragment}"`);
  }
  return { checked: refs.length, external: [...external].sort(), problems };
}
