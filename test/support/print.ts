// Printing a page as a reader does, in Chromium: the print stylesheet applied at the width of an A4 text column,
// every table measured for clipping, then the page printed to PDF (page.pdf) with the page's own @page size.
import type { Page } from 'playwright-core';

/** A4 in CSS pixels (96 per inch): 210 × 297 mm. */
export const A4_PX = { width: Math.round((210 / 25.4) * 96), height: Math.round((297 / 25.4) * 96) };

export interface TableFit {
  id: string;
  caption: string;
  scrollWidth: number;
  clientWidth: number;
  /** Right edge of the table's box, in px from the left of the page. */
  right: number;
}

export interface PrintLayout {
  /** Width of the text column the content lays out in (the body's content box). */
  column: number;
  tables: TableFit[];
  /** Elements inside main whose box reaches past the text column (tag#id.class and how far). */
  overflowing: string[];
}

/**
 * Lays the page out for print at the width of an A4 page less the @page side margins (given in mm), and measures
 * every table and every element of the main content against that column.
 */
export async function printLayout(page: Page, marginsMm: { left: number; right: number }): Promise<PrintLayout> {
  const column = Math.floor(((210 - marginsMm.left - marginsMm.right) / 25.4) * 96);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: column, height: A4_PX.height });
  return page.evaluate((column) => {
    const tables = [...document.querySelectorAll('main table')].map((t, i) => ({
      id: t.id || `table-${i + 1}`,
      caption: t.querySelector('caption')?.textContent?.trim() ?? '',
      scrollWidth: t.scrollWidth,
      clientWidth: t.clientWidth,
      right: t.getBoundingClientRect().right,
    }));
    const overflowing = [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > column + 1 && getComputedStyle(e).display !== 'none')
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''} (+${Math.round(e.getBoundingClientRect().right - column)} px)`,
      );
    return { column: document.body.clientWidth, tables, overflowing };
  }, column);
}
