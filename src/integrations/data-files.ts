// Astro integration for the data files published beside the pages (the open data, each body's tasks, each unit's
// form file; src/lib/data-files.ts). A build writes them straight into its output folder once the pages are written
// (astro:build:done), before the checksums, which list them; a failure fails `astro build` itself. The dev server
// serves each one, made when it is asked for.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dataFileType, fileAt, writeFileSets } from '../lib/data-files.ts';
import { sharedSiteData } from '../lib/site-data.ts';
import { Chunks } from '../lib/text-file.ts';
import { normalizeBase, setNodeBase } from '../lib/urls.ts';

export default function dataFiles(): AstroIntegration {
  let root = '';
  let site = '';
  let base = '/';
  return {
    name: 'hn122:data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        // The same origin and base the pages' links use: the files' absolute URLs are made with the pages' rules
        // (src/lib/urls.ts).
        site = config.site ?? '';
        base = normalizeBase(config.base);
        setNodeBase(config.base);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          // The files' names are plain ASCII: any other address is a page's, or nothing.
          if (!path.startsWith(base) || !/^[\w./-]+$/.test(path)) return next();
          sharedSiteData(root)
            .then((d) => {
              const text = fileAt(d, new URL(site), path.slice(base.length));
              if (text === undefined) return next();
              res.setHeader('Content-Type', dataFileType(path));
              if (text instanceof Chunks) for (const chunk of text.of) res.write(chunk);
              else res.write(text);
              res.end();
            })
            .catch(next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const written = writeFileSets(await sharedSiteData(root), new URL(site), fileURLToPath(dir));
        logger.info(`${written} tệp dữ liệu đã ghi.`);
      },
    },
  };
}
