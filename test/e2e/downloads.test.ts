// Data where the reader is: the task list downloads what it shows (CSV and JSON, same columns as tasks.csv),
// each agency page downloads that body's tasks without any script, and /du-lieu/ explains every CSV column.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/lib/csv-columns.ts';
import { DIST, useBrowser, visibleTaskIds } from '../support/e2e.ts';

const b = useBrowser();
const header = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]!
    .split(',');
/** Task ids of a tasks.csv, in order (the id is the first column and never quoted). */
const ids = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .slice(1)
    .map((l) => l.split(',')[0]!)
    .filter((x) => /^pl\d/.test(x));

describe('downloads', () => {
  it('gives the filtered task list as CSV and JSON, exactly the rows shown, in their order', async () => {
    const { page, errors } = await b.visit('/nhiem-vu/?co-quan=so-xay-dung&vai-tro=chu-tri');
    const shown = await visibleTaskIds(page);
    expect(shown.length).toBeGreaterThan(0);
    await expect(page.locator('#tai-ve-pham-vi').textContent()).resolves.toBe(`${shown.length} nhiệm vụ đang hiển thị`);
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.locator('#tai-ve-csv').click()]);
    const csv = readFileSync(await csvFile.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(header(csv)).toEqual(header(readFileSync(join(DIST, 'data', 'tasks.csv'), 'utf8')));
    expect(ids(csv)).toEqual(shown);
    const [jsonFile] = await Promise.all([page.waitForEvent('download'), page.locator('#tai-ve-json').click()]);
    const json = JSON.parse(readFileSync(await jsonFile.path(), 'utf8')) as { id: string }[];
    expect(json.map((t) => t.id)).toEqual(shown);
    expect(errors).toEqual([]);
  });

  it('gives the whole list when nothing is filtered, and without JavaScript', async () => {
    for (const javaScript of [true, false]) {
      const { page } = await b.visit('/nhiem-vu/', { javaScript });
      const href = await page.locator('#tai-ve-csv').getAttribute('href');
      expect(href).toBe('/data/tasks.csv');
    }
  });

  it("offers each agency's own tasks on its page, as prebuilt files that need no script", async () => {
    const { page } = await b.visit('/co-quan/so-xay-dung/', { javaScript: false });
    const href = (await page.getByRole('link', { name: 'CSV (mở bằng Excel)' }).getAttribute('href'))!;
    const csv = readFileSync(join(DIST, href), 'utf8');
    const tasks = readFileSync(join(DIST, 'data', 'tasks.csv'), 'utf8');
    expect(header(csv)).toEqual(header(tasks));
    const rows = await page
      .locator('table.task-table tbody th a')
      .evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).pathname.split('/').filter(Boolean).pop()!))]);
    expect(new Set(ids(csv))).toEqual(new Set(rows));
    const json = JSON.parse(readFileSync(join(DIST, href.replace(/\.csv$/, '.json')), 'utf8')) as unknown[];
    expect(json).toHaveLength(rows.length);
  });

  it('describes every column of every CSV in Vietnamese on /du-lieu/', async () => {
    const files = readdirSync(join(DIST, 'data')).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const { page } = await b.visit('/du-lieu/');
    for (const f of files) {
      const name = f.replace(/\.csv$/, '');
      const cols = header(readFileSync(join(DIST, 'data', f), 'utf8'));
      expect(Object.keys(CSV_COLUMNS[name] ?? {}), f).toEqual(cols);
      const described = await page.locator(`#cot-${name} tbody th`).allTextContents();
      expect(described, f).toEqual(cols);
    }
  });
});
