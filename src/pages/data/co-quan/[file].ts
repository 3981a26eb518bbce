import type { APIRoute, GetStaticPaths } from 'astro';
import { agencyTaskFiles } from '../../../lib/open-data.ts';
import { siteData } from '../../../lib/site-data.ts';

// dist/data/co-quan/<id>.csv and .json: each body's tasks, computed once per build.
let files: Promise<Record<string, string>> | undefined;
const allFiles = () => (files ??= siteData().then((d) => agencyTaskFiles(d, new URL(import.meta.env.SITE))));

export const getStaticPaths = (async () => Object.keys(await allFiles()).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = (await allFiles())[params.file!]!;
  const type = params.file!.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
  return new Response(body, { headers: { 'Content-Type': type } });
};
