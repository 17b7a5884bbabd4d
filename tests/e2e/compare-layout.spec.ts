import { expect, test } from '@playwright/test';
import { seedAnnotations } from './seed';

test('Compare with twelve tags fits 1280 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await seedAnnotations(page, 12);
  await page.goto('/compare');
  const boxes = page.getByRole('group', { name: 'Tags to compare' }).getByRole('checkbox');
  await expect(boxes).toHaveCount(12);
  for (const box of await boxes.all()) {
    await box.click();
    await expect(box).toBeChecked();
  }
  const table = page.getByRole('region', { name: 'Tag counts table' });
  await expect(table.getByRole('row')).toHaveCount(13);
  const fits = await table.evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(fits).toBe(true);
  const cooc = page.getByRole('region', { name: 'Co-occurrence table' });
  expect(await cooc.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  // The picture a person would rather look at: one bar per outlet.
  await expect(page.locator('svg[data-chart="tag-share"] g')).toHaveCount(5);
});
