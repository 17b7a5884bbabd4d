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

/** `count` short highlights on one bundled article, each on its own range. */
async function annotations(count: number): Promise<Annotation[]> {
  const textHash = await sha256Hex(seedText);
  const stamp = '2024-01-01T00:00:00.000Z';
  return Array.from({ length: count }, (_, i) => {
    const start = 200 + (i % 1500);
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      articleId,
      coderId: 'local',
      textHash,
      ranges: [describeRange(seedText, start, start + 4 + Math.floor(i / 1500))],
      tagIds: [],
      note: i % 3 === 0 ? `Note ${i}` : '',
      color: null,
      createdAt: stamp,
      updatedAt: stamp,
      status: 'exact',
    };
  });
}

async function backupFile(count: number): Promise<string> {
  const json = exportNative({
    articles: [],
    tags: [],
    annotations: await annotations(count),
    memos: [],
    userArticles: [],
    exportedAt: new Date('2024-01-01T00:00:00.000Z'),
  });
  const path = join(mkdtempSync(join(tmpdir(), 'gloss-e2e-')), `backup-${count}.json`);
  writeFileSync(path, json);
  return path;
}

/** The annotations and the import journal as IndexedDB holds them, read beside the app. */
function stored(page: Page): Promise<{ annotations: number; journal: boolean }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('gloss');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(['annotations', 'meta'], 'readonly');
          const count = tx.objectStore('annotations').count();
          const journal = tx.objectStore('meta').get('import-journal');
          tx.oncomplete = () => {
            idb.close();
            resolve({ annotations: count.result, journal: journal.result !== undefined });
          };
        };
      }),
  );
}

/** Counts, in animation frames, which values a progress bar named `label` was painted with. */
function sampleProgressFrames(page: Page, label: string): Promise<void> {
  return page.evaluate((name) => {
    const w = window as unknown as { __frames: string[] };
    w.__frames = [];
    const sample = () => {
      const bar = document.querySelector<HTMLProgressElement>(`progress[aria-label="${name}"]`);
      // A requestAnimationFrame callback runs just before its frame paints: a bar seen here is
      // on screen in that frame.
      if (bar) w.__frames.push(`${bar.value}/${bar.max}`);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, label);
}
const progressFrames = (page: Page) =>
  page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);

test('a large W3C export paints its progress bar while the file is built', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/data');
  await page.getByLabel('Import file').setInputFiles(await backupFile(20_000));
  await page.getByRole('button', { name: 'Merge', exact: true }).click({ timeout: 60_000 });
  await expect(page.getByText(/^Imported backup-20000\.json/)).toBeVisible({ timeout: 60_000 });

  await sampleProgressFrames(page, 'Export progress');
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Download W3C JSON-LD' }).click();
  const file = await download;
  await expect(page.getByText(/Saved .*\.jsonld \(20,000 annotations\)/)).toBeVisible();
  const frames = await progressFrames(page);
  // Painted in at least two frames, and with at least two different values.
  expect(frames.length).toBeGreaterThanOrEqual(2);
  expect(new Set(frames).size).toBeGreaterThanOrEqual(2);
  const json = JSON.parse(readFileSync((await file.path()) as string, 'utf8')) as {
    total: number;
    first: { items: unknown[] };
  };
  expect(json.total).toBe(20_000);
  expect(json.first.items).toHaveLength(20_000);
});

test('an import shows how far the write has come, and a reload halfway changes nothing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const file = await backupFile(10_000);
  await page.goto('/data');
  await page.getByLabel('Import file').setInputFiles(file);
  await expect(page.getByRole('heading', { name: /Preview of backup-10000\.json/ })).toBeVisible({
    timeout: 60_000,
  });
  // The tab goes away (here: reloads) as soon as part of the import is written.
  await page.evaluate(() => {
    new MutationObserver(() => {
      const text = document.body.innerText;
      const match = /Importing \S+ (\d+)%/.exec(text);
      if (match && Number(match[1]) > 0 && Number(match[1]) < 70) location.reload();
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const cdp = await page.context().newCDPSession(page);
  // A slow machine, so that the reload surely lands between two chunks.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await reloaded;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // The next start undoes the half-written import before anything reads it.
  await page.goto('/annotations');
  await expect(page.getByText('No annotations yet.')).toBeVisible();
  expect(await stored(page)).toEqual({ annotations: 0, journal: false });

  // Imported again without interruption, it lands whole, its progress shown as it goes.
  await page.goto('/data');
  await page.getByLabel('Import file').setInputFiles(file);
  await page.getByRole('button', { name: 'Merge', exact: true }).click({ timeout: 60_000 });
  await expect(page.getByText(/^Imported backup-10000\.json: 10000 added/)).toBeVisible({
    timeout: 60_000,
  });
  expect(await stored(page)).toEqual({ annotations: 10_000, journal: false });
});
