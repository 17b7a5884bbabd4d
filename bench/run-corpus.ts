/**
 * Runs only the corpus-at-scale cases (bench/corpus-cases.ts) against the built app and prints
 * their table: `npx tsx bench/run-corpus.ts [--smoke] [--no-build] [--only=views]` (port: GLOSS_BENCH_APP_PORT;
 * --only=views runs the views-at-scale rows alone).
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import { benchCorpus, printCorpusTable } from './corpus-cases';
const smoke = process.argv.includes('--smoke');
const skipBuild = process.argv.includes('--no-build');
const viewsOnly = process.argv.includes('--only=views');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const rows = await benchCorpus(browser, {
    port: Number(process.env.GLOSS_BENCH_APP_PORT ?? 4214),
    skipBuild,
    smoke,
    ...(viewsOnly ? { only: ['views at scale'] as const } : {}),
  });
  printCorpusTable(rows);
} finally {
  await browser.close();
}
