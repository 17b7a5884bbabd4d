import { expect, test } from '@playwright/test';

test('closing the shortcuts list gives focus back to what opened it', async ({ page }) => {
  await page.goto('/articles/003_160427fdb2b2b30e');
  const text = page.getByRole('region', { name: 'Article text' });
  await text.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(text).toBeFocused();

  await page.keyboard.press('?');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(text).toBeFocused();
});

test('closing delete, merge and confirm dialogs gives focus back to their buttons', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add document' }).click();
  await page.getByRole('textbox', { name: 'Text' }).fill('A short note\nwith two lines');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const remove = page.getByRole('button', { name: 'Delete A short note' });
  await remove.click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete document?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(remove).toBeFocused();
  await remove.click();
  await page.keyboard.press('Escape');
  await expect(remove).toBeFocused();
  await remove.click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(remove).toHaveCount(0);
  // The button went with the document: focus lands at the start of the page, not on <body>.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

  await page.goto('/tags');
  for (const name of ['One', 'Two']) {
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('button', { name: 'Create tag' }).click();
    await expect(page.getByRole('table').getByText(name, { exact: true })).toBeVisible();
  }
  const merge = page.getByRole('button', { name: 'Merge One into…' });
  await merge.click();
  await expect(page.getByRole('dialog', { name: /Merge “One”/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(merge).toBeFocused();
  const del = page.getByRole('button', { name: 'Delete Two' });
  await del.click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(del).toBeFocused();
});
