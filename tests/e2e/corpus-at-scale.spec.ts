import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { editor, highlight } from './annotate';

const OUTLETS = ['Reuters', 'TASS', 'Le Monde', 'Al Jazeera'] as const;
const PHRASE = 'a fragile truce in Aleppo';

/** Article `i` of the generated corpus: its outlet, and its body (every 25th names the truce). */
const outletOf = (i: number) => OUTLETS[i % OUTLETS.length]!;
const bodyOf = (i: number) =>
  `Dispatch ${i} from Geneva.\n\nThe envoys met for round ${i} of the talks.` +
  (i % 25 === 0 ? ` Both sides spoke of ${PHRASE} after the meeting.` : '');
const cell = (value: string) => `"${value.replace(/"/g, '""')}"`;

/**
 * A news-database export of 200 articles with outlets and dates, plus a row repeating row 1's
 * text and a row whose date no reader could parse.
 */
function corpusCsv(count: number): string {
  const rows = Array.from({ length: count }, (_, n) => {
    const i = n + 1;
    const day = String((i % 28) + 1).padStart(2, '0');
    return [i, cell(`Dispatch ${i}`), cell(bodyOf(i)), outletOf(i), `2016-11-${day}`, 'en'];
  });
  rows.push([count + 1, cell('Dispatch 1, again'), cell(bodyOf(1)), 'Reuters', '2016-11-02', 'en']);
  rows.push([
    count + 2,
    cell('Undated'),
    cell('A row with a bad date.'),
    'TASS',
    'next week',
    'en',
  ]);
  return [
    'id,headline,body,media_name,publish_date,language',
    ...rows.map((r) => r.join(',')),
  ].join('\n');
}

async function openImport(page: Page): Promise<Locator> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import articles' }).click();
  return page.getByRole('dialog', { name: 'Import articles' });
}

