import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { selectText } from './annotate';

interface Backup {
  tags: { id: string; name: string; color: string; parentId: string | null }[];
  annotations: {
    articleId: string;
    ranges: { start: number; end: number; exact: string }[];
    tagIds: string[];
    note: string;
    status: string;
    creator?: string;
  }[];
  memos: { articleId: string; text: string }[];
}

async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, bytes: readFileSync(path) };
}

async function backup(page: Page): Promise<Backup> {
  await page.goto('/data');
  return JSON.parse(
    (await download(page, 'Download native JSON')).bytes.toString('utf8'),
  ) as Backup;
}

async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto('/data');
  await page.getByLabel('Import file').setInputFiles(file);
  const preview = page.getByRole('region', { name: new RegExp(`Preview of ${file.name}`) });
  await expect(preview).toBeVisible();
  return preview;
}

async function merge(page: Page) {
  await page
    .getByRole('region', { name: /Preview of/ })
    .getByRole('button', { name: 'Merge' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
}

async function code(page: Page, articleId: string, quote: string, tag: string, note = '') {
  await page.goto(`/articles/${articleId}`);
  const paragraph = page.getByRole('article').locator('[data-offset]').filter({ hasText: quote });
  await selectText(page, paragraph.first(), quote);
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: tag })
    .click();
  const editor = page.getByRole('region', { name: 'Annotation' });
  await expect(editor).toBeVisible();
  if (note !== '') {
    await editor.getByRole('textbox', { name: 'Note' }).fill(note);
    await expect(editor.getByText('Saved')).toBeVisible();
  }
}

async function clearDatabase(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('gloss');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
}

/** The backup's content without ids: tag names, parents and colours; annotations by quote. */
function comparable(data: Backup) {
  const names = new Map(data.tags.map((t) => [t.id, t.name]));
  return {
    tags: data.tags
      .map((t) => ({
        name: t.name,
        color: t.color,
        parent: t.parentId ? names.get(t.parentId) : null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    annotations: data.annotations
      .map((a) => ({
        articleId: a.articleId,
        ranges: a.ranges,
        note: a.note,
        status: a.status,
        tags: a.tagIds.map((id) => names.get(id)).sort(),
      }))
      .sort((a, b) => a.ranges[0]!.exact.localeCompare(b.ranges[0]!.exact)),
    memos: data.memos.map((m) => ({ articleId: m.articleId, text: m.text })),
  };
}

test('a REFI-QDA project of three coded articles comes back whole in an empty profile', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // A codebook with a hierarchy and colours, from a codebook CSV as Taguette writes one.
  const preview = await importFile(page, {
    name: 'codebook.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'tag,description,color\nForce,Military means,#fca5a5\nForce/Airstrikes,,#93c5fd\nDiplomacy,Talks,#86efac\n',
    ),
  });
  await expect(preview).toContainText('codebook CSV');
  await expect(preview).toContainText('To add: 3');
  await merge(page);

  await code(
    page,
    '000_df97716ef8399177',
    'The use of force to solve the crisis in Syria would be futile',
    'Force',
    'Lavrov & Kerry agree: see https://example.org/?q=syria&lang=fr',
  );
  await code(
    page,
    '001_7385e71a292b6180',
    'le recours à la force pour régler la crise en Syrie',
    'Airstrikes',
  );
  await code(
    page,
    '002_27f4b5ccaf5df4df',
    'comprehensive national dialogue',
    'Diplomacy',
    'A <b>bold</b> claim',
  );
  const memo = page.getByRole('region', { name: 'Article memo' });
  await memo.getByRole('button', { name: 'Write memo' }).click();
  await memo.getByRole('textbox', { name: 'Article memo' }).fill('Seen from Damascus.');
  await expect(memo.getByRole('status')).toHaveText('Saved');
  await memo.getByRole('button', { name: 'Done' }).click();

  const before = await backup(page);
  const project = await download(page, 'Download REFI-QDA project');
  expect(project.name).toMatch(/^gloss-refi-\d{4}-\d{2}-\d{2}\.qdpx$/);
  expect(project.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const excel = (await download(page, 'CSV for Excel (semicolon)')).bytes.toString('utf8');
  expect(excel.split('\r\n')[0]).toContain('id;article_id;article');
  expect(excel).toContain(';Lavrov & Kerry agree: see https://example.org/?q=syria&lang=fr;');
  const codebookCsv = (await download(page, 'Download codebook CSV')).bytes.toString('utf8');
  expect(codebookCsv).toContain('Force/Airstrikes,,#93c5fd,1');
  const codebook = await download(page, 'Download REFI-QDA codebook');
  expect(codebook.name).toMatch(/\.qdc$/);
  expect(codebook.bytes.toString('utf8')).toContain('<Code guid=');

  await clearDatabase(page);
  await page.goto('/annotations');
  await expect(page.getByText('No annotations yet.')).toBeVisible();

  const refi = await importFile(page, {
    name: project.name,
    mimeType: 'application/zip',
    buffer: project.bytes,
  });
  await expect(refi).toContainText('REFI-QDA project');
  await expect(refi).toContainText('To add: 7'); // 3 tags, 3 annotations, 1 memo
  await merge(page);

  const after = await backup(page);
  expect(comparable(after)).toEqual(comparable(before));
  await page.goto('/articles/001_7385e71a292b6180');
  await expect(page.locator('mark[data-annotation-id]')).toHaveText(
    'le recours à la force pour régler la crise en Syrie',
  );
  await page.goto('/articles/002_27f4b5ccaf5df4df');
  await expect(page.getByRole('region', { name: 'Article memo' })).toContainText(
    'Seen from Damascus.',
  );
});

const PAGE_URL = 'https://www.example-news.org/2016/02/lavrov-kerry';

function hypothesisRow(id: string, fields: Record<string, unknown>) {
  return {
    id,
    created: '2016-02-10T09:00:00.000000+00:00',
    updated: '2016-02-10T09:05:00.000000+00:00',
    user: 'acct:maria@hypothes.is',
    uri: PAGE_URL,
    tags: [],
    text: '',
    references: [],
    ...fields,
  };
}

function quote(exact: string) {
  return [
    { source: PAGE_URL, selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
  ];
}

test('Hypothesis search-API files and client exports import with their tags and notes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const rows = [
    hypothesisRow('hyp1', {
      tags: ['Blame'],
      text: 'Who is *blamed* here?',
      target: quote('combat the terrorism of ISIS'),
    }),
    hypothesisRow('hyp2', {
      references: ['hyp1'],
      user: 'acct:tom@hypothes.is',
      text: 'Nobody, yet.',
    }),
  ];
  const search = await importFile(page, {
    name: 'search.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ total: rows.length, rows })),
  });
  await expect(search).toContainText('Hypothesis');
  await expect(search).toContainText('Read as a Hypothesis search API answer');
  await expect(search).toContainText(`${PAGE_URL} → 002_27f4b5ccaf5df4df`);
  await merge(page);

  const exportRows = [
    hypothesisRow('hyp3', {
      tags: ['Actors', 'Blame'],
      text: 'Named actors',
      target: quote('Jabhat al-Nusra, ISIS and al-Qaeda'),
    }),
    hypothesisRow('hyp4', {
      text: 'A page note on the whole piece',
      target: [{ source: PAGE_URL }],
    }),
  ];
  const client = await importFile(page, {
    name: 'hypothesis-export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        export_date: '2016-03-01T00:00:00.000Z',
        export_userid: 'acct:maria@hypothes.is',
        client_version: '1.1500.0',
        annotations: exportRows,
      }),
    ),
  });
  await expect(client).toContainText('Read as a Hypothesis client export');
  await merge(page);

  await page.goto('/annotations');
  const list = page.getByRole('list', { name: 'Matching annotations' });
  await expect(list.getByRole('article')).toHaveCount(2);
  await expect(list).toContainText('Who is blamed here?');
  await expect(list).toContainText('Nobody, yet.');
  await expect(list).toContainText('Named actors');
  await expect(list.getByText('Blame', { exact: true })).toHaveCount(2);
  await page.goto('/articles/002_27f4b5ccaf5df4df');
  await expect(page.getByRole('region', { name: 'Article memo' })).toContainText(
    'A page note on the whole piece',
  );
  await expect(page.locator('mark[data-annotation-id]')).toHaveCount(2);
});

