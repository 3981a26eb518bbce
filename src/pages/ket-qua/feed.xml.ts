// Atom feed announcing each published report. Every date comes from the report files (publication date), never
// from the build clock, so rebuilding the site does not make feed readers think something new was published.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { stateCounts } from '../../lib/results.ts';
import { stateLabels, stateOrder } from '../../lib/status.ts';
import { formatDate } from '../../lib/format.ts';
import { resultsUrl, url } from '../../lib/urls.ts';

// Atom requires a feed-level <updated>. Before any report exists, the only dated fact behind this feed is the
// Resolution the plan carries out (Nghị quyết 122/NQ-CP ngày 08/5/2025).
const BEFORE_ANY_REPORT = '2025-05-08';
const HANOI = '+07:00';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const stamp = (date: string) => `${date}T00:00:00${HANOI}`;

export const GET: APIRoute = async ({ site }) => {
  const { results, tasks } = await siteData();
  const abs = (path: string) => new URL(path, site).href;
  const mark = results.sample ? '[DỮ LIỆU MẪU, KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC] ' : '';
  const newest = [...results.reports].reverse();
  const updated = newest.length ? newest.map((r) => r.published).sort().at(-1)! : BEFORE_ANY_REPORT;
  const entries = newest.map((r) => {
    const counts = stateCounts(results.states.get(r.year)!.values());
    const tally = stateOrder.filter((s) => counts.has(s)).map((s) => `${stateLabels[s]}: ${counts.get(s)}`).join('; ');
    const summary = `${mark}Báo cáo số ${r.document.number} ngày ${formatDate(r.document.date)} của ${r.document.issuer}, công bố ngày ${formatDate(r.published)}. Trạng thái ${tasks.length} nhiệm vụ: ${tally}.`;
    return `  <entry>
    <title>${esc(`${mark}Kết quả thực hiện năm ${r.year}`)}</title>
    <id>${esc(abs(resultsUrl(r.year)))}</id>
    <link rel="alternate" type="text/html" href="${esc(abs(resultsUrl(r.year)))}"/>
    <published>${stamp(r.published)}</published>
    <updated>${stamp(r.published)}</updated>
    <summary>${esc(summary)}</summary>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>${esc(`${mark}Báo cáo kết quả thực hiện Kế hoạch của Hà Nội thực hiện Nghị quyết 122/NQ-CP`)}</title>
  <subtitle>${esc(newest.length ? 'Mỗi mục là một báo cáo kết quả hằng năm đã được công bố.' : 'Chưa có báo cáo kết quả hằng năm nào được công bố.')}</subtitle>
  <id>${esc(abs(resultsUrl()))}</id>
  <link rel="self" type="application/atom+xml" href="${esc(abs(url('ket-qua/feed.xml')))}"/>
  <link rel="alternate" type="text/html" href="${esc(abs(resultsUrl()))}"/>
  <updated>${stamp(updated)}</updated>
  <author><name>Kế hoạch khí hậu và môi trường Hà Nội (trang minh bạch)</name></author>
${entries.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
