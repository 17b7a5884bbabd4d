/**
 * What the profilers (bench/profile-*.ts) share: the shapes of the CDP trace and sampling
 * profile they read, and the built app served with a headless Chromium launched. Fixtures go in
 * through the app's own import (`importThroughUi` in bench/app-cases.ts).
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import { serveApp } from './app-cases';

/** One event of a Chromium trace (`browser.stopTracing()`), as far as the profilers read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts?: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

export interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** A CDP sampling profile (`Profiler.stop`). */
export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Serves the readable build (PROFILE_NO_BUILD=1 serves the one already made) on
 * GLOSS_BENCH_APP_PORT and launches Chromium. Close both when done.
 */
export async function profiledApp(): Promise<{
  base: string;
  browser: Browser;
  server: { close: () => Promise<void> };
}> {
  const port = Number(process.env.GLOSS_BENCH_APP_PORT ?? 4213);
  const server = await serveApp(port, process.env.PROFILE_NO_BUILD === '1', true);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  return { base: `http://127.0.0.1:${port}`, browser, server };
}
