// The routes that publish a set of data files (dist/data/*, dist/data/co-quan/*, the report form's unit files): one
// pass over the data per build, whatever the number of files, and each file served with the type its extension says.
// A file given as a function is computed when the build writes it and not kept: the open data of a national plan is
// hundreds of megabytes of text, which held for the whole build was a large part of its memory (issue 15).
import type { APIRoute, GetStaticPaths } from 'astro';
import { Chunks } from './text-file.ts';

/** Content-Type of a published data file, from its extension: CSV, else JSON. */
export const dataFileType = (name: string): string =>
  name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';

/** A file's text (or its UTF-8 bytes, made as they are read), or what computes it when it is written. */
export type FileText = string | Chunks | (() => string | Chunks);

/** Chunks as a stream, each made when the reader asks for it. */
function streamOf(chunks: Chunks): ReadableStream<Uint8Array<ArrayBuffer>> {
  const it = chunks.of[Symbol.iterator]();
  return new ReadableStream({
    pull(reader) {
      const next = it.next();
      if (next.done) reader.close();
      else reader.enqueue(next.value);
    },
  });
}

/** getStaticPaths and GET of a `[file]` route whose files `make` lists in one go (file name → text or its maker). */
export function fileRoutes(make: () => Promise<Record<string, FileText>>): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  // Without this, computing each of the files would recompute all of them.
  let files: Promise<Record<string, FileText>> | undefined;
  const all = () => (files ??= make());
  return {
    getStaticPaths: async () => Object.keys(await all()).map((file) => ({ params: { file } })),
    GET: async ({ params }) => {
      const file = (await all())[params.file!]!;
      const text = typeof file === 'function' ? file() : file;
      return new Response(text instanceof Chunks ? streamOf(text) : text, { headers: { 'Content-Type': dataFileType(params.file!) } });
    },
  };
}
