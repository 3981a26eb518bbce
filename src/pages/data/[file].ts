import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataFiles } from '../../lib/open-data.ts';
import { siteData } from '../../lib/site-data.ts';

export const getStaticPaths = (async () => {
  const files = openDataFiles(await siteData(), new URL('https://example.invalid/'));
  return Object.keys(files).map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const body = openDataFiles(await siteData(), site!)[params.file!]!;
  const type = params.file!.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
  return new Response(body, { headers: { 'Content-Type': type } });
};
