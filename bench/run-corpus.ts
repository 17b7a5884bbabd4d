/**
 * Runs only the corpus-at-scale cases (bench/corpus-cases.ts) against the built app and prints
 * their table: `npx tsx bench/run-corpus.ts [--smoke] [--no-build] [--cases=big library,...]`
 * (port: GLOSS_BENCH_APP_PORT; cases: "import CSV", "big library", "views at scale").
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import { benchCorpus, printCorpusTable } from './corpus-cases';
const smoke = process.argv.includes('--smoke');
const skipBuild = process.argv.includes('--no-build');
const cases = process.argv
  .find((a) => a.startsWith('--cases='))
  ?.slice('--cases='.length)
  .split(',');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const rows = await benchCorpus(browser, {
    port: Number(process.env.GLOSS_BENCH_APP_PORT ?? 4214),
    skipBuild,
    smoke,
    ...(cases ? { cases } : {}),
  });
  printCorpusTable(rows);
} finally {
  await browser.close();
}
