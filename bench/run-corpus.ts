/**
 * Runs only the corpus-at-scale cases (bench/corpus-cases.ts) against the built app and prints
 * their table: `npx tsx bench/run-corpus.ts [--smoke] [--no-build] [--cases=big library,...]`
 * (port: GLOSS_BENCH_APP_PORT; cases: "import CSV", "big library", "search at scale", "views at scale"; --only=views is
 * --cases=views at scale).
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import { benchCorpus, printCorpusTable, type CorpusCase } from './corpus-cases';
const smoke = process.argv.includes('--smoke');
const skipBuild = process.argv.includes('--no-build');
const cases = process.argv
  .find((a) => a.startsWith('--cases='))
  ?.slice('--cases='.length)
  .split(',') as CorpusCase[] | undefined;
const viewsOnly = process.argv.includes('--only=views');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const rows = await benchCorpus(browser, {
    port: Number(process.env.GLOSS_BENCH_APP_PORT ?? 4214),
    skipBuild,
    smoke,
    ...(viewsOnly ? { cases: ['views at scale'] as const } : cases ? { cases } : {}),
  });
  printCorpusTable(rows);
} finally {
  await browser.close();
}
