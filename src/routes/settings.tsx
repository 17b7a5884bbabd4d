import { useEffect } from 'react';
import { AppearanceSettings } from '../components/appearance-settings';
import { DeleteAllData } from '../components/delete-all-data';
import { CoderNameSettings } from '../components/coder-name-settings';
import { StorageSettings } from '../components/storage-settings';
import styles from './settings.module.css';

/** `/settings`: where Gloss keeps your data, preferences, and deleting everything. */
export function SettingsRoute() {
  useEffect(() => {
    document.title = 'Settings · Gloss';
  }, []);
  return (
    <main className={styles.page} id="main">
      <h1>Settings</h1>
      <CoderNameSettings />
      <StorageSettings />
      <AppearanceSettings />
      <DeleteAllData />
    </main>
  );
}