/** Notes every value the import's progress bar was painted with, one sample per frame. */
function sampleProgress(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __progress: string[] };
    w.__progress = [];
    const sample = () => {
      const bar = document.querySelector<HTMLProgressElement>(
        'progress[aria-label="Import progress"]',
      );
      if (bar) w.__progress.push(`${bar.value}/${bar.max}`);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

test('a corpus of 200 articles from a CSV, a folder of text files and a saved page: outlets, dates, duplicates, bad rows, Compare per outlet and phrase search', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  // The table, through the column mapping, with a progress bar that paints.
  let dialog = await openImport(page);
  await dialog.getByLabel('Files').setInputFiles({
    name: 'corpus.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(corpusCsv(200)),
  });
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Text' })).toHaveValue('body');
  await expect(dialog.getByRole('combobox', { name: 'Title' })).toHaveValue('headline');
  await expect(dialog.getByRole('combobox', { name: 'Outlet' })).toHaveValue('media_name');
  await expect(dialog.getByRole('combobox', { name: 'Date' })).toHaveValue('publish_date');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  const preview = dialog.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('200 new articles to import.');
  await expect(preview).toContainText('1 duplicate skipped (same text already there):');
  await expect(preview).toContainText(
    'corpus.csv, row 201: same text as corpus.csv, row 1 in this import',
  );
  await expect(preview).toContainText(
    'Row 202: its date “next week” is not a date Gloss can read.',
  );
  await sampleProgress(page);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  const painted = await page.evaluate(
    () => (window as unknown as { __progress: string[] }).__progress,
  );
  expect(painted.length).toBeGreaterThan(0);
  expect(painted.every((value) => value.endsWith('/200') || value === '0/1')).toBe(true);
  await expect(page.getByText('205 articles')).toBeVisible();

  // Outlets and dates are facets and on the cards.
  const outlets = page.getByRole('region', { name: 'Outlet' });
  await expect(outlets.getByRole('button', { name: 'Reuters 50' })).toBeVisible();
  await expect(outlets.getByRole('button', { name: 'Al Jazeera 50' })).toBeVisible();
  const articles = page.getByRole('list', { name: 'Articles' });
  await page.getByRole('searchbox', { name: 'Filter articles' }).fill('Dispatch 25');
  const card = articles
    .getByRole('article')
    .filter({ has: page.getByRole('link', { name: 'Dispatch 25', exact: true }) });
  await expect(card).toContainText('TASS');
  await expect(card).toContainText('26 Nov 2016');

  // A folder of text files, one of them repeating a bundled article, and a saved web page.
  const folder = join(mkdtempSync(join(tmpdir(), 'gloss-corpus-')), 'clippings');
  mkdirSync(folder);
  writeFileSync(join(folder, 'brief-1.txt'), `Brief one\n\nThe ministers spoke of ${PHRASE}.\n`);
  writeFileSync(join(folder, 'brief-2.txt'), 'Brief two\n\nNo agreement was reached in Geneva.\n');
  const seed = readFileSync(
    join(import.meta.dirname, '../../public/seeds/002_27f4b5ccaf5df4df.txt'),
  );
  writeFileSync(join(folder, 'copy-of-seed.txt'), seed);
  dialog = await openImport(page);
  await dialog.getByLabel('Folder').setInputFiles(folder);
  await expect(dialog.getByText('3 files chosen.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(preview).toContainText('2 new articles to import.');
  await expect(preview).toContainText(/copy-of-seed\.txt: same text as “.+” in the library/);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  dialog = await openImport(page);
  await dialog
    .getByLabel('Files')
    .setInputFiles(join(import.meta.dirname, '../fixtures/corpus/saved-page.html'));
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(preview).toContainText('1 new article to import.');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('searchbox', { name: 'Filter articles' }).fill('');
  await expect(page.getByText('208 articles')).toBeVisible();
  // The library is a long list that renders what is near the screen: find the page by outlet.
  await page.getByRole('searchbox', { name: 'Filter articles' }).fill('Daily Example');
  const saved = articles
    .getByRole('article')
    .filter({ has: page.getByRole('link', { name: 'Kerry, Lavrov agree to keep talking' }) });
  await expect(saved).toContainText('The Daily Example');

  // Search finds the phrase across the table's articles and the folder's.
  await page.goto(`/search?q=${encodeURIComponent(`"${PHRASE}"`)}`);
  const status = page.getByRole('status').filter({ hasText: /articles?, \d+ notes?/ });
  await expect(status).toHaveText(/^9 articles, 0 notes/);
  const results = page.getByRole('region', { name: 'In articles' });
  await expect(results.getByRole('link', { name: 'Dispatch 200', exact: true })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Brief one', exact: true })).toBeVisible();

  // Code the truce in two outlets' articles; Compare sets them side by side per outlet.
  for (const title of ['Dispatch 25', 'Dispatch 50']) {
    await results.getByRole('link', { name: title, exact: true }).click();
    await highlight(page, PHRASE);
    const tags = editor(page).getByRole('combobox', { name: 'Tags' });
    await tags.fill('Truce');
    await tags.press('Enter');
    await expect(editor(page).getByRole('list', { name: 'Tags' })).toContainText('Truce');
    await page.goBack();
  }
  await page.goto('/compare');
  await page.getByRole('checkbox', { name: 'Truce' }).check();
  const columns = page.getByRole('list', { name: 'Passages by article' }).locator('> li');
  await expect(columns).toHaveCount(2);
  await expect(columns.filter({ hasText: 'Dispatch 25' })).toContainText('TASS');
  await expect(columns.filter({ hasText: 'Dispatch 50' })).toContainText('Le Monde');
  const counts = page.getByRole('table', { name: /Tag counts per outlet/ });
  const header = await counts.getByRole('columnheader').allTextContents();
  const truce = await counts
    .getByRole('row', { name: /^Truce/ })
    .getByRole('cell')
    .allTextContents();
  expect(truce[header.indexOf('TASS') - 1]).toBe('1');
  expect(truce[header.indexOf('Le Monde') - 1]).toBe('1');
  expect(errors).toEqual([]);
});

test('a cancelled corpus import leaves nothing, also after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const dialog = await openImport(page);
  await dialog.getByLabel('Files').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(corpusCsv(3000)),
  });
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByRole('region', { name: 'Import preview' })).toContainText(
    '3,000 new articles to import.',
  );
  // A slower machine, so that Cancel surely lands while the import runs.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(dialog.getByRole('alert')).toContainText(/cancel/i);
  // Back at the preview, nothing written: the library still holds the five bundled articles.
  await expect(dialog.getByRole('region', { name: 'Import preview' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('5 articles', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
  await expect(
    page.getByRole('region', { name: 'Outlet' }).getByRole('button', { name: /^TASS/ }),
  ).toHaveCount(0);
});
