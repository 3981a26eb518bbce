// A citizen starts at the home page and, by clicking links as a person would, reaches a commitment and the tasks that serve it.
import { describe, expect, it } from 'vitest';
import type { Target, Task, TaskLink } from '../../src/schemas/index.ts';
import { readContent, useBrowser, visibleTaskIds } from '../support/e2e.ts';

const b = useBrowser();
const tasks = readContent<Task[]>('tasks.yaml');
const targets = readContent<Target[]>('targets.yaml');
const links = readContent<TaskLink[]>('links.yaml');
const servedBy = (target: string) => links.filter((l) => l.targets?.includes(target)).map((l) => l.id);
// The first headline (quantified) commitment that the editors have linked tasks to.
const target = targets.find((t) => t.kind === 'dinh-luong' && servedBy(t.id).length > 0)!;

describe('citizen: from the home page to a commitment and who carries it out', () => {
  it('finds a commitment on the home page, opens it, and sees the tasks that serve it', async () => {
    expect(target).toBeDefined();
    const { page, errors } = await b.visit('/');
    const promises = page.getByRole('region', { name: 'Kế hoạch cam kết gì' });
    await promises.getByRole('link', { name: target.measure, exact: true }).click();
    await page.waitForURL(`**/muc-tieu/${target.id}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(target.measure);
    await expect(page.locator('main').textContent()).resolves.toContain(target.statement);

    const serving = page.getByRole('region', { name: 'Nhiệm vụ phục vụ mục tiêu này' });
    const ids = await visibleTaskIds(page, 'section[aria-labelledby="nhiem-vu"] table');
    expect(ids.sort()).toEqual(servedBy(target.id).sort());
    await expect(serving.textContent()).resolves.toContain('nhóm biên tập');

    const first = tasks.find((t) => t.id === ids[0])!;
    await serving.getByRole('link', { name: first.title, exact: true }).click();
    await page.waitForURL(`**/nhiem-vu/${first.id}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(first.title);
    // The task page leads back to the commitment it serves.
    await expect(
      page.getByRole('region', { name: 'Liên quan trong Kế hoạch' }).getByRole('link', { name: target.measure }).count(),
    ).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('reaches every kind of page from the home page through visible links', async () => {
    const { page } = await b.visit('/');
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    for (const path of ['/ke-hoach/', '/nhiem-vu/', '/co-quan/', '/co-quan/ma-tran/', '/muc-tieu/', '/du-lieu/', '/gioi-thieu/'])
      expect(hrefs, path).toContain(path);
    expect(hrefs.some((h) => /^\/muc-tieu\/[a-z0-9-]+\/$/.test(h))).toBe(true);
    expect(hrefs.some((h) => /^\/nhiem-vu\/pl[12][a-z0-9-]*\/$/.test(h))).toBe(true);
  });

  it('follows a paragraph of the plan to a task the editors linked to it, and back to the paragraph', async () => {
    // As read from YAML, before the schema's defaults: a link entry may hold targets only.
    const link = links.find((l) => (l.paragraphs ?? []).length > 0)!;
    const { page } = await b.visit('/');
    await page.getByRole('link', { name: 'Toàn văn Kế hoạch' }).click();
    await page.waitForURL('**/ke-hoach/');
    await page.getByRole('navigation', { name: 'Mục lục' }).getByRole('link').first().click();
    const task = tasks.find((t) => t.id === link.id)!;
    const under = page.locator(`#${link.paragraphs[0]} + .para-links`);
    await expect(under.textContent()).resolves.toContain('nhóm biên tập');
    const ref = `Phụ lục ${task.appendix}${task.part ? `, phần ${task.part}` : ''}, mục ${task.number}`;
    await under.getByRole('link', { name: ref, exact: true }).click();
    await page.waitForURL(`**/nhiem-vu/${task.id}/`);
    await page.getByRole('region', { name: 'Liên quan trong Kế hoạch' }).getByRole('link').first().click();
    await page.waitForURL(`**/ke-hoach/#${link.paragraphs[0]}`);
    expect(await page.locator(`#${link.paragraphs[0]}`).evaluate((el) => el.matches(':target'))).toBe(true);
  });
});
