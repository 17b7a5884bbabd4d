/**
 * `npm test`: typecheck, lint, unit + component tests, build, bundle budget, a smoke run of the
 * benchmarks (so they cannot rot), end-to-end tests.
 * Every step runs even when an earlier one fails, so one run shows everything
 * that is wrong. The last line is the total over all runners: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Tally {
  passed: number;
  failed: number;
}

const work = mkdtempSync(join(tmpdir(), 'gloss-test-'));

function run(label: string, command: string, env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}: ${command}`);
  const result = spawnSync(command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

function step(label: string, command: string): Tally {
  const ok = run(label, command);
  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

function vitest(): Tally {
  const out = join(work, 'vitest.json');
  const ok = run(
    'unit and component tests',
    `npx vitest run --reporter=default --reporter=json --outputFile.json=${out}`,
  );
  const report = readJson(out) as { numPassedTests: number; numFailedTests: number } | null;
  if (!report) return { passed: 0, failed: 1 };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (ok || report.numFailedTests ? 0 : 1),
  };
}

function playwright(): Tally {
  const out = join(work, 'playwright.json');
  const ok = run('end-to-end tests (Chromium)', 'npx playwright test', {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  const report = readJson(out) as {
    stats: { expected: number; unexpected: number; flaky: number };
  } | null;
  if (!report) return { passed: 0, failed: 1 };
  const { expected, unexpected, flaky } = report.stats;
  return { passed: expected + flaky, failed: unexpected + (ok || unexpected ? 0 : 1) };
}

// The benchmark's own dependencies (bench/package.json) first: typecheck and lint read them too.
const benchDeps = step('benchmark dependencies', 'npx tsx scripts/bench-deps.ts');
const tallies: [string, Tally][] = [
  ['bench deps', benchDeps],
  ['typecheck', step('typecheck', 'npx tsc -p tsconfig.json --noEmit')],
  ['lint', step('lint', 'npx eslint .')],
  ['unit', vitest()],
  ['build', step('build', 'npm run build')],
  ['bundle', step('bundle budget (initial JS ≤ 150 KiB gzip)', 'npm run check:bundle')],
  [
    'bench smoke',
    step('benchmark smoke run (1 iteration, small sizes)', 'npm run bench -- --smoke'),
  ],
  ['e2e', playwright()],
];

console.log('\nSummary');
for (const [name, t] of tallies)
  console.log(`  ${name.padEnd(12)} ${t.passed} passed, ${t.failed} failed`);
const passed = tallies.reduce((n, [, t]) => n + t.passed, 0);
const failed = tallies.reduce((n, [, t]) => n + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
