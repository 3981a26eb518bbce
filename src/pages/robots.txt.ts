// Everything on the site is public; crawlers are pointed at the sitemap (written by @astrojs/sitemap), with the
// address the site is published at.
import type { APIRoute } from 'astro';
import { url } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(url('sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
