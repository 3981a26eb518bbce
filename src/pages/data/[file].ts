import { fileRoutes } from '../../lib/file-routes.ts';
import { openDataFiles } from '../../lib/open-data.ts';
import { siteData } from '../../lib/site-data.ts';

// dist/data/<file>.csv, .json and .schema.json: the open data, every file from one pass over the data.
export const { getStaticPaths, GET } = fileRoutes(() => siteData().then((d) => openDataFiles(d, new URL(import.meta.env.SITE))));
