/**
 * The benchmark page. bench/run.ts opens it in headless Chromium and calls
 * window.bench.*; every call answers with an Outcome instead of throwing, so
 * one failing or unavailable case never hides the others.
 */
import '../src/styles.css';
import './bench.css';
import { openDb } from '../src/db';
import { NotAvailable, exportW3C, importMany } from './data-cases';
import { addHighlight, mountBigDocument, openArticle, writeOne } from './gloss-cases';
import { recogitoAddHighlight, recogitoBigDocument, recogitoOpenArticle } from './recogito-cases';

export type Outcome<T> =
  | { status: 'ok'; value: T }
  | { status: 'unavailable'; reason: string }
  | { status: 'error'; message: string };

async function outcome<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { status: 'ok', value: await run() };
  } catch (error) {
    if (error instanceof NotAvailable) return { status: 'unavailable', reason: error.message };
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { status: 'error', message };
  }
}

const bench = {
  /** Resolves once storage is open. */
  ready: openDb().then(() => true),
  profiling: location.pathname.startsWith('/profiling/'),
  openArticle: (id: string, highlights: number) => outcome(() => openArticle(id, highlights)),
  recogitoOpenArticle: (id: string, highlights: number) =>
    outcome(() => recogitoOpenArticle(id, highlights)),
  bigDocument: (words: number, highlights: number) =>
    outcome(() => mountBigDocument(words, highlights)),
  recogitoBigDocument: (words: number, highlights: number) =>
    outcome(() => recogitoBigDocument(words, highlights)),
  addHighlight: (words: number, present: number, samples: number, path: 'render' | 'database') =>
    outcome(() => addHighlight(words, present, samples, path)),
  recogitoAddHighlight: (words: number, present: number, samples: number) =>
    outcome(() => recogitoAddHighlight(words, present, samples)),
  writeOne: (samples: number) => outcome(() => writeOne(samples)),
  importMany: (count: number) => outcome(() => importMany(count)),
  exportW3C: (count: number) => outcome(() => exportW3C(count)),
};

export type Bench = typeof bench;

declare global {
  interface Window {
    bench: Bench;
  }
}

window.bench = bench;
