import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { selectText } from './annotate';

async function createTag(page: Page, name: string) {
  await page.goto('/tags');
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('button', { name: 'Create tag' }).click();
  await expect(page.getByRole('table').getByText(name, { exact: true })).toBeVisible();
}

async function code(page: Page, articleId: string, quote: string, tag: string) {
  await page.goto(`/articles/${articleId}`);
  const paragraph = page.getByRole('article').locator('[data-offset]').filter({ hasText: quote });
  await selectText(page, paragraph.first(), quote);
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: tag })
    .click();
  await expect(page.getByRole('region', { name: 'Annotation' })).toBeVisible();
}

async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

test('code three articles, compare, rename, export every format, clear, import and see everything back', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await createTag(page, 'Force');
  await code(
    page,
    '000_df97716ef8399177',
    'The use of force to solve the crisis in Syria would be futile',
    'Force',
  );
  await code(
    page,
    '001_7385e71a292b6180',
    'le recours à la force pour régler la crise en Syrie',
    'Force',
  );
  await code(page, '003_160427fdb2b2b30e', 'finding a swift political solution', 'Force');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Compare' })
    .click();
  // The choice lives in the URL, which the router updates in a transition: on a busy machine the
  // box shows its new state a moment after the click (check() would look at once).
  const force = page.getByRole('checkbox', { name: 'Force' });
  await force.click();
  await expect(force).toBeChecked();
  const columns = page.getByRole('list', { name: 'Passages by article' }).locator(':scope > li');
  await expect(columns).toHaveCount(3);
  await expect(columns.nth(1)).toContainText('le recours à la force');

  await page.goto('/tags');
  await page.getByRole('button', { name: 'Edit Force' }).click();
  await page.getByRole('textbox', { name: 'Name' }).last().fill('Use of force');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('table').getByText('Use of force', { exact: true })).toBeVisible();
  await page.goto('/annotations');
  await expect(
    page
      .getByRole('list', { name: 'Matching annotations' })
      .getByText('Use of force', { exact: true }),
  ).toHaveCount(3);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Export & import' })
    .click();
  const native = await download(page, 'Download native JSON');
  expect(native.name).toMatch(/^gloss-native-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(native.text) as {
    format: string;
    annotations: unknown[];
    tags: { name: string }[];
  };
  expect(backup.format).toBe('gloss');
  expect(backup.annotations).toHaveLength(3);
  const w3c = await download(page, 'Download W3C JSON-LD');
  expect(w3c.name).toMatch(/\.jsonld$/);
  expect(JSON.parse(w3c.text)).toMatchObject({ type: 'AnnotationCollection', total: 3 });
  const doccano = await download(page, 'Download doccano JSONL');
  expect(doccano.text.trim().split('\n')).toHaveLength(3);
  const csv = await download(page, 'Download CSV');
  expect(csv.text).toContain('Use of force');
  const markdown = await download(page, 'Download Markdown');
  expect(markdown.text).toContain('le recours à la force');

  // Clear the database, as a new browser would have it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('gloss');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.goto('/annotations');
  await expect(page.getByText('No annotations yet.')).toBeVisible();

  await page.goto('/data');
  await page.getByLabel('Import file').setInputFiles(native.path);
  const preview = page.getByRole('region', { name: /Preview of/ });
  await expect(preview).toContainText('To add: 4');
  await preview.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('4 added');
  await page.goto('/articles/001_7385e71a292b6180');
  await expect(page.locator('mark[data-annotation-id]')).toHaveText(
    'le recours à la force pour régler la crise en Syrie',
  );
  await expect(page.locator('mark[data-annotation-id]')).toHaveAttribute('title', /Use of force/);
});

test('bad imports say what is wrong and change nothing', async ({ page }) => {
  await createTag(page, 'Kept');
  await code(
    page,
    '004_d3ebd397d2656eba',
    'called for resuming quickly the intra-Syrian peace talks',
    'Kept',
  );
  await page.goto('/data');
  const native = await download(page, 'Download native JSON');
  const file = JSON.parse(native.text) as {
    annotations: { id: string; articleId: string; ranges: { start: number; end: number }[] }[];
  };
  const input = page.getByLabel('Import file');
  const alert = page.getByRole('alert');

  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(native.text.slice(0, 200)),
  });
  await expect(alert).toContainText('broken.json cannot be imported');
  await expect(alert).toContainText('Nothing was changed');

  const unknown = structuredClone(file);
  unknown.annotations[0]!.articleId = 'no-such-article';
  unknown.annotations[0]!.id = crypto.randomUUID();
  await input.setInputFiles({
    name: 'unknown.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(unknown)),
  });
  await expect(page.getByRole('region', { name: /Preview of unknown.json/ })).toContainText(
    /unknown article/,
  );

  const outOfRange = structuredClone(file);
  outOfRange.annotations[0]!.id = crypto.randomUUID();
  outOfRange.annotations[0]!.ranges[0]!.start = 5000;
  outOfRange.annotations[0]!.ranges[0]!.end = 5100;
  await input.setInputFiles({
    name: 'range.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(outOfRange)),
  });
  await expect(page.getByRole('region', { name: /Preview of range.json/ })).toContainText(
    /beyond the end of the article/,
  );
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.goto('/annotations');
  await expect(
    page.getByRole('list', { name: 'Matching annotations' }).getByRole('article'),
  ).toHaveCount(1);
});
