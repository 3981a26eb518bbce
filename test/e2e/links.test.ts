// Every internal link, asset and #anchor in the built HTML resolves, read straight from dist/ (no browser needed);
// nothing is loaded from another origin; ids are unique on each page. Console errors are checked on every page by a11y.test.ts.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/e2e.ts';

const SITE = 'http://site.invalid';
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const fileOf = (pathname: string) => (pathname.endsWith('/') ? join(DIST, pathname, 'index.html') : join(DIST, decodeURIComponent(pathname)));
const htmlOf = new Map<string, string>();
const read = (file: string) => htmlOf.get(file) ?? htmlOf.set(file, readFileSync(file, 'utf8')).get(file)!;
// Markup only: the JSON a chart carries and the CSS a page embeds are data, not links.
const markup = (html: string) => html.replace(/<script\b[^>]*type="application\/json"[^>]*>[\s\S]*?<\/script>/g, '').replace(/<style\b[\s\S]*?<\/style>/g, '');
const ids = (html: string) => [...markup(html).matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!));
const pages = builtPages();

interface Ref {
  page: string;
  attr: string;
  value: string;
}
const refs: Ref[] = pages.flatMap((page) => {
  const html = markup(read(fileOf(page)));
  return [...html.matchAll(/<(a|link|script|img|source|form)\b([^>]*)>/g)].flatMap((m) => {
    const attrs = m[2]!;
    if (m[1] === 'link' && /rel="(canonical|alternate)"/.test(attrs)) return [];
    return [...attrs.matchAll(/\s(href|src|action)="([^"]*)"/g)].map((a) => ({ page, attr: `${m[1]} ${a[1]}`, value: decode(a[2]!) }));
  });
});

describe('links in the built site', () => {
  it('reads the built pages and their links', () => {
    expect(pages.length).toBeGreaterThan(80);
    expect(refs.length).toBeGreaterThan(pages.length * 10);
  });

  it('loads nothing from another origin', () => {
    const external = refs.filter((r) => r.attr !== 'a href' && /^(https?:)?\/\//.test(r.value));
    expect(external).toEqual([]);
  });

  it('points every internal link and asset at a file that exists', () => {
    const broken: string[] = [];
    for (const r of refs) {
      if (/^(https?:|mailto:|tel:)/.test(r.value)) continue;
      const target = new URL(r.value, new URL(r.page, SITE));
      const file = fileOf(target.pathname);
      if (!existsSync(file) || statSync(file).isDirectory()) broken.push(`${r.page}: ${r.attr}="${r.value}"`);
    }
    expect(broken).toEqual([]);
  });

  it('finds every #anchor on the page it names', () => {
    const broken: string[] = [];
    for (const r of refs.filter((x) => x.attr === 'a href' && x.value.includes('#'))) {
      const target = new URL(r.value, new URL(r.page, SITE));
      const hash = decodeURIComponent(target.hash.slice(1));
      if (!hash) continue;
      const file = fileOf(target.pathname);
      if (!existsSync(file) || !ids(read(file)).includes(hash)) broken.push(`${r.page}: ${r.value}`);
    }
    expect(broken).toEqual([]);
  });

  it('gives every filtered view of the task list values its form offers', () => {
    const list = read(fileOf('/nhiem-vu/'));
    const offered = (name: string) => {
      const control = new RegExp(`<(select|input)[^>]*name="${name}"`);
      if (!control.test(list)) return null;
      const select = new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(list);
      const source = select ? select[1]! : [...list.matchAll(new RegExp(`<input[^>]*name="${name}"[^>]*>`, 'g'))].map((m) => m[0]).join('');
      return new Set([...source.matchAll(/value="([^"]*)"/g)].map((m) => decode(m[1]!)));
    };
    const views = refs.filter((r) => r.attr === 'a href' && /\/nhiem-vu\/\?/.test(r.value));
    expect(views.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const r of views) {
      for (const [name, value] of new URL(r.value, SITE).searchParams) {
        if (name === 'sap-xep') continue;
        if (!offered(name)?.has(value)) wrong.push(`${r.page}: ${name}=${value}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('uses each id once per page, so that every anchor has one target', () => {
    const dupes: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      for (const id of ids(read(fileOf(page)))) {
        if (seen.has(id)) dupes.push(`${page}: #${id}`);
        seen.add(id);
      }
    }
    expect(dupes).toEqual([]);
  });
});