test('a Recogito file counting UTF-16 after emoji imports as exact', async ({ page }) => {
  test.setTimeout(60_000);
  const text =
    'Notes from Geneva 😀😀\n\nThe delegations 🇷🇺🇺🇸 met twice and agreed on nothing at all.';
  await page.goto('/');
  await page.getByRole('button', { name: 'Add document' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add document' });
  await dialog.getByRole('textbox', { name: 'Text' }).fill(text);
  await dialog.getByRole('button', { name: 'Add' }).click();
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('link', { name: /Notes from Geneva/ })
    .click();
  await expect(page).toHaveURL(/\/articles\//);
  const articleId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

  const exact = 'agreed on nothing';
  const start = text.indexOf(exact); // UTF-16 code units, as Recogito counts
  const recogito = [
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: '#0d4a2c1e-recogito',
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Outcome' }],
      target: {
        source: articleId,
        selector: [
          { type: 'TextQuoteSelector', exact },
          { type: 'TextPositionSelector', start, end: start + exact.length },
        ],
      },
    },
  ];
  const preview = await importFile(page, {
    name: 'recogito.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(recogito)),
  });
  await expect(preview).toContainText('counts TextPositionSelector offsets in UTF-16 code units');
  await merge(page);

  const data = await backup(page);
  expect(data.annotations).toEqual([
    expect.objectContaining({
      articleId,
      status: 'exact',
      ranges: [expect.objectContaining({ start, end: start + exact.length, exact })],
    }),
  ]);
  await page.goto(`/articles/${encodeURIComponent(articleId)}`);
  await expect(page.locator('mark[data-annotation-id]')).toHaveText(exact);
  await expect(page.getByText(/Needs attention/)).toHaveCount(0);
});
