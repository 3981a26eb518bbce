// The no-JS filter rules of /nhiem-vu/ as a stylesheet of the site's own, so the Content Security Policy
// ('self' for stylesheets) covers them; inline they would need a hash Astro cannot compute for generated CSS.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { noScriptCss } from '../../lib/task-filter.ts';
import { taskListChoices } from '../../lib/task-list.ts';

export const GET: APIRoute = async () =>
  new Response(noScriptCss(taskListChoices(await siteData())), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
