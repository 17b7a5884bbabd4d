import { useAppStore, type ThemeChoice } from '../store';
import { ChoiceGroup } from './choice-group';
import styles from './settings-sections.module.css';

const themes = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const satisfies readonly { value: ThemeChoice; label: string }[];

/** Theme and the codebook lock: preferences kept in this browser. */
export function AppearanceSettings() {
  const theme = useAppStore((s) => s.settings.theme);
  const locked = useAppStore((s) => s.settings.lockCodebook);
  const setTheme = useAppStore((s) => s.setTheme);
  const setLocked = useAppStore((s) => s.setLockCodebook);
  return (
    <section className={styles.section} aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">Preferences</h2>
      <ChoiceGroup legend="Theme" value={theme} options={themes} onChange={setTheme} />
      <label className={styles.check}>
        <input type="checkbox" checked={locked} onChange={(e) => setLocked(e.target.checked)} />
        <span>
          Lock the codebook
          <span className={styles.help}>
            The annotation editor then offers existing tags only, so a team codes with one fixed
            codebook. New tags are made on the Tags page.
          </span>
        </span>
      </label>
    </section>
  );
}
