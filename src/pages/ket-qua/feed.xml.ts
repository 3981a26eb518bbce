// Atom feed announcing each published report: one entry per unit's submission and per issued consolidated report.
// Every date comes from the report files (the document date), never from the build clock, so rebuilding the site does
// not make feed readers think something new was published.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { formatDate } from '../../lib/format.ts';
import { resultsUrl, unitUrl, url } from '../../lib/urls.ts';

// Atom requires a feed-level <updated>. Before any report exists, the only dated fact behind this feed is the
// Resolution the plan carries out (Nghị quyết 122/NQ-CP ngày 08/5/2025).
const BEFORE_ANY_REPORT = '2025-05-08';
const HANOI = '+07:00';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const stamp = (date: string) => `${date}T00:00:00${HANOI}`;

export const GET: APIRoute = async ({ site }) => {
  const { reporting, registry } = await siteData();
  const abs = (path: string) => new URL(path, site).href;
  const mark = reporting.sample ? '[DỮ LIỆU MẪU, KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC] ' : '';
  const items = [
    ...reporting.submissions.map((s) => {
      const unit = registry.unitById.get(s.unit)!.name;
      const link = abs(`${unitUrl(s.unit)}#nam-${s.year}`);
      const kind = s.request ? `Báo cáo đột xuất` : `Báo cáo năm ${s.year}`;
      return {
        date: s.document.date,
        id: `${link}/${s.document.date}/${s.request ? 'dot-xuat' : 'nam'}`,
        link,
        title: `${mark}${kind} của ${unit}`,
        summary: `${mark}${kind} của ${unit}: văn bản số ${s.document.number} ngày ${formatDate(s.document.date)}; ${s.tasks.length} nhiệm vụ, ${s.proposals.length} đề xuất, kiến nghị.`,
      };
    }),
    ...[...reporting.consolidated.values()].map((c) => ({
      date: c.published,
      id: abs(resultsUrl(c.year)),
      link: abs(resultsUrl(c.year)),
      title: `${mark}Báo cáo tổng hợp năm ${c.year}`,
      summary: `${mark}Báo cáo số ${c.document.number} ngày ${formatDate(c.document.date)} của ${c.document.issuer}, đăng ngày ${formatDate(c.published)}.`,
    })),
  ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1));
  const updated = items.length
    ? items
        .map((i) => i.date)
        .sort()
        .at(-1)!
    : BEFORE_ANY_REPORT;
  const entries = items.map(
    (i) => `  <entry>
    <title>${esc(i.title)}</title>
    <id>${esc(i.id)}</id>
    <link rel="alternate" type="text/html" href="${esc(i.link)}"/>
    <published>${stamp(i.date)}</published>
    <updated>${stamp(i.date)}</updated>
    <summary>${esc(i.summary)}</summary>
  </entry>`,
  );
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>${esc(`${mark}Báo cáo kết quả thực hiện Kế hoạch của Hà Nội thực hiện Nghị quyết 122/NQ-CP`)}</title>
  <subtitle>${esc(items.length ? 'Mỗi mục là một báo cáo của một đơn vị, hoặc một báo cáo tổng hợp, đã được đăng.' : 'Chưa có báo cáo nào được đăng.')}</subtitle>
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
