import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { selectText } from './annotate';

const ARTICLE = '000_df97716ef8399177';
const text = readFileSync(`public/seeds/${ARTICLE}.txt`, 'utf8');
const AGREED = 'The use of force to solve the crisis in Syria would be futile';
const BOB_PART = 'use of force to solve the crisis';
const ALICE_ONLY = 'comprehensive political dialogue';

/** Alice's export from another annotation tool: W3C Web Annotation with a creator. */
function aliceW3C(): string {
  const item = (id: string, exact: string) => ({
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    motivation: 'tagging',
    creator: { type: 'Person', name: 'Alice' },
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'force' }],
    target: {
      source: `urn:gloss:article:${ARTICLE}`,
      selector: { type: 'TextQuoteSelector', exact },
    },
  });
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: {
      type: 'AnnotationPage',
      items: [
        item('a1b2c3d4-0000-4000-8000-000000000001', AGREED),
        item('a1b2c3d4-0000-4000-8000-000000000002', ALICE_ONLY),
      ],
    },
  });
}

/** Bob's Gloss backup: his own layer, with his name on its local coder. */
function bobNative(): string {
  const start = text.indexOf(BOB_PART);
  const end = start + BOB_PART.length;
  const now = '2026-01-02T03:04:05.000Z';
  const tagId = 'b0b0b0b0-0000-4000-8000-000000000001';
  return JSON.stringify({
    format: 'gloss',
    version: 1,
    exportedAt: now,
    offsetUnit: 'utf16',
    articles: [],
    tags: [
      {
        id: tagId,
        name: 'Force',
        nameKey: 'force',
        color: '#fde68a',
        description: '',
        hotkey: null,
        parentId: null,
        createdAt: now,
      },
    ],
    annotations: [
      {
        id: 'b0b0b0b0-0000-4000-8000-000000000002',
        articleId: ARTICLE,
        textHash: createHash('sha256').update(text, 'utf8').digest('hex'),
        ranges: [
          {
            start,
            end,
            exact: BOB_PART,
            prefix: text.slice(Math.max(0, start - 32), start),
            suffix: text.slice(end, end + 32),
          },
        ],
        tagIds: [tagId],
        note: '',
        color: null,
        createdAt: now,
        updatedAt: now,
        status: 'exact',
        coderId: 'local',
      },
    ],
    coders: [{ id: 'local', name: 'Bob', origin: 'local', createdAt: now }],
  });
}

async function importAsCoder(page: Page, fileName: string, content: string, name: string) {
  await page.goto('/data');
  await page.getByLabel('Import as coder').setInputFiles({
    name: fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(content, 'utf8'),
  });
  await expect(page.getByRole('textbox', { name: 'Coder name' })).toHaveValue(name);
  await expect(page.getByText('New coder layer')).toBeVisible();
  await page.getByRole('button', { name: 'Add layer' }).click();
  await expect(page.getByRole('status').filter({ hasText: `as ${name}:` })).toBeVisible();
}

test('a team codes one article: three layers, agreement, adjudication into a consensus, W3C export with creators', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Name the local coder.
  await page.goto('/settings');
  await page.getByRole('textbox', { name: 'Your coder name' }).fill('Dana');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'you code as Dana' })).toBeVisible();

  // Dana codes a passage.
  await page.goto('/tags');
  await page.getByRole('textbox', { name: 'Name' }).fill('Force');
  await page.getByRole('button', { name: 'Create tag' }).click();
  await page.goto(`/articles/${ARTICLE}`);
  const paragraph = page.getByRole('article').locator('[data-offset]').filter({ hasText: AGREED });
  await selectText(page, paragraph.first(), AGREED);
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Force' })
    .click();
  await expect(page.getByRole('region', { name: 'Annotation' })).toBeVisible();

  // Two colleagues' exports become their own layers.
  await importAsCoder(page, 'alice.jsonld', aliceW3C(), 'Alice');
  await importAsCoder(page, 'bob-backup.json', bobNative(), 'Bob');

  // The reader shows my layer, then all three.
  await page.goto(`/articles/${ARTICLE}`);
  const marks = page.getByRole('article').locator('mark[data-annotation-id]');
  await expect(marks.first()).toBeVisible();
  const layers = page.getByRole('combobox', { name: 'Layers' });
  await layers.selectOption({ label: 'All coders' });
  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  await expect(sidebar.getByRole('listitem')).toHaveCount(4);
  await layers.selectOption({ label: 'Alice' });
  await expect(sidebar.getByRole('listitem')).toHaveCount(2);
  await layers.selectOption({ label: 'Mine (Dana)' });
  await expect(sidebar.getByRole('listitem')).toHaveCount(1);

  // Agreement of the three coders.
  await page.goto('/compare');
  await page.getByRole('button', { name: 'Compute agreement' }).click();
  const report = page.getByRole('region', { name: 'Agreement of Dana, Alice, Bob' });
  await expect(report).toBeVisible();
  const perTag = report.getByRole('table', { name: 'Agreement per tag' });
  await expect(perTag.getByRole('row', { name: /^Force/ })).toContainText('(');
  await expect(report.getByRole('table', { name: 'Pairwise Cohen’s κ per tag' })).toContainText(
    'Dana – Alice',
  );
  await expect(report.getByRole('img', { name: /Matrix of pairwise/ })).toBeVisible();

  // Adjudicate Dana against Alice on the article, from the keyboard.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Adjudicate' })
    .click();
  await expect(page.getByRole('heading', { name: 'Adjudicate', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Coder B' }).selectOption({ label: 'Alice' });
  await page.getByRole('combobox', { name: 'Article' }).selectOption(ARTICLE);
  const progress = page.getByRole('status').filter({ hasText: 'settled' });
  await expect(progress).toHaveText('0 of 1 settled');
  await expect(page.getByText('Only coder B coded it')).toBeVisible();
  const region = page.getByRole('region', { name: 'Disagreements' });
  await region.focus();
  await page.keyboard.press('2');
  await expect(progress).toHaveText('1 of 1 settled');
  await page.keyboard.press('Control+z');
  await expect(progress).toHaveText('0 of 1 settled');
  await page.keyboard.press('2');
  await expect(progress).toHaveText('1 of 1 settled');

  // Everything is still there after a reload.
  await page.reload();
  await page.getByRole('combobox', { name: 'Coder B' }).selectOption({ label: 'Alice' });
  await expect(page.getByRole('status').filter({ hasText: 'settled' })).toHaveText(
    '1 of 1 settled',
  );
  await page.goto(`/articles/${ARTICLE}`);
  await page.getByRole('combobox', { name: 'Layers' }).selectOption({ label: 'Consensus' });
  await expect(
    page.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem'),
  ).toHaveCount(2);

  // Export the consensus as W3C: every annotation carries its creator.
  await page.goto('/data?coder=consensus');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download W3C JSON-LD' }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
    first: { items: { creator?: { name: string }; target: { selector: { exact?: string }[] } }[] };
  };
  const items = exported.first.items;
  expect(items).toHaveLength(2);
  for (const item of items) expect(item.creator?.name).toBe('Consensus');
  const quotes = items.map((i) => i.target.selector.find((s) => s.exact)?.exact).sort();
  expect(quotes).toEqual([AGREED, ALICE_ONLY].sort());
});
