/// <reference types="vite-plugin-pwa/client" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { onDbEvent, openDb } from './db/db';
import { announceUpdate } from './hooks/use-service-worker';
import { prefetchLibrary } from './routes/library-prefetch';
import { prefetchArticle } from './routes/reader-prefetch';
import './styles.css';

/**
 * Opens storage before the first render, so that no query runs against a
 * database about to be replaced by the in-memory one. Renders anyway if opening
 * fails, and stops waiting when another tab blocks our upgrade: the storage
 * banner explains both.
 */
function openStorage(): Promise<void> {
  return new Promise((resolve) => {
    const stopListening = onDbEvent((event) => {
      if (event.type === 'blocked') done();
    });
    function done() {
      stopListening();
      resolve();
    }
    openDb()
      .catch((error: unknown) => console.error('Gloss: storage could not be opened', error))
      .finally(done);
  });
}

/**
 * Registers the service worker that precaches the app shell and the seeds, so
 * Gloss opens offline after one visit. Production builds only: in development
 * it would serve stale modules. A new version waits until the reader chooses
 * "Reload" in the update prompt.
 */
function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const applyUpdate = registerSW({
      onNeedRefresh: () => announceUpdate(() => applyUpdate(true)),
      onRegisterError: (error: unknown) =>
        console.warn('Gloss: offline support is unavailable', error),
    });
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const storage = openStorage();

// An article opened directly: its text and annotations are read, and its page and the text
// parser load, while storage opens, not after the first render asks for them (the router and the
// reader reuse the same modules and reads).
const opened = /\/articles\/([^/]+)/.exec(location.pathname)?.[1];
if (opened) {
  void prefetchArticle(opened, storage);
  void import('./routes/reader');
  void import('./domain/corpus/parse-for-reading');
} else if (location.pathname === '/') void prefetchLibrary(storage);

void storage.then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  registerServiceWorker();
});
