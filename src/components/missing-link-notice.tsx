import { useState } from 'react';
import styles from './missing-link-notice.module.css';

/**
 * Said when a `#annotation=` link names a highlight this article no longer has. Dismissing it
 * drops the hash so a reload does not say it again.
 */
export function MissingLinkNotice({ linked }: { linked: string | null }) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (linked === null || dismissed === linked) return null;
  const dismiss = () => {
    setDismissed(linked);
    history.replaceState(null, '', location.pathname + location.search);
  };
  return (
    <div role="alert" className={styles.notice}>
      <span>
        The highlight this link points to no longer exists: it was deleted, or it belongs to another
        browser’s data.
      </span>
      <button type="button" className="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
