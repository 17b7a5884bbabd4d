import { useMemo } from 'react';
import type { Coder } from '../domain/coders/coder';
import { coderColors } from '../domain/coders/colors';
import { useAppStore } from '../store';
import { useCoders } from './use-coders';

/** How highlights are painted when the reader colours by coder. */
export interface CoderPaint {
  colorOf: (coderId: string) => string;
  nameOf: (coderId: string) => string;
}

/**
 * The coders, and when the reader colours by coder (a setting), each coder's colour and name
 * for the highlight paint; null while it colours by tag.
 */
export function useCoderPaint(): { coders: readonly Coder[]; paint: CoderPaint | null } {
  const { coders } = useCoders();
  const colorBy = useAppStore((s) => s.settings.colorBy);
  const paint = useMemo<CoderPaint | null>(() => {
    if (colorBy !== 'coder') return null;
    const colors = coderColors(coders);
    const names = new Map(coders.map((c) => [c.id, c.name]));
    return {
      colorOf: (id) => colors.get(id) ?? '#e5e7eb',
      nameOf: (id) => names.get(id) ?? 'Unknown coder',
    };
  }, [colorBy, coders]);
  return { coders, paint };
}
