import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { onDbEvent, openDb } from './db';
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

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void openStorage().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
