import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/e2e.ts';

const b = useBrowser();

describe('the built site in Chromium', () => {
  it('opens the home page in Vietnamese, with navigation and no console error', async () => {
    const { page, errors } = await b.visit('/');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Nghị quyết 122/NQ-CP');
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link').count()).toBeGreaterThanOrEqual(6);
    expect(errors).toEqual([]);
  });

  it('links straight to a paragraph of the plan', async () => {
    const { page } = await b.visit('/ke-hoach/#iv-4-p7');
    const para = page.locator('#iv-4-p7');
    await expect(para.textContent()).resolves.toContain('trước ngày 01 tháng 12 hằng năm');
    expect(await para.evaluate((el) => el.matches(':target'))).toBe(true);
  });

  it('says plainly when the plan gives a task no timeframe', async () => {
    const { page } = await b.visit('/nhiem-vu/pl1-ii-08/');
    await expect(page.locator('main').textContent()).resolves.toContain('Kế hoạch không ghi thời gian thực hiện cho nhiệm vụ này');
  });
});
