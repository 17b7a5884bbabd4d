import { useEffect } from 'react';
import { CoderNameSettings } from '../components/coder-name-settings';
import { StorageSettings } from '../components/storage-settings';
import styles from './settings.module.css';

/** `/settings`: how and where Gloss keeps your data. */
export function SettingsRoute() {
  useEffect(() => {
    document.title = 'Settings · Gloss';
  }, []);
  return (
    <main className={styles.page} id="main">
      <h1>Settings</h1>
      <CoderNameSettings />
      <StorageSettings />
    </main>
  );
}
