import { expect, test } from '@playwright/test';
import { seedAnnotations } from './seed';

// Pictures to look at, not assertions: run with GLOSS_SCREENSHOTS=1.
test.skip(!process.env.GLOSS_SCREENSHOTS, 'screenshots only on request');

for (const width of [1280, 390]) {
  test(`screenshots at ${width}px`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: width > 600 ? 800 : 844 });
    await seedAnnotations(page, 7);
    const shot = (name: string) =>
      page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: false });
    await page.goto('/compare');
    for (const box of await page
      .getByRole('group', { name: 'Tags to compare' })
      .getByRole('checkbox')
      .all()) {
      await box.click();
      await expect(box).toBeChecked();
    }
    await page.getByRole('heading', { name: 'Tag counts per outlet' }).scrollIntoViewIfNeeded();
    await shot('compare');
    await page.getByRole('heading', { name: 'Tag co-occurrence' }).scrollIntoViewIfNeeded();
    await shot('compare-cooc');
    await page.goto('/articles/000_df97716ef8399177');
    await expect(page.locator('mark').first()).toBeVisible();
    await shot('reader');
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await shot('reading-settings');
    await page.goto('/annotations');
    await shot('annotations');
    await page.goto('/settings');
    await shot('settings');
    await page.goto('/articles/003_160427fdb2b2b30e');
    await page.getByRole('button', { name: /page extras/ }).click();
    await shot('presstv');
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
    await shot('library');
    await page.getByRole('button', { name: 'Import articles' }).click();
    await shot('import-articles');
    await page.goto('/adjudicate');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await shot('adjudicate');
  });
}
