import { expect, test } from '@playwright/test';

const MEMORY =
  'Your browser is not letting Gloss store data. You can read and annotate, but nothing will be kept after you close this tab.';

test('runs from memory, and says so, when the browser refuses IndexedDB', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(MEMORY);
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('link')).toHaveCount(5);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  const storage = page.getByRole('region', { name: 'Storage' });
  await expect(storage).toContainText('Memory only: nothing is kept after you close this tab');
  await expect(page.getByRole('alert')).toHaveText(MEMORY);
});

test('Settings shows IndexedDB, persistence and space used', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const storage = page.getByRole('region', { name: 'Storage' });
  await expect(storage).toContainText('IndexedDB in this browser');
  await expect(storage).toContainText(
    /Using [\d.,]+ (bytes?|KB|MB|GB|TB) of [\d.,]+ (KB|MB|GB|TB)/,
  );
  await storage.getByRole('button', { name: 'Ask for persistent storage' }).click();
  await expect(storage.getByRole('status')).toHaveText(/\S/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('asks for a reload when another tab upgrades the database', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();

  const newerTab = await context.newPage();
  await newerTab.goto('/404-newer-tab');
  await newerTab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        // Dexie stores version n as 10n: 1000 is far ahead of anything shipped.
        const request = indexedDB.open('gloss', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      }),
  );

  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'Gloss was updated in another tab. Reload this tab to keep working.',
  );
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
});
