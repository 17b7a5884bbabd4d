import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { editor, highlight, marks } from './annotate';

/**
 * The database goes away while Gloss is open: another tab deletes it, or the browser clears the
 * site's data. Nothing on screen may be lost, and the user is told plainly what happened.
 */

const talks = {
  id: '004_d3ebd397d2656eba',
  first: 'called for resuming quickly the intra-Syrian peace talks',
};

const note = (page: Page) => editor(page).getByRole('textbox', { name: 'Note' });

test('deleted by another tab: what this tab shows is kept, can be saved again or downloaded', async ({
  page,
  context,
}) => {
  await page.goto(`/articles/${talks.id}`);
  const id = await highlight(page, talks.first);
  await note(page).fill('Written before the deletion.');
  await expect(editor(page).getByRole('status')).toHaveText('Saved');

  const other = await context.newPage();
  await other.goto('/404-other-tab');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('gloss');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error('delete failed'));
      }),
  );
  await other.close();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Gloss’s storage was deleted in another tab');
  await expect(page.locator(`mark[data-annotation-id="${id}"]`)).toHaveText(talks.first);

  // Work goes on, into memory: the note keeps what is typed next.
  await note(page).fill('Written after the deletion.');
  await expect(editor(page).getByRole('status')).toHaveText('Saved');
  await expect(editor(page)).toBeVisible();

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download a backup' }).click();
  const backup = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
    annotations: { id: string; note: string }[];
  };
  expect(backup.annotations).toEqual([
    expect.objectContaining({ id, note: 'Written after the deletion.' }),
  ]);

  await alert.getByRole('button', { name: 'Save it again' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(marks(page)).toHaveCount(1);
  await page.locator(`mark[data-annotation-id="${id}"]`).click();
  await expect(note(page)).toHaveValue('Written after the deletion.');
});

test('closed by the browser: it says so, keeps the screen, and never writes into a new database', async ({
  page,
  context,
}) => {
  await page.goto(`/articles/${talks.id}`);
  const id = await highlight(page, talks.first);
  await note(page).fill('Typed before the site data was cleared.');
  await expect(editor(page).getByRole('status')).toHaveText('Saved');

  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(page.url()).origin,
    storageTypes: 'indexeddb',
  });

  await expect(page.getByRole('alert')).toContainText(
    'The browser closed Gloss’s storage while this tab was open',
  );
  await note(page).fill('Typed after: this cannot be saved.');
  // The editor stays, with what was typed, and the failure is named in Gloss's words.
  await expect(editor(page)).toBeVisible();
  await expect(note(page)).toHaveValue('Typed after: this cannot be saved.');
  await expect(page.getByText(/storage was closed under it/)).toBeVisible();
  await expect(page.locator(`mark[data-annotation-id="${id}"]`)).toHaveText(talks.first);
  const databases = await page.evaluate(async () => (await indexedDB.databases()).length);
  expect(databases).toBe(0);
});
