import { expect, test, type Page } from '@playwright/test';

async function addDocument(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Add document' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add document' });
  await dialog.getByRole('textbox', { name: 'Text' }).fill(text);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

test('search finds words, prefixes and phrases across articles through a stored index', async ({
  page,
}) => {
  await page.goto('/');
  await addDocument(
    page,
    'Talks in Vienna\nThe envoys resumed their quadrilateral negotiations in Vienna on Monday.\n',
  );
  await addDocument(
    page,
    'Pourparlers à Genève\nLes négociations quadrilatérales de Genève ont repris lundi.\n',
  );

  await page.goto('/search');
  const box = page
    .getByRole('search')
    .getByRole('searchbox', { name: 'Search articles and notes' })
    .last();
  // Results follow the typing: the last word matches by its beginning, accents are ignored.
  await box.fill('QUADRILAT');
  const results = page.getByRole('region', { name: 'In articles' });
  const status = page.getByRole('status').filter({ hasText: /articles?, \d+ notes?/ });
  await expect(status).toHaveText(/^2 articles, 0 notes/);
  await expect(results.getByRole('link', { name: 'Talks in Vienna', exact: true })).toBeVisible();
  await expect(
    results.getByRole('link', { name: 'Pourparlers à Genève', exact: true }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\?q=QUADRILAT$/);

  await box.fill('"resumed their quadrilateral"');
  await expect(status).toHaveText(/^1 article, 0 notes/);
  await expect(results.getByRole('link', { name: 'Talks in Vienna', exact: true })).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText('resumed their quadrilateral');

  await box.fill('geneve lundi');
  await expect(status).toHaveText(/^1 article,/);
  await results.getByRole('link', { name: /^Match 1 in Pourparlers à Genève/ }).click();
  await expect(page).toHaveURL(/\/articles\/doc-/);

  // The index was stored: after a reload it answers without indexing again.
  const stored = await page.evaluate(async () =>
    (await indexedDB.databases()).some((db) => db.name === 'gloss-search-index'),
  );
  expect(stored).toBe(true);
  await page.goto('/search?q=vienna%20envoys');
  await expect(status).toHaveText('1 article, 0 notes.');
});
