import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

const seedDir = new URL('../../public/seeds/', import.meta.url);

const palette = [
  '#fde68a',
  '#bbf7d0',
  '#bfdbfe',
  '#fbcfe8',
  '#ddd6fe',
  '#fed7aa',
  '#a5f3fc',
  '#e5e7eb',
  '#d9f99d',
  '#fecaca',
];

export const seedTagNames = [
  'Diplomacy',
  'Force',
  'Ceasefire',
  'Russia',
  'United States',
  'Humanitarian',
  'Talks',
  'Terrorism',
  'Aid',
  'Sanctions',
  'Refugees',
  'Opposition',
];

/** Quotes coded in the seed file; overlapping pairs on purpose. */
const passages: { article: string; quote: string; tags: number[]; note?: string }[] = [
  {
    article: '000_df97716ef8399177',
    quote: 'The use of force to solve the crisis in Syria would be futile',
    tags: [1, 0],
    note: 'A **strong** claim, see [the source](https://example.org).',
  },
  { article: '000_df97716ef8399177', quote: 'crisis in Syria', tags: [3] },
  {
    article: '001_7385e71a292b6180',
    quote: 'le recours à la force pour régler la crise en Syrie',
    tags: [1],
  },
  { article: '001_7385e71a292b6180', quote: 'la force', tags: [2, 4] },
  { article: '002_27f4b5ccaf5df4df', quote: 'combat the terrorism of ISIS', tags: [7, 3] },
  {
    article: '003_160427fdb2b2b30e',
    quote: 'finding a swift political solution',
    tags: [6, 0],
    note: 'Plain note',
  },
  {
    article: '004_d3ebd397d2656eba',
    quote: 'called for resuming quickly the intra-Syrian peace talks',
    tags: [6, 5],
  },
];

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A native Gloss backup with `tagCount` tags and a few (overlapping) annotations on the seeds. */
export function seedBackup(tagCount = 7): string {
  const now = '2026-01-05T10:00:00.000Z';
  const tags = seedTagNames.slice(0, tagCount).map((name, index) => ({
    id: randomUUID(),
    name,
    nameKey: name.toLowerCase(),
    color: palette[index % palette.length] as string,
    description: '',
    hotkey: index < 9 ? String(index + 1) : null,
    parentId: null,
    createdAt: now,
  }));
  const texts = new Map<string, string>();
  const text = (id: string) => {
    const known = texts.get(id);
    if (known !== undefined) return known;
    const read = readFileSync(new URL(`${id}.txt`, seedDir), 'utf8');
    texts.set(id, read);
    return read;
  };
  const annotations = passages.map((p) => {
    const full = text(p.article);
    const start = full.indexOf(p.quote);
    if (start < 0) throw new Error(`"${p.quote}" is not in ${p.article}`);
    const end = start + p.quote.length;
    return {
      id: randomUUID(),
      articleId: p.article,
      textHash: sha256(full),
      ranges: [
        {
          start,
          end,
          exact: p.quote,
          prefix: full.slice(Math.max(0, start - 32), start),
          suffix: full.slice(end, end + 32),
        },
      ],
      tagIds: p.tags.filter((i) => i < tags.length).map((i) => (tags[i] as { id: string }).id),
      note: p.note ?? '',
      color: null,
      createdAt: now,
      updatedAt: now,
      status: 'exact',
    };
  });
  const articles = [...texts].map(([id, body]) => ({ id, title: id, textHash: sha256(body) }));
  return JSON.stringify({
    format: 'gloss',
    version: 1,
    exportedAt: now,
    articles,
    tags,
    annotations,
  });
}

/** Imports the seed backup through "Export & import", as a user restoring a backup would. */
export async function seedAnnotations(page: Page, tagCount = 7): Promise<void> {
  await page.goto('/data');
  await page.getByLabel('Import file').setInputFiles({
    name: 'seed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(seedBackup(tagCount)),
  });
  await page
    .getByRole('region', { name: /Preview of/ })
    .getByRole('button', { name: 'Merge' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
}
