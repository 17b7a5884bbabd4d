import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { selectText } from './annotate';

const csv = readFileSync(join(import.meta.dirname, '../fixtures/corpus/export.csv'));

test('a CSV export imported through the column mapping shows its outlets and opens for highlighting', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await page.getByRole('button', { name: 'Import articles' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import articles' });
  await dialog
    .getByLabel('Files')
    .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: csv });
  await dialog.getByRole('button', { name: 'Continue' }).click();

  await expect(dialog.getByRole('combobox', { name: 'Outlet' })).toHaveValue('media_name');
  await expect(dialog.getByRole('combobox', { name: 'Date' })).toHaveValue('publish_date');
  await dialog.getByRole('button', { name: 'Continue' }).click();

  const preview = dialog.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('3 new articles to import.');
  await expect(preview).toContainText(
    'Row 4: its date “sometime last week” is not a date Gloss can read.',
  );
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();

  const articles = page.getByRole('list', { name: 'Articles' });
  for (const [title, outlet] of [
    ['Kerry and Lavrov meet', 'Reuters'],
    ['Lavrov: talks "useful"', 'TASS'],
    ['Rencontre à Genève', 'Le Monde'],
  ] as const) {
    const card = articles
      .getByRole('article')
      .filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await expect(card).toContainText(outlet);
    await expect(card).toContainText('2 Nov 2016');
  }

  await articles.getByRole('link', { name: 'Kerry and Lavrov meet', exact: true }).click();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Kerry and Lavrov meet');
  // The cell's CRLF line break is kept in the text and shown as two paragraphs.
  const paragraph = article
    .locator('[data-offset]')
    .filter({ hasText: 'They discussed a ceasefire' });
  await expect(paragraph).toHaveText('They discussed a ceasefire in Aleppo.');
  await selectText(page, paragraph, 'ceasefire in Aleppo');
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Highlight' })
    .click();
  await expect(article.locator('mark[data-annotation-id]')).toHaveText('ceasefire in Aleppo');

  await page.reload();
  await expect(page.getByRole('article').locator('mark[data-annotation-id]')).toHaveText(
    'ceasefire in Aleppo',
  );
  expect(errors).toEqual([]);
});

test('an outlet set on 40 imported articles at once becomes a facet the library filters by', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const rows = Array.from(
    { length: 60 },
    (_, i) =>
      `${i + 1},"Wire report ${i + 1}","Report ${i + 1}: the ministers met again.",${i < 40 ? 'Unnamed wire' : 'Reuters'},2016-11-0${1 + (i % 9)},en`,
  );
  const table = ['id,headline,body,media_name,publish_date,language', ...rows].join('\n');

  await page.goto('/');
  await page.getByRole('button', { name: 'Import articles' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import articles' });
  await dialog
    .getByLabel('Files')
    .setInputFiles({ name: 'wire.csv', mimeType: 'text/csv', buffer: Buffer.from(table) });
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Outlet' })).toHaveValue('media_name');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByRole('region', { name: 'Import preview' })).toContainText(
    '60 new articles to import.',
  );
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();

  // Pick the 40 by their outlet, select them all, and give them their real outlet.
  const outlets = page.getByRole('region', { name: 'Outlet' });
  await outlets.getByRole('button', { name: 'Unnamed wire 40' }).click();
  await expect(page.getByText('40 of 65 articles')).toBeVisible();
  const selection = page.getByRole('group', { name: 'Selection' });
  await selection.getByRole('button', { name: 'Select all 40 shown' }).click();
  await expect(selection.getByText('40 selected')).toBeVisible();
  await selection.getByRole('button', { name: 'Edit details…' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit details of 40 articles' });
  await edit.getByRole('textbox', { name: 'Outlet' }).fill('Interfax');
  await edit.getByRole('button', { name: 'Save for 40 articles' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText('Saved the outlet of 40 articles.')).toBeVisible();

  // The old outlet is selected and now empty; the new one filters to the 40.
  await outlets.getByRole('button', { name: 'Unnamed wire 0' }).click();
  await outlets.getByRole('button', { name: 'Interfax 40' }).click();
  await expect(page).toHaveURL(/[?&]outlet=Interfax/);
  await expect(page.getByText('40 of 65 articles')).toBeVisible();
  const articles = page.getByRole('list', { name: 'Articles' });
  await expect(articles.getByRole('article').first()).toContainText('Interfax');

  // The filter survives a reload (it is in the URL).
  await page.reload();
  await expect(page.getByText('40 of 65 articles')).toBeVisible();
  expect(errors).toEqual([]);
});
