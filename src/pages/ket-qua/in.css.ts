// Page setup of the printable yearly reports (/ket-qua/<year>/in/): A4, margins, and in the page margins the page
// number, the site's address and the data's commit. Generated at build because the address and the commit are only
// known then; a stylesheet of the site's own, so the Content Security Policy ('self') covers it.
import type { APIRoute } from 'astro';
import { dataCommit, shortCommit } from '../../lib/data-version.ts';
import { url } from '../../lib/urls.ts';

/** A CSS string literal: quotes and backslashes escaped, line breaks dropped. */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;

export const GET: APIRoute = ({ site }) => {
  const address = new URL(url(''), site).href.replace(/\/$/, '');
  const commit = dataCommit();
  const footer = `${address} · dữ liệu: phiên bản ${commit ? shortCommit(commit) : 'không rõ'}`;
  const css = `@page {
  size: A4;
  margin: 20mm 15mm 20mm 25mm;
  @bottom-left { content: ${cssString(footer)}; font-size: 8pt; color: #333; }
  @bottom-right { content: "Trang " counter(page) " / " counter(pages); font-size: 8pt; color: #333; }
}
`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
