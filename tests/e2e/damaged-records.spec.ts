import { expect, test, type Page } from '@playwright/test';

/** Puts a record straight into the app's IndexedDB database, beside the app. */
function putRaw(page: Page, table: string, record: unknown): Promise<void> {
  return page.evaluate(
    ({ table, record }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gloss');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction([table], 'readwrite');
          tx.objectStore(table).put(record);
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { table, record },
  );
}

test('a damaged record is found off the page and listed on Export & import, and the list follows a delete', async ({
  page,
}) => {
  await page.goto('/data');
  await expect(page.getByRole('heading', { name: 'Export & import', level: 1 })).toBeVisible();
  await expect(page.getByText(/damaged record/)).toHaveCount(0);
  // Written beside the app (not through it), so it is found on the next start.
  await putRaw(page, 'annotations', { id: 'broken-1', articleId: 'x', ranges: null });
  await page.reload();
  await expect(page.getByText(/^1 damaged record: download it raw, or delete it/)).toBeVisible();
  // Deleted through the app: the list follows the change without a reload.
  await page.getByRole('button', { name: 'Delete annotation broken-1' }).click();
  await expect(page.getByText(/damaged record/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Export & import', level: 1 })).toBeVisible();
  await expect(page.getByText(/damaged record/)).toHaveCount(0);
});
