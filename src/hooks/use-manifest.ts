import { useEffect } from 'react';
import { useAppStore } from '../store';

/** The bundled corpus manifest, fetched once per session. */
export function useManifest() {
  const manifest = useAppStore((s) => s.manifest);
  const loadManifest = useAppStore((s) => s.loadManifest);
  useEffect(() => {
    void loadManifest();
  }, [loadManifest]);
  return { manifest, retry: () => void loadManifest(true) };
}
