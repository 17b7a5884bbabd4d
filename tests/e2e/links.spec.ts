import { expect, test } from '@playwright/test';
import { seedAnnotations } from './seed';

test('"Copy link" copies a link that opens the highlight; a stale link says so', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedAnnotations(page);
  await page.goto('/articles/004_d3ebd397d2656eba');
  const mark = page.locator('mark[data-annotation-id]').first();
  const id = (await mark.getAttribute('data-annotation-id')) as string;
  await mark.click();
  const editor = page.getByRole('region', { name: 'Annotation' });
  await editor.getByRole('button', { name: 'Copy link' }).click();
  await expect(editor.getByText('Link copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/articles/004_d3ebd397d2656eba#annotation=${id}$`));

  await page.goto('/');
  await page.goto(copied);
  await expect(page.locator(`mark[data-annotation-id="${id}"]`).first()).toBeFocused();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.goto('/');
  await page.goto('/articles/004_d3ebd397d2656eba#annotation=00000000-0000-4000-8000-000000000000');
  await expect(page.locator('mark').first()).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'The highlight this link points to no longer exists',
  );
});
