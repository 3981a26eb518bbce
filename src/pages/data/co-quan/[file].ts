import { fileRoutes } from '../../../lib/file-routes.ts';
import { agencyTaskFiles } from '../../../lib/open-data.ts';
import { siteData } from '../../../lib/site-data.ts';

// dist/data/co-quan/<id>.csv and .json: each body's tasks, computed once per build.
export const { getStaticPaths, GET } = fileRoutes(() => siteData().then((d) => agencyTaskFiles(d, new URL(import.meta.env.SITE))));
