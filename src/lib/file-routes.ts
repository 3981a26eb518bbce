// The routes that publish a set of data files computed together (dist/data/*, dist/data/co-quan/*): one pass over
// the data per build, whatever the number of files, and each file served with the type its extension says.
import type { APIRoute, GetStaticPaths } from 'astro';

/** Content-Type of a published data file, from its extension: CSV, else JSON. */
export const dataFileType = (name: string): string =>
  name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';

/** getStaticPaths and GET of a `[file]` route whose files `make` computes in one go (file name → text). */
export function fileRoutes(make: () => Promise<Record<string, string>>): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  // Without this, computing each of the files would recompute all of them.
  let files: Promise<Record<string, string>> | undefined;
  const all = () => (files ??= make());
  return {
    getStaticPaths: async () => Object.keys(await all()).map((file) => ({ params: { file } })),
    GET: async ({ params }) => new Response((await all())[params.file!], { headers: { 'Content-Type': dataFileType(params.file!) } }),
  };
}
