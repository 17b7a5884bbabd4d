import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seedAnnotations } from './seed';

const SANA = '000_df97716ef8399177';
const ISIS = '002_27f4b5ccaf5df4df';

/** The library card's title of a bundled article, as its link names it. */
async function titleOf(page: Page, id: string): Promise<string> {
  return (await page.locator(`a[href="/articles/${id}"]`).first().innerText()).trim();
}

test('put two articles in a set from the library, compare by it and export only that set', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await seedAnnotations(page);

  await page.goto('/');
  const first = await titleOf(page, SANA);
  const second = await titleOf(page, ISIS);
  await page.getByRole('checkbox', { name: `Select ${first}` }).check();
  await page.getByRole('checkbox', { name: `Select ${second}` }).check();
  const selection = page.getByRole('group', { name: 'Selection' });
  await expect(selection.getByText('2 selected')).toBeVisible();
  await selection.getByRole('button', { name: 'Add to set…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add 2 articles to a set' });
  await dialog.getByRole('textbox', { name: 'Name of the new set' }).fill('Week 1');
  await dialog.getByRole('button', { name: 'Add to set' }).click();
  await expect(dialog).toBeHidden();

  // Compare: "Force" is coded in two articles, only one of them in the set.
  await page.goto('/compare');
  await page.getByRole('checkbox', { name: 'Force' }).check();
  const columns = page.getByRole('list', { name: 'Passages by article' }).locator('> li');
  await expect(columns).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Set' }).selectOption({ label: 'Week 1 (2)' });
  await expect(page).toHaveURL(/[?&]set=set-/);
  await expect(columns).toHaveCount(1);
  await expect(columns.first()).toContainText(first);
  // Opened by its address (its worker starts before the page and reads the set itself): the same.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Force' })).toBeChecked();
  await expect(columns).toHaveCount(1);
  await expect(columns.first()).toContainText(first);
  await expect(columns.first()).toContainText('Force');
  // The choice is in the URL: a reload keeps it.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Set' })).toHaveValue(/^set-/);
  await expect(columns).toHaveCount(1);

  // Export & import: the set's annotations only.
  await page.goto('/data');
  await page.getByRole('combobox', { name: 'Set' }).selectOption({ label: 'Week 1 (2)' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download native JSON' }).click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    annotations: { articleId: string }[];
    sets: { name: string; articleIds: string[] }[];
  };
  expect(file.annotations.length).toBeGreaterThan(0);
  expect(new Set(file.annotations.map((a) => a.articleId))).toEqual(new Set([SANA, ISIS]));
  expect(file.sets).toEqual([expect.objectContaining({ name: 'Week 1' })]);
  expect(new Set(file.sets[0]?.articleIds)).toEqual(new Set([SANA, ISIS]));

  // The set deleted, then the backup imported with Replace: the set comes back with its members.
  await page.goto('/');
  await page.getByRole('button', { name: 'Delete the set Week 1' }).click();
  await expect(page.getByRole('button', { name: 'Delete the set Week 1' })).toHaveCount(0);
  await page.goto('/data');
  await page.getByLabel('Import file').setInputFiles(await download.path());
  const preview = page.getByRole('region', { name: /Preview of/ });
  await preview.getByRole('button', { name: 'Replace' }).click();
  await page
    .getByRole('group', { name: 'Confirm replace' })
    .getByRole('button', { name: 'Replace everything' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Delete the set Week 1' })).toBeVisible();
  await page.getByRole('button', { name: /^Week 1/ }).click();
  await expect(page.getByRole('checkbox', { name: /^Select / })).toHaveCount(2);
});
