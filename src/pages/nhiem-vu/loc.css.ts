// The no-JS filter rules of /nhiem-vu/ as a stylesheet of the site's own, so the Content Security Policy
// ('self' for stylesheets) covers them; inline they would need a hash Astro cannot compute for generated CSS.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { noScriptCss } from '../../lib/task-filter.ts';
import { taskListChoices } from '../../lib/task-list.ts';
import { pageCount } from '../../lib/paging.ts';

export const GET: APIRoute = async () => {
  const data = await siteData();
  // A paged list has no in-page filter (src/components/PagedTaskList.astro), so no rules: they grow with the bodies.
  const css =
    pageCount(data.tasks.length) > 1 ? '/* Danh mục nhiều trang: không có bộ lọc trong trang. */\n' : noScriptCss(taskListChoices(data));
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
