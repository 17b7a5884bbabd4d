import styles from './selection-toolbar.module.css';

/** A small colour square; decorative, since the tag's name is always shown beside it. */
export function TagSwatch({ color }: { color: string }) {
  return <span className={styles.swatch} style={{ background: color }} aria-hidden="true" />;
}
