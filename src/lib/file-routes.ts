// The routes that publish a set of data files (dist/data/*, dist/data/co-quan/*, the report form's unit files): one
// pass over the data per build, whatever the number of files, and each file served with the type its extension says.
// A file given as a function is computed when the build writes it and not kept: the open data of a national plan is
// hundreds of megabytes of text, which held for the whole build was a large part of its memory (issue 15).
import type { APIRoute, GetStaticPaths } from 'astro';

/** Content-Type of a published data file, from its extension: CSV, else JSON. */
export const dataFileType = (name: string): string =>
  name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';

/** A file's text (or its UTF-8 bytes), or what computes it when it is written. */
export type FileText = string | Uint8Array<ArrayBuffer> | (() => string | Uint8Array<ArrayBuffer>);

/** getStaticPaths and GET of a `[file]` route whose files `make` lists in one go (file name → text or its maker). */
export function fileRoutes(make: () => Promise<Record<string, FileText>>): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  // Without this, computing each of the files would recompute all of them.
  let files: Promise<Record<string, FileText>> | undefined;
  const all = () => (files ??= make());
  return {
    getStaticPaths: async () => Object.keys(await all()).map((file) => ({ params: { file } })),
    GET: async ({ params }) => {
      const text = (await all())[params.file!]!;
      return new Response(typeof text === 'function' ? text() : text, { headers: { 'Content-Type': dataFileType(params.file!) } });
    },
  };
}
