import { expect, test, type Page } from '@playwright/test';
import { editor, highlight } from './annotate';

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

test('an index stored in the older shape is rebuilt, a cold start reads snippets from the texts, and a deleted article drops out', async ({
  page,
}) => {
  await page.goto('/');
  await addDocument(page, 'Harbour report\nThe trawlers left the northern harbour before dawn.\n');
  await addDocument(page, 'Inland report\nThe barges stayed on the canal all week.\n');

  // An index of the shape stored before (every text inside it, version 2) holding nothing of
  // these articles: it must be refused and rebuilt, not trusted.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gloss-search-index', 10);
        open.onupgradeneeded = () => {
          if (!open.result.objectStoreNames.contains('state'))
            open.result.createObjectStore('state', { keyPath: 'key' });
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('state', 'readwrite');
          tx.objectStore('state').put({
            key: 'index',
            value: {
              version: 2,
              docs: [{ id: 'gone', title: 'Gone', textHash: 'x', text: 'trawlers' }],
              terms: 'trawlers',
              offsets: new Uint32Array([0, 1]),
              postings: new Uint32Array([0]),
            },
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  const status = page.getByRole('status').filter({ hasText: /articles?, \d+ notes?/ });
  const results = page.getByRole('region', { name: 'In articles' });
  await page.goto('/search?q=trawlers');
  await expect(status).toHaveText('1 article, 0 notes.');
  await expect(results.getByRole('link', { name: 'Harbour report', exact: true })).toBeVisible();
  const version = () =>
    page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('gloss-search-index');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const get = db.transaction('state').objectStore('state').get('index');
            get.onsuccess = () => {
              const value = (get.result as { value: Record<string, unknown> }).value;
              db.close();
              resolve({ version: value.version, docs: 'docs' in value, ids: value.ids });
            };
            get.onerror = () => reject(get.error);
          };
        }),
    );
  await expect
    .poll(version)
    .toMatchObject({ version: 3, docs: false, ids: expect.arrayContaining([expect.any(String)]) });

  // A cold start: the stored index holds no texts; the snippets and the phrase read them.
  await page.goto('/search?q=%22northern%20harbour%22');
  await expect(status).toHaveText('1 article, 0 notes.');
  await expect(results.locator('mark').first()).toHaveText('northern harbour');

  // Deleted in the library: gone from the results on the next search.
  await page.goto('/');
  await page.getByRole('button', { name: 'Delete Harbour report' }).click();
  await page
    .getByRole('alertdialog', { name: 'Delete document?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByRole('button', { name: 'Delete Harbour report' })).toHaveCount(0);
  await page.goto('/search?q=trawlers');
  await expect(status).toHaveText('0 articles, 0 notes.');
  await page.goto('/search?q=barges%20canal');
  await expect(status).toHaveText('1 article, 0 notes.');
  await expect(results.getByRole('link', { name: 'Inland report', exact: true })).toBeVisible();
});

test("notes are searched beside the indexed texts and shown with their article's title", async ({
  page,
}) => {
  await page.goto('/');
  await addDocument(page, 'Port notes\nThe ferries waited outside the breakwater until noon.\n');
  await page.getByRole('link', { name: 'Port notes', exact: true }).first().click();
  await highlight(page, 'the breakwater');
  await editor(page).getByRole('textbox', { name: 'Note' }).fill('Zanzibar-style framing');
  await expect(editor(page).getByRole('status')).toHaveText('Saved');

  await page.goto('/search?q=zanzibar');
  const status = page.getByRole('status').filter({ hasText: /articles?, \d+ notes?/ });
  await expect(status).toHaveText('0 articles, 1 note.');
  const notes = page.getByRole('region', { name: 'In notes' });
  await expect(notes.getByRole('link', { name: 'Port notes', exact: true })).toBeVisible();
  await expect(notes.locator('mark')).toHaveText('Zanzibar');

  await page.goto('/search?q=ferries%20breakwater');
  await expect(status).toHaveText('1 article, 0 notes.');
});
