import { fileRoutes } from '../../../lib/file-routes.ts';
import { unitBookFiles } from '../../../lib/form-book.ts';
import { siteData } from '../../../lib/site-data.ts';

// dist/nop-bao-cao/don-vi/<unit>.json: one reporting unit's tasks for the report form, fetched when the unit is
// chosen (src/lib/form-book.ts); all of them computed in one pass per build.
export const { getStaticPaths, GET } = fileRoutes(() => siteData().then(unitBookFiles));
