/**
 * Takes screenshots of the built app at desktop and phone widths for a visual check:
 * `npm run build && npx tsx scripts/screenshots.ts [path ...]` (needs `vite preview` on :4173).
 * Files go to screenshots/ (ignored by git).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const paths = process.argv.slice(2);
const targets =
  paths.length > 0
    ? paths
    : ['/', '/articles/001_7385e71a292b6180', '/articles/003_160427fdb2b2b30e'];
const widths = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const { name, width, height } of widths) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
    for (const path of targets) {
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      const file = `screenshots/${name}-${scheme}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
      await page.screenshot({ path: file, fullPage: false });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
