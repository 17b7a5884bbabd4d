/**
 * Takes screenshots of the built app at desktop and phone widths for a visual check:
 * `npm run build && npx vite preview --port 4173 & npx tsx scripts/screenshots.ts`.
 * It first codes a few passages through the UI so every screen has something to show.
 * Files go to screenshots/ (ignored by git).
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { selectText } from '../tests/e2e/annotate';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const widths = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
const pages = [
  '/',
  '/articles/001_7385e71a292b6180',
  '/annotations',
  '/tags',
  '/compare?tag=__FORCE__',
  '/data',
  '/search?q=Aleppo',
  '/settings',
];

async function seed(page: Page): Promise<string> {
  for (const [name, key] of [
    ['Force', 'f'],
    ['Dialogue', 'd'],
  ] as const) {
    await page.goto(`${base}/tags`);
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('textbox', { name: 'Hotkey' }).fill(key);
    await page.getByRole('button', { name: 'Create tag' }).click();
    await page.getByRole('table').getByText(name, { exact: true }).waitFor();
  }
  const passages: [string, string, string][] = [
    [
      '000_df97716ef8399177',
      'The use of force to solve the crisis in Syria would be futile',
      'Force',
    ],
    ['001_7385e71a292b6180', 'le recours à la force pour régler la crise en Syrie', 'Force'],
    ['001_7385e71a292b6180', 'pour entamer un dialogue politique global', 'Dialogue'],
    ['003_160427fdb2b2b30e', 'finding a swift political solution', 'Dialogue'],
  ];
  for (const [id, quote, tag] of passages) {
    await page.goto(`${base}/articles/${id}`);
    const paragraph = page
      .getByRole('article')
      .locator('[data-offset]')
      .filter({ hasText: quote })
      .first();
    await selectText(page, paragraph, quote);
    await page
      .getByRole('toolbar', { name: 'Annotate selection' })
      .getByRole('button', { name: tag })
      .click();
    await page.getByRole('region', { name: 'Annotation' }).waitFor();
  }
  await page
    .getByRole('textbox', { name: 'Note' })
    .fill('Same **framing** as SANA: talks, not force.');
  await page.waitForTimeout(800);
  await page.goto(`${base}/tags`);
  const href = await page.evaluate(async () => {
    const request = indexedDB.open('gloss');
    const db: IDBDatabase = await new Promise(
      (resolve) => (request.onsuccess = () => resolve(request.result)),
    );
    const tags: { id: string; name: string }[] = await new Promise((resolve) => {
      const r = db.transaction('tags').objectStore('tags').getAll();
      r.onsuccess = () => resolve(r.result as { id: string; name: string }[]);
    });
    db.close();
    return tags.find((t) => t.name === 'Force')?.id ?? '';
  });
  return href;
}

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const context = await browser.newContext();
// tsx keeps function names with a __name helper that page.evaluate callbacks then expect.
await context.addInitScript({ content: 'window.__name = (f) => f;' });
const forceId = await seed(await context.newPage());
for (const { name, width, height } of widths) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  for (const path of pages) {
    await page.goto(`${base}${path.replace('__FORCE__', forceId)}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const file = `screenshots/${name}${(path.split('?')[0] ?? '').replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: file, fullPage: name === 'desktop' });
    console.log(file);
  }
  await page.close();
}
await browser.close();
