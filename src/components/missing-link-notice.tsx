import styles from './missing-link-notice.module.css';

/** Said when a `#annotation=` link names a highlight this article no longer has. */
export function MissingLinkNotice({ onDismiss }: { onDismiss: () => void }) {
  return (
    <div role="alert" className={styles.notice}>
      <span>
        The highlight this link points to no longer exists: it was deleted, or it belongs to
        another browser’s data.
      </span>
      <button type="button" className="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
