import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
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

/**
 * Ticks a checkbox whose state follows the URL: the change lands with the navigation it makes,
 * a moment after the click, so wait for it rather than expect it on the click's own frame.
 */
async function tick(box: Locator): Promise<void> {
  await box.click();
  await expect(box).toBeChecked();
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
  // The tag is stored before the reader opens.
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('');
  await expect(page.getByRole('option', { name: 'Force' }).first()).toBeAttached();
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
  // Annotation items (the coder headings are rows of the list too).
  const entries = sidebar.getByRole('listitem').filter({ has: page.getByRole('button') });
  await expect(entries).toHaveCount(4);
  // Several layers: the sidebar groups them under a heading per coder, with counts.
  const headings = sidebar.getByRole('list').getByRole('heading', { level: 3 });
  await expect(headings).toHaveText(['Dana (1)', 'Alice (2)', 'Bob (1)']);

  // Colour by coder: each layer in its coder's colour, the coder named on each mark.
  const colorBy = page.getByRole('combobox', { name: 'Colour by' });
  await expect(colorBy).toHaveValue('tag');
  const aliceOnly = marks.filter({ hasText: ALICE_ONLY });
  const tagColour = await aliceOnly.evaluate((m) => getComputedStyle(m).backgroundColor);
  await colorBy.selectOption({ label: 'Coder' });
  await expect(aliceOnly).toHaveAttribute('title', /^Alice · Highlight: Force/);
  const aliceColour = await aliceOnly.evaluate((m) => getComputedStyle(m).backgroundColor);
  expect(aliceColour).not.toBe(tagColour);
  // Three layers, three colours (nested marks carry one each).
  const colours = await marks.evaluateAll((all) => [
    ...new Set(all.map((m) => (m as HTMLElement).style.getPropertyValue('--mark-color'))),
  ]);
  expect(colours).toHaveLength(3);
  // Overlapping layers stay visible: the innermost mark shows every layer's band and names
  // every coder.
  const layered = page.getByRole('article').locator('mark[data-layers="3"]').first();
  await expect(layered).toHaveAttribute('title', /Dana ·/);
  await expect(layered).toHaveAttribute('title', /Bob ·/);
  expect(await layered.evaluate((m) => getComputedStyle(m).backgroundImage)).toContain('gradient');
  // The choice is a setting: it survives a reload.
  await page.reload();
  await page.getByRole('combobox', { name: 'Layers' }).selectOption({ label: 'All coders' });
  await expect(page.getByRole('combobox', { name: 'Colour by' })).toHaveValue('coder');
  await expect(aliceOnly).toHaveAttribute('title', /^Alice ·/);

  await layers.selectOption({ label: 'Alice' });
  await expect(entries).toHaveCount(2);
  await expect(headings).toHaveCount(0);
  await layers.selectOption({ label: 'Mine (Dana)' });
  await expect(entries).toHaveCount(1);

  // Compare, filtered by coder: the passages of the tag Force, every layer, then Alice's, then
  // Alice's and Bob's; the choice is in the URL.
  await page.goto('/compare');
  await tick(page.getByRole('checkbox', { name: 'Force' }));
  const column = page.getByRole('list', { name: 'Passages by article' }).getByRole('listitem', {
    name: /Lavrov/,
  });
  await expect(column.first().getByText(/passages?$/)).toHaveText('4 passages');
  const coders = page.getByRole('group', { name: 'Coders shown' });
  await tick(coders.getByRole('checkbox', { name: 'Alice' }));
  await expect(column.first().getByText(/passages?$/)).toHaveText('2 passages');
  await expect(page).toHaveURL(/coder=/);
  await tick(coders.getByRole('checkbox', { name: 'Bob' }));
  await expect(column.first().getByText(/passages?$/)).toHaveText('3 passages');
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Coders shown' }).getByRole('checkbox', { name: 'Bob' }),
  ).toBeChecked();
  await expect(column.first().getByText(/passages?$/)).toHaveText('3 passages');

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
  // The sort of the per-article table from the keyboard, and the report passes axe.
  await report.getByRole('combobox', { name: 'Sort articles by' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(report.getByRole('combobox', { name: 'Sort articles by' })).toHaveValue('alpha-low');
  await expect(report.getByRole('table', { name: 'Agreement per article' })).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .include('section[aria-labelledby="compare-coders-title"]')
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

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
    page
      .getByRole('complementary', { name: 'Annotations' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('button') }),
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
