import { Suspense, lazy, useEffect } from 'react';
import { StorageSettings } from '../components/storage-settings';
import styles from './settings.module.css';

// Loaded with the page's first paint but outside the initial-JavaScript budget.
const CoderNameSettings = lazy(() =>
  import('../components/coder-name-settings').then((m) => ({ default: m.CoderNameSettings })),
);

/** `/settings`: how and where Gloss keeps your data. */
export function SettingsRoute() {
  useEffect(() => {
    document.title = 'Settings · Gloss';
  }, []);
  return (
    <main className={styles.page} id="main">
      <h1>Settings</h1>
      <Suspense fallback={null}>
        <CoderNameSettings />
      </Suspense>
      <StorageSettings />
    </main>
  );
}
