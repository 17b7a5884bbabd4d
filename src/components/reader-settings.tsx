import { useEffect, useRef, useState } from 'react';
import { FONT_SIZES, useAppStore, type LineWidth, type ThemeChoice } from '../store';
import { ChoiceGroup } from './choice-group';
import styles from './reader-settings.module.css';

const widths = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'medium', label: 'Medium' },
  { value: 'wide', label: 'Wide' },
] as const satisfies readonly { value: LineWidth; label: string }[];

const themes = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const satisfies readonly { value: ThemeChoice; label: string }[];

const sizes = FONT_SIZES.map((size) => ({ value: size, label: `${size}` }));

/** "Reading settings": font size, line width and theme, kept across reloads. */
export function ReaderSettings() {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const settings = useAppStore((s) => s.settings);
  const setFontSize = useAppStore((s) => s.setFontSize);
  const setLineWidth = useAppStore((s) => s.setLineWidth);
  const setTheme = useAppStore((s) => s.setTheme);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !wrapper.current?.contains(event.target as Node)
      ) {
        setOpen(false);
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  return (
    <div className={styles.wrapper} ref={wrapper}>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls="reading-settings"
        onClick={() => setOpen(!open)}
      >
        Reading settings
      </button>
      {open ? (
        <section id="reading-settings" className={styles.panel} aria-label="Reading settings">
          <ChoiceGroup
            legend="Font size (px)"
            value={settings.fontSize}
            options={sizes}
            onChange={setFontSize}
          />
          <ChoiceGroup
            legend="Line width"
            value={settings.lineWidth}
            options={widths}
            onChange={setLineWidth}
          />
          <ChoiceGroup legend="Theme" value={settings.theme} options={themes} onChange={setTheme} />
          <button type="button" className={`button ${styles.done}`} onClick={() => setOpen(false)}>
            Done
          </button>
        </section>
      ) : null}
    </div>
  );
}
