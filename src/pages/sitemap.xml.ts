// The sitemap is derived from the page routes themselves (every .astro file under src/pages, dynamic ones
// expanded through their own getStaticPaths), so a page type added later is listed without editing this file.
// test/quality/links.test.ts checks the result against the pages actually built.
import type { APIRoute } from 'astro';

type StaticPath = { params: Record<string, string | number | undefined> };
type Paginate = (data: readonly unknown[], opts?: { pageSize?: number; params?: Record<string, string> }) => StaticPath[];
type PageModule = { getStaticPaths?: (opts: { paginate: Paginate; routePattern: string }) => StaticPath[] | Promise<StaticPath[]> };

const pages = import.meta.glob<PageModule>('./**/*.astro', { eager: true });

/** Pages that exist but are not content: the not-found page is served for unknown addresses only. */
const EXCLUDED = new Set(['./404.astro', './500.astro']);

function routeOf(file: string): string {
  const path = file.replace(/^\.\//, '').replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  return path ? `${path}/` : '';
}

async function pagePaths(): Promise<string[]> {
  const out: string[] = [];
  for (const [file, mod] of Object.entries(pages)) {
    if (EXCLUDED.has(file)) continue;
    const route = routeOf(file);
    if (!route.includes('[')) {
      out.push(route);
      continue;
    }
    if (!mod.getStaticPaths) throw new Error(`sitemap: ${file} is dynamic but has no getStaticPaths`);
    // The same pages as Astro's paginate(): page 1 at the bare route, page n at "<n>/", in the route's rest param.
    const paginate: Paginate = (data, opts = {}) => {
      const rest = /\[\.\.\.([^\]]+)\]/.exec(route)?.[1];
      if (!rest) throw new Error(`sitemap: ${file} uses paginate() without a [...rest] parameter`);
      const count = Math.max(1, Math.ceil(data.length / (opts.pageSize ?? 10)));
      return Array.from({ length: count }, (_, i) => ({ params: { ...opts.params, [rest]: i === 0 ? undefined : String(i + 1) } }));
    };
    for (const { params } of await mod.getStaticPaths({ paginate, routePattern: route })) {
      const filled = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
        const value = params[name];
        if (value === undefined && !route.includes(`[...${name}]`)) throw new Error(`sitemap: ${file} gave no "${name}"`);
        return value === undefined ? '' : String(value);
      });
      out.push(filled.replace(/\/{2,}/g, '/').replace(/^\//, ''));
    }
  }
  return [...new Set(out)].sort();
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site }) => {
  const base = new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), site);
  const urls = (await pagePaths()).map((p) => `  <url><loc>${escapeXml(new URL(p, base).href)}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
