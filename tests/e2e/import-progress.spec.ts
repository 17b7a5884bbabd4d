import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { describeRange } from '../../src/domain/anchoring/describe';
import { sha256Hex } from '../../src/domain/corpus/hash';
import { exportNative } from '../../src/domain/formats/native-export';
import type { Annotation } from '../../src/domain/model';

const articleId = '001_7385e71a292b6180';
const seedText = readFileSync(
  new URL(`../../public/seeds/${articleId}.txt`, import.meta.url),
  'utf8',
);

/** A native backup just under the 20 MB limit: many annotations with long notes. */
async function bigBackup(options: { breakLast?: boolean } = {}): Promise<string> {
  const textHash = await sha256Hex(seedText);
  const note = 'A long coding memo that makes the file big. '.repeat(8);
  const stamp = '2024-01-01T00:00:00.000Z';
  const annotations: Annotation[] = [];
  for (let i = 0; i < 20_000; i++) {
    const start = 200 + (i % 500);
    annotations.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      articleId,
      coderId: 'local',
      textHash,
      ranges: [describeRange(seedText, start, start + 6)],
      tagIds: [],
      note: `${i}: ${note}`,
      color: null,
      createdAt: stamp,
      updatedAt: stamp,
      status: 'exact',
    });
  }
  let json = exportNative({
    articles: [],
    tags: [],
    annotations,
    memos: [],
    userArticles: [],
    exportedAt: new Date(stamp),
  });
  // The last record's range runs backwards: found only after checking all the others.
  if (options.breakLast) {
    const file = JSON.parse(json) as {
      annotations: { ranges: { start: number; end: number }[] }[];
    };
    const last = file.annotations[file.annotations.length - 1];
    if (last?.ranges[0]) last.ranges[0].end = last.ranges[0].start - 1;
    json = JSON.stringify(file);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'gloss-e2e-')), 'big-backup.json');
  writeFileSync(path, json);
  return path;
}

/** Records every percentage the import shows while it checks the file. */
async function watchPercentages(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __seen: number[] };
    w.__seen = [];
    new MutationObserver(() => {
      const text = document.querySelector('[role="status"]')?.textContent ?? '';
      const match = /Checking \S+ (\d+)%/.exec(text);
      if (match && w.__seen.at(-1) !== Number(match[1])) w.__seen.push(Number(match[1]));
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

const seen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __seen: number[] }).__seen);

test('a 20 MB import shows its progress as a percentage, then the preview', async ({ page }) => {
  test.setTimeout(120_000);
  const file = await bigBackup();
  expect(readFileSync(file).byteLength).toBeGreaterThan(15_000_000);
  expect(readFileSync(file).byteLength).toBeLessThan(20_000_000);
  await page.goto('/data');
  await watchPercentages(page);
  await page.getByLabel('Import file').setInputFiles(file);
  await expect(page.getByRole('heading', { name: /Preview of big-backup\.json/ })).toBeVisible({
    timeout: 90_000,
  });
  const percentages = await seen(page);
  // More than one step was shown, rising, and some between the start and the end.
  expect(new Set(percentages).size).toBeGreaterThan(1);
  expect([...percentages].sort((a, b) => a - b)).toEqual(percentages);
  expect(percentages.some((p) => p > 0 && p < 100)).toBe(true);
  await expect(page.getByText(/^To add: \d+/)).toBeVisible();
});

test('a 20 MB import with a bad last record says where, and changes nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const file = await bigBackup({ breakLast: true });
  await page.goto('/data');
  await watchPercentages(page);
  await page.getByLabel('Import file').setInputFiles(file);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('big-backup.json cannot be imported', { timeout: 90_000 });
  await expect(alert).toContainText('annotation 19999');
  await expect(alert).toContainText('Nothing was changed');
  expect((await seen(page)).some((p) => p > 0)).toBe(true);
  await page.goto('/annotations');
  await expect(page.getByText('No annotations yet.')).toBeVisible();
});
