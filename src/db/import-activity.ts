/**
 * Whether this tab is writing an import batch right now, and how many batches have ended: views
 * that scan whole tables (the damaged-records check) wait for the end instead of scanning again
 * after every chunk, which would make a chunked import quadratic.
 */
export interface ImportActivity {
  writing: boolean;
  /** Bumped when a batch ends (written or undone). */
  ended: number;
}

let activity: ImportActivity = { writing: false, ended: 0 };
const listeners = new Set<() => void>();

/** The current activity (a new object on every change). */
export function importActivity(): ImportActivity {
  return activity;
}

/** Subscribes to changes of {@link importActivity}. @returns unsubscribe */
export function subscribeImportActivity(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Marks a batch as being written until the returned function is called. */
export function beginImportBatch(): () => void {
  activity = { writing: true, ended: activity.ended };
  for (const listener of [...listeners]) listener();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    activity = { writing: false, ended: activity.ended + 1 };
    for (const listener of [...listeners]) listener();
  };
}
