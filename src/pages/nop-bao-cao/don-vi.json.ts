import type { APIRoute } from 'astro';
import { unitListFile } from '../../lib/form-book.ts';
import { siteData } from '../../lib/site-data.ts';

// dist/nop-bao-cao/don-vi.json: the report form's list of units, [id, name] in registry order (src/lib/form-book.ts).
export const GET: APIRoute = async () =>
  new Response(unitListFile(await siteData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
