import { fileRoutes } from '../../lib/file-routes.ts';
import { openDataMakers } from '../../lib/open-data.ts';
import { siteData } from '../../lib/site-data.ts';

// dist/data/<file>.csv, .json and .schema.json: the open data, each file computed when it is written.
export const { getStaticPaths, GET } = fileRoutes(() => siteData().then((d) => openDataMakers(d, new URL(import.meta.env.SITE))));
