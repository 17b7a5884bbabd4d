import { useCallback, useSyncExternalStore } from 'react';

/** Activates the waiting service worker; the page then reloads under it. */
export type ApplyUpdate = () => Promise<void>;

let pendingUpdate: ApplyUpdate | null = null;
const listeners = new Set<() => void>();

/**
 * Called by the service worker registration (src/main.tsx, production builds
 * only) when a new version of Gloss has been downloaded and is waiting.
 */
export function announceUpdate(applyUpdate: ApplyUpdate): void {
  pendingUpdate = applyUpdate;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => pendingUpdate;

/** Whether a new version is waiting, and the action that switches to it. */
export function useServiceWorkerUpdate(): { updateAvailable: boolean; reload: () => void } {
  const update = useSyncExternalStore(subscribe, snapshot, snapshot);
  const reload = useCallback(() => {
    if (!update) return;
    update().catch(() => window.location.reload());
  }, [update]);
  return { updateAvailable: update !== null, reload };
}
